package org.svgroups.loadgen;

import java.util.ArrayList;
import java.util.List;

import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.xdata.form.FillableForm;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * Creates the load's rooms the same way on every service: the owner enters a new room, submits the group profile
 * (persistent, members-only, hidden, non-anonymous: what svgroups enforces, and what a plain members-only room is
 * given here so that both sides deliver the same stanzas) and makes the other members members in one
 * {@code muc#admin} request. On svgroups' service that request passes its friend and cap checks.
 */
final class Rooms {

    private Rooms() {
    }

    static EntityBareJid jid(String name, String service, String domain) {
        return JidCreate.entityBareFromOrThrowUnchecked(name + "@" + service + "." + domain);
    }

    /**
     * Creates the room, or enters it when it exists already (a rerun against the same server), and grants
     * membership; the owner stays inside. Call it for one room at a time per service: Openfire 5.1.1 counts a
     * service's rooms while another thread adds one (LocalMUCRoomManager.updateNonPersistentRoomStat), fails with a
     * ConcurrentModificationException and never answers the creator.
     *
     * @param logging whether Openfire logs the room's conversation (muc#roomconfig_enablelogging); plain rooms only
     */
    static void create(Fleet fleet, EntityBareJid room, List<Integer> members, boolean logging) throws Exception {
        int owner = members.get(0);
        MultiUserChat muc = fleet.room(owner, room);
        MultiUserChat.MucCreateConfigFormHandle created = muc.createOrJoin(fleet.nickname(owner));
        if (created != null) {
            FillableForm form = muc.getConfigurationForm().getFillableForm();
            form.setAnswer("muc#roomconfig_persistentroom", true);
            form.setAnswer("muc#roomconfig_membersonly", true);
            form.setAnswer("muc#roomconfig_publicroom", false);
            form.setAnswer("muc#roomconfig_whois", "anyone");
            // Unlimited occupants, as in the group profile (Openfire's default for other services is 30).
            form.setAnswer("muc#roomconfig_maxusers", "0");
            if (logging) {
                form.setAnswer("muc#roomconfig_enablelogging", true);
            }
            muc.sendConfigurationForm(form);
        }
        List<Jid> others = new ArrayList<>();
        for (int member : members.subList(1, members.size())) {
            others.add(fleet.jid(member));
        }
        if (!others.isEmpty()) {
            muc.grantMembership(others);
        }
    }

    /** The member enters the room without history, unless already inside. */
    static void join(Fleet fleet, int member, EntityBareJid room) throws Exception {
        MultiUserChat muc = fleet.room(member, room);
        if (!muc.isJoined()) {
            muc.join(muc.getEnterConfigurationBuilder(fleet.nickname(member)).requestNoHistory().build());
        }
    }
}
