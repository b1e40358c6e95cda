package org.svgroups.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.svgroups.it.Members.jid;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.muc.MUCAffiliation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.GroupSummary;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.client.SvGroupsException;
import org.svgroups.core.refusal.AppCondition;

/**
 * The default rate limits: 20 groups created per user and day, 100 invitations sent per user and hour (each
 * invitee counts). rita creates 20 groups with 5 friends each, which uses up both; the next group and the next
 * invitation are refused with {@code rate-limited} and change nothing.
 */
@ExtendWith(RealOpenfire.class)
class RateLimitIT {

    private static final int GROUPS_PER_DAY = 20;
    private static final int INVITEES_PER_GROUP = 5;

    @Test
    void theTwentyFirstGroupAndTheHundredAndFirstInvitationAreRateLimited() throws Exception {
        // The server counts in fixed windows aligned on the epoch (hours, UTC days): a run that straddles an hour
        // boundary proves nothing either way, and is aborted rather than failed.
        long hourAtStart = currentHour();
        try (SvGroupsClient rita = Users.connect(RealOpenfire.RATE_LIMITED)) {
            List<String> friends = new ArrayList<>();
            for (int i = 1; i <= INVITEES_PER_GROUP; i++) {
                friends.add(RealOpenfire.ritasFriend(i));
            }
            List<EntityBareJid> groups = new ArrayList<>();
            for (int i = 1; i <= GROUPS_PER_DAY; i++) {
                groups.add(rita.createGroup("Group " + i, friends).jid());
            }
            assertThat(rita.listGroups()).hasSize(GROUPS_PER_DAY);
            Map<String, MUCAffiliation> firstGroup = Members.of(rita, groups.get(0));
            assertThat(firstGroup).hasSize(1 + INVITEES_PER_GROUP);

            Throwable group21 = catchThrowable(() -> rita.createGroup("Group 21", List.of()));
            String newcomer = RealOpenfire.ritasFriend(INVITEES_PER_GROUP + 1);
            Throwable invitation101 = catchThrowable(() -> rita.invite(groups.get(0), newcomer, null));
            Assumptions.assumeTrue(currentHour() == hourAtStart, "the run crossed an hour boundary");

            assertRateLimited(group21, "the 21st group of the day");
            assertRateLimited(invitation101, "the 101st invitation of the hour");
            assertThat(rita.listGroups()).extracting(GroupSummary::jid).containsExactlyInAnyOrderElementsOf(groups);
            assertThat(Members.of(rita, groups.get(0))).isEqualTo(firstGroup).doesNotContainKey(jid(newcomer));
        }
    }

    private static void assertRateLimited(Throwable thrown, String what) {
        assertThat(thrown).as(what).isInstanceOfSatisfying(SvGroupsException.Refused.class, refused -> {
            assertThat(refused.getCondition()).as(refused.getRefusal().toString()).contains(AppCondition.RATE_LIMITED);
            assertThat(refused.getStanzaCondition()).isEqualTo(StanzaError.Condition.resource_constraint);
            assertThat(refused.getText()).as("says when to retry").isNotBlank();
        });
    }

    private static long currentHour() {
        return System.currentTimeMillis() / Duration.ofHours(1).toMillis();
    }
}
