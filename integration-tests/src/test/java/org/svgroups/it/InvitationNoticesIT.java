package org.svgroups.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svgroups.it.Members.bareJid;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.Invitation;
import org.svgroups.client.SvGroupsClient;

/**
 * What the client library's invitation listener reports to an invitee: each invitation once, with who invited and
 * their note, whichever path it came by.
 */
@ExtendWith(RealOpenfire.class)
class InvitationNoticesIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    /** How long to keep listening after the last report, for a duplicate. */
    private static final Duration QUIET = Duration.ofSeconds(2);

    /**
     * The group's XEP-0045 invitation carries both {@code <x xmlns='http://jabber.org/protocol/muc#user'><invite/>}
     * and the compatibility element {@code <x xmlns='jabber:x:conference'/>}: it must be reported once, with the
     * member who invited (not the group) as inviter.
     */
    @Test
    void aMediatedInvitationIsReportedOnceWithItsInviterAndReason() throws Exception {
        try (SvGroupsClient carol = Users.connect("carol"); SvGroupsClient dave = Users.connect("dave")) {
            Invitations davesInvitations = Invitations.collect(dave);
            EntityBareJid group = carol.createGroup("Mediated notice", List.of()).jid();

            carol.invite(group, "dave", "through the group");

            assertThat(davesInvitations.allFor(group, WAIT, QUIET))
                    .containsExactly(new Invitation(group, bareJid("carol"), "through the group"));
        }
    }

    @Test
    void aDirectInvitationIsReportedOnceWithItsInviterAndReason() throws Exception {
        try (SvGroupsClient carol = Users.connect("carol"); SvGroupsClient dave = Users.connect("dave")) {
            Invitations davesInvitations = Invitations.collect(dave);
            EntityBareJid group = carol.createGroup("Direct notice", List.of()).jid();

            carol.inviteDirect(group, "dave", "from me to you");

            assertThat(davesInvitations.allFor(group, WAIT, QUIET))
                    .containsExactly(new Invitation(group, bareJid("carol"), "from me to you"));
        }
    }
}
