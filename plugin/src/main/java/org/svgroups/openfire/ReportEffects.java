package org.svgroups.openfire;

import java.util.Optional;

import org.jivesoftware.openfire.PacketRouter;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.svgroups.core.reports.ModerationEffects;
import org.svgroups.core.reports.ModerationException;
import org.svgroups.openfire.admin.ConsoleBackend.GroupActionException;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;

/**
 * What acting on a report does in Openfire: removals and dissolutions as the console's Group page does them, and
 * notices as headline messages from the group service's address (so that no member, and no reporter, is named).
 */
final class ReportEffects implements ModerationEffects {

    private final GroupService groups;
    private final GroupAdministration administration;
    private final PacketRouter router;

    ReportEffects(GroupService groups, GroupAdministration administration, PacketRouter router) {
        this.groups = groups;
        this.administration = administration;
        this.router = router;
    }

    @Override
    public void remove(String group, String member) throws ModerationException {
        try {
            administration.removeMember(new JID(group).getNode(), member);
        } catch (GroupActionException e) {
            throw new ModerationException(e.getMessage());
        }
    }

    @Override
    public void dissolve(String group, String reason) throws ModerationException {
        try {
            administration.dissolve(new JID(group).getNode(), reason);
        } catch (GroupActionException e) {
            throw new ModerationException(e.getMessage());
        }
    }

    @Override
    public void tell(String user, String text) {
        Message notice = new Message();
        notice.setType(Message.Type.headline);
        notice.setFrom(groups.domain());
        notice.setTo(user);
        notice.setSubject("Moderation");
        notice.setBody(text);
        router.route(notice);
    }

    @Override
    public Optional<String> groupName(String group) {
        MUCRoom room = groups.room(new JID(group).getNode());
        return room == null ? Optional.empty() : Optional.ofNullable(room.getNaturalLanguageName());
    }
}
