package org.svgroups.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;

import org.jivesoftware.smack.XMPPException.XMPPErrorException;
import org.jivesoftware.smackx.muc.Affiliate;
import org.jivesoftware.smackx.muc.MUCAffiliation;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jivesoftware.smackx.xdata.form.FillableForm;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.Refusal;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.client.SvGroupsException;

/**
 * The ways a client can add someone to a group, each the way a real client does it: the svgroups library for
 * invitations, plain Smack XEP-0045 for {@code muc#admin} grants and the {@code muc#owner} configuration form.
 */
enum AddPath {

    /** XEP-0045 mediated invitation: {@code <x xmlns='http://jabber.org/protocol/muc#user'><invite to=.../>} to the group. */
    MEDIATED_INVITATION(MUCAffiliation.member) {
        @Override
        void add(SvGroupsClient inviter, EntityBareJid group, String invitee) throws Exception {
            inviter.invite(group, invitee, "join us");
        }
    },

    /** XEP-0249 direct invitation: {@code <x xmlns='jabber:x:conference' jid='group'/>} from user to user. */
    DIRECT_INVITATION(MUCAffiliation.member) {
        @Override
        void add(SvGroupsClient inviter, EntityBareJid group, String invitee) throws Exception {
            inviter.inviteDirect(group, invitee, "join us");
        }
    },

    /** {@code muc#admin} affiliation grant ({@code <item affiliation='member' jid=.../>}), as plain Smack sends it. */
    MUC_ADMIN_GRANT(MUCAffiliation.member) {
        @Override
        void add(SvGroupsClient inviter, EntityBareJid group, String invitee) throws Exception {
            room(inviter, group).grantMembership(Members.bareJid(invitee));
        }
    },

    /** The owner lists someone among the admins of the {@code muc#owner} configuration form. */
    CONFIGURATION_FORM_ADMIN(MUCAffiliation.admin) {
        @Override
        void add(SvGroupsClient inviter, EntityBareJid group, String invitee) throws Exception {
            MultiUserChat room = room(inviter, group);
            List<String> admins = new ArrayList<>();
            for (Affiliate admin : room.getAdmins()) {
                admins.add(admin.getJid().toString());
            }
            admins.add(Members.jid(invitee));
            FillableForm form = room.getConfigurationForm().getFillableForm();
            form.setAnswer("muc#roomconfig_roomadmins", admins);
            room.sendConfigurationForm(form);
        }
    };

    /** What an admitted adult becomes through this path. */
    final MUCAffiliation grants;

    AddPath(MUCAffiliation grants) {
        this.grants = grants;
    }

    /** Adds {@code invitee} (a username) to the group through this path; returns normally when not refused. */
    abstract void add(SvGroupsClient inviter, EntityBareJid group, String invitee) throws Exception;

    /**
     * Tries to add {@code invitee} and returns the server's refusal. Fails if the attempt was admitted, or failed
     * in any other way than a refusal that came back (a timeout, for instance).
     */
    Refusal refusal(SvGroupsClient inviter, EntityBareJid group, String invitee) {
        Throwable thrown = catchThrowable(() -> add(inviter, group, invitee));
        assertThat(thrown).as("%s of %s to %s by %s must be refused", this, invitee, group, inviter.user()).isNotNull();
        if (thrown instanceof SvGroupsException.Refused refused) {
            return refused.getRefusal();
        }
        if (thrown instanceof XMPPErrorException error) {
            return Refusal.from(error.getStanzaError());
        }
        throw new AssertionError(this + " of " + invitee + " failed without a refusal from the server", thrown);
    }

    static MultiUserChat room(SvGroupsClient user, EntityBareJid group) {
        return MultiUserChatManager.getInstanceFor(user.connection()).getMultiUserChat(group);
    }
}
