package org.svgroups.openfire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dom4j.Element;
import org.dom4j.QName;
import org.jivesoftware.openfire.interceptor.PacketInterceptor;
import org.jivesoftware.openfire.interceptor.PacketRejectedException;
import org.jivesoftware.openfire.muc.MUCOccupant;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.jivesoftware.openfire.session.Session;
import org.jivesoftware.openfire.user.UserNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.core.group.Affiliation;
import org.svgroups.core.group.AffiliationChange;
import org.svgroups.core.group.Membership;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.rules.GroupRules;
import org.xmpp.forms.DataForm;
import org.xmpp.forms.FormField;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;
import org.xmpp.packet.Packet;
import org.xmpp.packet.PacketError;

/**
 * Sees every stanza that could change a group before Openfire's MUC service does, asks the group rules, and
 * rejects the stanza (with the refusal as its error) when they say no. Covered paths: the owner's configuration
 * form ({@code muc#owner}), affiliation changes ({@code muc#admin}) and mediated invitations ({@code muc#user}).
 * Stanzas to other domains leave after one string comparison.
 */
final class GroupStanzaInterceptor implements PacketInterceptor {

    private static final Logger Log = LoggerFactory.getLogger(GroupStanzaInterceptor.class);

    static final String MUC_OWNER = "http://jabber.org/protocol/muc#owner";
    static final String MUC_ADMIN = "http://jabber.org/protocol/muc#admin";
    static final String MUC_USER = "http://jabber.org/protocol/muc#user";
    private static final String DATA_FORMS = "jabber:x:data";

    private final GroupService groups;
    private final GroupRules rules;

    GroupStanzaInterceptor(GroupService groups, GroupRules rules) {
        this.groups = groups;
        this.rules = rules;
    }

    @Override
    public void interceptPacket(Packet packet, Session session, boolean incoming, boolean processed)
            throws PacketRejectedException {
        if (!incoming || processed) {
            return;
        }
        Optional<Refusal> refusal;
        try {
            refusal = check(packet);
        } catch (RuntimeException e) {
            // Openfire lets a stanza through when an interceptor fails: fail closed instead, so that a bug here
            // never lets a group change bypass the rules.
            Log.error("svgroups could not check a stanza; refusing it: {}", packet.toXML(), e);
            PacketRejectedException rejection = new PacketRejectedException(e.toString());
            rejection.setRejectionError(new PacketError(PacketError.Condition.internal_server_error));
            throw rejection;
        }
        if (refusal.isPresent()) {
            throw Refusals.toRejection(refusal.get());
        }
    }

    /** What the group rules say of a stanza a client sends; empty when it may pass. */
    Optional<Refusal> check(Packet packet) {
        JID to = packet.getTo();
        if (to == null || to.getNode() == null || to.getResource() != null || !groups.domain().equals(to.getDomain())) {
            return Optional.empty();
        }
        if (packet instanceof IQ iq && iq.getType() == IQ.Type.set && iq.getChildElement() != null) {
            return checkIq(iq);
        }
        if (packet instanceof Message message) {
            return checkInvitations(message);
        }
        return Optional.empty();
    }

    private Optional<Refusal> checkIq(IQ iq) {
        Element query = iq.getChildElement();
        String namespace = query.getNamespaceURI();
        if (MUC_OWNER.equals(namespace)) {
            Element form = query.element(QName.get("x", DATA_FORMS));
            if (form == null || !"submit".equals(form.attributeValue("type"))) {
                return Optional.empty();
            }
            MUCRoom room = groups.room(iq.getTo().getNode());
            return room == null ? Optional.empty() : rules.configurationForm(GroupService.membership(room), fields(form));
        }
        if (MUC_ADMIN.equals(namespace)) {
            MUCRoom room = groups.room(iq.getTo().getNode());
            if (room == null) {
                return Optional.empty();
            }
            List<AffiliationChange> changes = affiliationChanges(room, query);
            return changes.isEmpty() ? Optional.empty() : rules.affiliationChanges(GroupService.membership(room), changes);
        }
        return Optional.empty();
    }

    private Optional<Refusal> checkInvitations(Message message) {
        Element userExtension = message.getChildElement("x", MUC_USER);
        if (userExtension == null) {
            return Optional.empty();
        }
        List<String> invitees = new ArrayList<>();
        for (Element invite : userExtension.elements("invite")) {
            bareJid(invite.attributeValue("to")).ifPresent(invitees::add);
        }
        if (invitees.isEmpty()) {
            return Optional.empty();
        }
        MUCRoom room = groups.room(message.getTo().getNode());
        return room == null ? Optional.empty() : rules.invitations(GroupService.membership(room), invitees);
    }

    /** The form's fields; owner and admin lists are reduced to bare JIDs, as Openfire stores them. */
    private static Map<String, List<String>> fields(Element formElement) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (FormField field : new DataForm(formElement).getFields()) {
            if (field.getVariable() == null) {
                continue;
            }
            List<String> values = field.getValues();
            if (GroupRules.JID_LIST_FIELDS.contains(field.getVariable())) {
                values = values.stream().map(v -> bareJid(v).orElse(v)).toList();
            }
            fields.put(field.getVariable(), values);
        }
        return fields;
    }

    /** The affiliation items of a {@code muc#admin} set; role-only items (kick, voice) are not membership. */
    private static List<AffiliationChange> affiliationChanges(MUCRoom room, Element query) {
        List<AffiliationChange> changes = new ArrayList<>();
        for (Element item : query.elements("item")) {
            Optional<Affiliation> affiliation = Affiliation.fromXmlValue(item.attributeValue("affiliation"));
            if (affiliation.isEmpty()) {
                continue;
            }
            Optional<String> user = bareJid(item.attributeValue("jid"));
            if (user.isEmpty()) {
                user = occupantByNickname(room, item.attributeValue("nick"));
            }
            user.ifPresent(jid -> changes.add(new AffiliationChange(jid, affiliation.get())));
        }
        return changes;
    }

    private static Optional<String> occupantByNickname(MUCRoom room, String nickname) {
        if (nickname == null) {
            return Optional.empty();
        }
        try {
            List<MUCOccupant> occupants = room.getOccupantsByNickname(nickname);
            return occupants.isEmpty() ? Optional.empty() : Optional.of(occupants.get(0).getUserAddress().toBareJID());
        } catch (UserNotFoundException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> bareJid(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new JID(address.trim()).toBareJID());
        } catch (IllegalArgumentException e) {
            // Openfire answers malformed addresses itself (jid-malformed).
            return Optional.empty();
        }
    }
}
