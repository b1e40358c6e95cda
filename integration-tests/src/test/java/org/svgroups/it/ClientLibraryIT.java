package org.svgroups.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.jivesoftware.smackx.muc.MUCAffiliation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.svgroups.client.Group;
import org.svgroups.client.GroupMessage;
import org.svgroups.client.GroupSummary;
import org.svgroups.client.SvGroupsClient;

/** The client library end to end: create, list, join, talk, leave. */
@ExtendWith(RealOpenfire.class)
class ClientLibraryIT {

    @Test
    void friendsCreateAGroupTalkAndLeave() throws Exception {
        try (SvGroupsClient alice = Users.connect("alice"); SvGroupsClient bob = Users.connect("bob")) {
            Group group = alice.createGroup("Dance crew", List.of("bob", "carol"));

            assertThat(alice.listGroups()).filteredOn(g -> g.jid().equals(group.jid())).singleElement()
                    .satisfies(summary -> {
                        assertThat(summary.name()).isEqualTo("Dance crew");
                        assertThat(summary.affiliation()).isEqualTo(MUCAffiliation.owner);
                        assertThat(summary.members()).isEqualTo(3);
                        assertThat(summary.cap()).isEqualTo(32);
                    });
            assertThat(bob.listGroups()).extracting(GroupSummary::jid).contains(group.jid());

            alice.join(group.jid());
            bob.join(group.jid());
            bob.send(group.jid(), "hi from bob");
            GroupMessage received = alice.awaitMessage(group.jid(), m -> "hi from bob".equals(m.body()), Duration.ofSeconds(10))
                    .orElseThrow(() -> new AssertionError("alice did not receive bob's message"));
            assertThat(received.body()).isEqualTo("hi from bob");

            bob.leave(group.jid());
            assertThat(bob.listGroups()).extracting(GroupSummary::jid).doesNotContain(group.jid());
            assertThat(alice.listGroups()).filteredOn(g -> g.jid().equals(group.jid())).singleElement()
                    .extracting(GroupSummary::members).isEqualTo(2);
        }
    }

    /**
     * Smack 4.4 handles the room's answer to an exit on a listener that needs the room's monitor, which an entry holds
     * while it waits: an entry straight after an exit used to wait out the reply timeout about one time in four.
     */
    @Test
    void aMemberEntersStraightAfterExitingAgainAndAgain() throws Exception {
        try (SvGroupsClient alice = Users.connect("alice")) {
            Group group = alice.createGroup("In and out", List.of("bob"));
            alice.join(group.jid());
            for (int i = 0; i < 20; i++) {
                alice.exit(group.jid());
                assertThat(alice.isJoined(group.jid())).isFalse();
                alice.join(group.jid());
                assertThat(alice.isJoined(group.jid())).as("in again, round %d", i).isTrue();
            }
            alice.send(group.jid(), "still here");
        }
    }
}
