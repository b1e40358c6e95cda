package org.svgroups.openfire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dom4j.Element;
import org.svgroups.core.group.MembershipChanges;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;
import org.xmpp.packet.Packet;

/**
 * After Openfire has processed a {@code muc#admin} or {@code muc#owner} request to a group (affiliation changes,
 * outcasts, owners and admins in a configuration form, a rename), says whose membership it may have changed. Whether
 * the request succeeded does not matter: what is told next looks at the group as it now is.
 */
final class AppliedChanges {

    private final GroupService groups;
    private final MembershipChanges changes;

    AppliedChanges(GroupService groups, MembershipChanges changes) {
        this.groups = groups;
        this.changes = changes;
    }

    /** Called for every stanza Openfire has processed: anything but an IQ set to a group leaves at once. */
    void processed(Packet packet) {
        if (!(packet instanceof IQ iq) || iq.getType() != IQ.Type.set || iq.getChildElement() == null) {
            return;
        }
        String to = iq.getElement().attributeValue("to");
        if (to == null || !GroupStanzaInterceptor.hasDomain(iq, to, groups.domain(), Packet::getTo)) {
            return;
        }
        JID group = iq.getTo();
        if (group.getNode() == null || group.getResource() != null) {
            return;
        }
        Element query = iq.getChildElement();
        String namespace = query.getNamespaceURI();
        if (Stanzas.MUC_ADMIN.equals(namespace)) {
            affiliationChanges(group.toBareJID(), query);
        } else if (Stanzas.MUC_OWNER.equals(namespace) && query.element("destroy") == null) {
            // A destroyed group is told by Openfire's event; any other form may rename or re-staff the group.
            changes.groupChanged(group.toBareJID());
        }
    }

    private void affiliationChanges(String group, Element query) {
        List<String> users = new ArrayList<>();
        for (Element item : query.elements("item")) {
            if (item.attributeValue("affiliation") == null) {
                continue;
            }
            Optional<String> user = Stanzas.bareJid(item.attributeValue("jid"));
            if (user.isEmpty()) {
                // Named by nickname: that occupant may have left the room since, so everyone is looked at.
                changes.groupChanged(group);
                return;
            }
            users.add(user.get());
        }
        if (!users.isEmpty()) {
            changes.membersChanged(group, users);
        }
    }
}
