package org.svgroups.openfire;

import java.util.List;
import java.util.Set;

import org.dom4j.DocumentException;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.dom4j.Node;
import org.dom4j.QName;
import org.svgroups.core.moderation.ArchivedKind;
import org.svgroups.core.moderation.Tombstone;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;

/**
 * The XML of taking messages back: what an archived stanza is (a message, a retraction or moderation notice, a
 * tombstone), the tombstone that replaces a message (XEP-0424 and XEP-0425 0.3), the group's moderation notice,
 * and a member's retraction as the group relays it.
 */
final class RetractionXml {

    static final String RETRACT = "urn:xmpp:message-retract:1";
    static final String MODERATE = "urn:xmpp:message-moderate:1";
    /** XEP-0424: the archive replaces retracted messages with tombstones. */
    static final String TOMBSTONES = RETRACT + "#tombstone";
    static final String FALLBACK = "urn:xmpp:fallback:0";
    private static final String STANZA_ID = "urn:xmpp:sid:0";
    private static final String HINTS = "urn:xmpp:hints";
    /** XEP-0424's fallback text (0.4.2), for clients that do not know retractions. */
    static final String FALLBACK_TEXT = "/me retracted a previous message, but it's unsupported by your client.";
    static final String MODERATED_TEXT = "A moderator retracted a message.";

    /**
     * What a tombstone keeps of the message besides its attributes (type, id, from): the ids and who sent it. All
     * else, body, share, link, encrypted payload and anything unknown, may tell what it said, and goes.
     */
    private static final Set<String> KEPT_IN_TOMBSTONE = Set.of(STANZA_ID + " stanza-id", STANZA_ID + " origin-id",
            "urn:xmpp:occupant-id:0 occupant-id", "http://jabber.org/protocol/address addresses");

    /** What a member's retraction keeps when the group relays it: the retraction, its fallback, ids and hints. */
    private static final Set<String> KEPT_IN_RETRACTION = Set.of(RETRACT + " retract", FALLBACK + " fallback",
            STANZA_ID + " origin-id");

    private RetractionXml() {
    }

    /** Whether a message a client sends has anything of retraction or moderation at its top level. */
    static boolean concerns(Message message) {
        for (Element child : message.getElement().elements()) {
            String namespace = child.getNamespaceURI();
            if (RETRACT.equals(namespace) || MODERATE.equals(namespace)) {
                return true;
            }
        }
        return false;
    }

    /** What an archived stanza is. */
    static ArchivedKind kind(String stanza) {
        Element message = parse(stanza);
        if (message.element(QName.get("retracted", RETRACT)) != null) {
            return ArchivedKind.TOMBSTONE;
        }
        return message.element(QName.get("retract", RETRACT)) != null ? ArchivedKind.RETRACTION : ArchivedKind.MESSAGE;
    }

    /**
     * The tombstone of an archived message: the message element with its attributes, ids and sender, and in place
     * of its content {@code <retracted stamp id><moderated by/><reason/></retracted>} (the last two for a moderation).
     */
    static String tombstone(String stanza, Tombstone tombstone) {
        Element message = parse(stanza);
        for (Node node : List.copyOf(message.content())) {
            if (!(node instanceof Element child && KEPT_IN_TOMBSTONE.contains(child.getNamespaceURI() + " " + child.getName()))) {
                message.remove(node);
            }
        }
        Element retracted = message.addElement(QName.get("retracted", RETRACT))
                .addAttribute("stamp", tombstone.retractedAt().toString());
        if (tombstone.retractionId() != null) {
            retracted.addAttribute("id", tombstone.retractionId());
        }
        if (tombstone.isModeration()) {
            retracted.addElement(QName.get("moderated", MODERATE)).addAttribute("by", tombstone.moderatedBy());
            if (tombstone.reason() != null) {
                retracted.addElement(QName.get("reason", RETRACT)).setText(tombstone.reason());
            }
        }
        return message.asXML();
    }

    /**
     * The group's notice of a moderation (XEP-0425 0.3), from the group's bare JID, with its own stanza-id (its id
     * in the archive), and a fallback body for clients that know neither XEP.
     */
    static Message moderationNotice(JID group, String noticeId, String retractedId, String moderatedBy, String reason) {
        Message notice = new Message();
        notice.setType(Message.Type.groupchat);
        notice.setFrom(group);
        notice.setID(noticeId);
        Element retract = notice.getElement().addElement(QName.get("retract", RETRACT)).addAttribute("id", retractedId);
        retract.addElement(QName.get("moderated", MODERATE)).addAttribute("by", moderatedBy);
        if (reason != null) {
            retract.addElement(QName.get("reason", RETRACT)).setText(reason);
        }
        notice.getElement().addElement(QName.get("fallback", FALLBACK)).addAttribute("for", RETRACT);
        notice.setBody(reason == null ? MODERATED_TEXT : MODERATED_TEXT + " Reason: " + reason);
        notice.getElement().addElement(QName.get("stanza-id", STANZA_ID)).addAttribute("id", noticeId)
                .addAttribute("by", group.toBareJID());
        return notice;
    }

    /**
     * A member's retraction as the group relays and archives it: the retraction, XEP-0424's own fallback text in
     * place of whatever the sender wrote (so that a retraction carries no text of theirs, which no moderator could
     * take back), a store hint, and nothing else.
     */
    static void asRelayed(Message retraction) {
        Element element = retraction.getElement();
        for (Element child : List.copyOf(element.elements())) {
            if (!KEPT_IN_RETRACTION.contains(child.getNamespaceURI() + " " + child.getName())) {
                element.remove(child);
            }
        }
        if (element.element(QName.get("fallback", FALLBACK)) == null) {
            element.addElement(QName.get("fallback", FALLBACK)).addAttribute("for", RETRACT);
        }
        retraction.setBody(FALLBACK_TEXT);
        element.addElement(QName.get("store", HINTS));
    }

    private static Element parse(String stanza) {
        try {
            return DocumentHelper.parseText(stanza).getRootElement();
        } catch (DocumentException e) {
            throw new IllegalStateException("an archived message is not XML", e);
        }
    }
}
