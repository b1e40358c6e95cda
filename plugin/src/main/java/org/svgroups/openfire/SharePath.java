package org.svgroups.openfire;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.dom4j.QName;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.rules.ShareDecision;
import org.svgroups.core.rules.ShareRules;
import org.svgroups.core.share.Share;
import org.svgroups.core.share.ShareSettings;
import org.svgroups.core.share.ShareTally;
import org.svgroups.core.share.ShareXml;
import org.xmpp.packet.Message;

/**
 * A message to a group. Plain messages pass after one look for a share element. A share is checked by the share
 * rules; what is delivered is rewritten in place: the share as the catalogue describes it, and a plain body and an
 * XEP-0066 link that say the same for clients that know nothing of shares; and it is counted. End-to-end encrypted messages carry
 * nothing readable and pass untouched, unless the admin chose to refuse them.
 */
final class SharePath {

    static final String OOB = "jabber:x:oob";
    private static final QName SHARE = QName.get(Share.ELEMENT, Share.NAMESPACE);

    /** Payload namespaces of end-to-end encryption: OMEMO (legacy and 2), OpenPGP (XEP-0373, XEP-0027). */
    private static final Set<String> ENCRYPTED = Set.of("eu.siacs.conversations.axolotl", "urn:xmpp:omemo:2",
            "urn:xmpp:openpgp:0", "jabber:x:encrypted");

    private final GroupService groups;
    private final ShareRules rules;
    private final ShareSettings settings;
    private final ShareTally tally;

    SharePath(GroupService groups, ShareRules rules, ShareSettings settings, ShareTally tally) {
        this.groups = groups;
        this.rules = rules;
        this.settings = settings;
        this.tally = tally;
    }

    Verdict check(Message message) {
        List<Element> shares = message.getElement().elements(SHARE);
        if (shares.isEmpty()) {
            return settings.refuseUnreadableMessages() && isEncrypted(message)
                    ? Verdict.refuse(Refusal.of(AppCondition.UNREADABLE_REFUSED,
                            "This server does not accept end-to-end encrypted messages in groups."))
                    : Verdict.PASS;
        }
        MUCRoom room = groups.room(message.getTo().getNode());
        if (room == null) {
            return Verdict.PASS;
        }
        ShareDecision decision = rules.check(GroupService.membership(room), message.getFrom().toBareJID(),
                shares.stream().map(Element::asXML).toList());
        if (decision.refusal().isPresent()) {
            return Verdict.refuse(decision.refusal().get());
        }
        rewrite(message, shares, decision.share());
        tally.count(message.getTo().toBareJID(), decision.share());
        return Verdict.PASS;
    }

    private static void rewrite(Message message, List<Element> sent, Share share) {
        sent.forEach(element -> message.getElement().remove(element));
        message.getElement().add(element(share));
        // The body is what other apps show: it says what the share is, so a link cannot be dressed up as another.
        message.setBody(share.plainText());
        Element oob = message.getChildElement("x", OOB);
        if (oob == null) {
            oob = message.addChildElement("x", OOB);
        }
        oob.clearContent();
        oob.addElement("url").setText(share.url());
        if (share.title() != null) {
            oob.addElement("desc").setText(share.title());
        }
    }

    private static boolean isEncrypted(Message message) {
        for (Element child : message.getElement().elements()) {
            if (ENCRYPTED.contains(child.getNamespaceURI())) {
                return true;
            }
        }
        return false;
    }

    /** The share element, built in dom4j as {@link ShareXml} writes it: no XML text to parse on the message path. */
    static Element element(Share share) {
        ElementSink sink = new ElementSink();
        ShareXml.write(share, sink);
        return sink.root;
    }

    /** Builds dom4j elements from what {@link ShareXml#write(Share, ShareXml.Sink)} hands over. */
    private static final class ElementSink implements ShareXml.Sink {

        private final Deque<Element> open = new ArrayDeque<>();
        private Element root;

        @Override
        public void start(String name, String... attributes) {
            QName qName = QName.get(name, Share.NAMESPACE);
            Element element = open.isEmpty() ? DocumentHelper.createElement(qName) : open.peek().addElement(qName);
            if (open.isEmpty()) {
                root = element;
            }
            for (int i = 0; i < attributes.length; i += 2) {
                element.addAttribute(attributes[i], attributes[i + 1]);
            }
            open.push(element);
        }

        @Override
        public void text(String text) {
            open.peek().addText(text);
        }

        @Override
        public void end() {
            open.pop();
        }
    }
}
