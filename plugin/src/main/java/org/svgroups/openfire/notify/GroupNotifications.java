package org.svgroups.openfire.notify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.dom4j.Element;
import org.jivesoftware.openfire.muc.MUCOccupant;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.svgroups.core.notify.GroupNotices;
import org.svgroups.core.notify.GroupNotices.GroupMessage;
import org.svgroups.core.notify.ReportNotice;
import org.svgroups.core.reports.Report;
import org.svgroups.core.reports.ReportTarget;
import org.svgroups.core.share.Share;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;

/**
 * Reads what the notify events need out of Openfire's rooms and stanzas, and hands it to {@link GroupNotices}:
 * nothing here waits, calls the database or leaves this server, so it may run under a room's lock.
 */
public final class GroupNotifications {

    static final String STANZA_ID_NAMESPACE = "urn:xmpp:sid:0";

    private final GroupNotices notices;

    public GroupNotifications(GroupNotices notices) {
        this.notices = Objects.requireNonNull(notices, "notices");
    }

    /** Whether notifying is on: the settings name an endpoint and a secret. */
    public boolean enabled() {
        return notices.enabled();
    }

    /**
     * A message the group accepted and broadcast; the caller holds the room's lock. Nothing is made while
     * notifying is off ({@link GroupNotices#message} reads the settings again).
     */
    public void messageReceived(MUCRoom room, JID sender, Message message) {
        if (sender == null) {
            return;
        }
        Element stanza = message.getElement();
        List<String> namespaces = new ArrayList<>();
        boolean share = false;
        String archiveId = null;
        String group = room.getJID().toBareJID();
        for (Element child : stanza.elements()) {
            String namespace = child.getNamespaceURI();
            namespaces.add(namespace);
            if (Share.NAMESPACE.equals(namespace) && Share.ELEMENT.equals(child.getName())) {
                share = true;
            } else if (STANZA_ID_NAMESPACE.equals(namespace) && "stanza-id".equals(child.getName())
                    && group.equals(child.attributeValue("by"))) {
                // The id Openfire stamped on its way into the room: what the group's archive knows it by.
                archiveId = child.attributeValue("id");
            }
        }
        notices.message(group, room.getNaturalLanguageName(), people(room), present(room), sender.toBareJID(),
                new GroupMessage(message.getBody(), namespaces, archiveId, share));
    }

    /** Invitations to the group were sent to {@code invitees} (bare JIDs). */
    public void invited(MUCRoom room, JID inviter, Collection<String> invitees) {
        if (!notices.enabled() || inviter == null) {
            return;
        }
        notices.invitation(room.getJID().toBareJID(), room.getNaturalLanguageName(), inviter.toBareJID(), invitees,
                present(room));
    }

    /** A member's new report in the group (a repeat is not told again). */
    public void reported(MUCRoom room, Report report) {
        if (!notices.enabled()) {
            return;
        }
        boolean message = report.target().kind() == ReportTarget.Kind.MESSAGE;
        notices.report(report.group(), room == null ? null : room.getNaturalLanguageName(), report.reporter(),
                message ? report.target().ref() : null, new ReportNotice(report.id(), report.reason().word(),
                        report.target().kind().word(), report.reported(), report.involvesMinor()));
    }

    private static Set<String> people(MUCRoom room) {
        List<Collection<JID>> affiliations = List.of(room.getOwners(), room.getAdmins(), room.getMembers());
        // Sized for everyone at once: these sets are made for every group message, under the room's lock.
        Set<String> people = sized(affiliations.stream().mapToInt(Collection::size).sum());
        for (Collection<JID> jids : affiliations) {
            for (JID jid : jids) {
                people.add(jid.toBareJID());
            }
        }
        return people;
    }

    private static Set<String> present(MUCRoom room) {
        Collection<MUCOccupant> occupants = room.getOccupants();
        Set<String> present = sized(occupants.size());
        for (MUCOccupant occupant : occupants) {
            present.add(occupant.getUserAddress().toBareJID());
        }
        return present;
    }

    /** A set that holds {@code n} without growing (the default load factor, 0.75). */
    private static Set<String> sized(int n) {
        return new HashSet<>(n * 4 / 3 + 1);
    }
}
