package org.svgroups.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;

import org.jivesoftware.smack.packet.StanzaError;
import org.svgroups.client.HistoryMessage;
import org.svgroups.client.SvGroupsException;
import org.svgroups.core.moderation.Tombstone;

/** What the retraction and moderation tests check alike: refusals, and the tombstones in a group's history. */
final class TakenBack {

    private TakenBack() {
    }

    @FunctionalInterface
    interface ThrowingCall {
        void run() throws Exception;
    }

    /** The call is refused with that svgroups condition, stanza condition and (part of the) text. */
    static void assertRefused(ThrowingCall call, String condition, StanzaError.Condition stanzaCondition, String text) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOfSatisfying(SvGroupsException.Refused.class, e -> {
            assertThat(e.getConditionName()).isEqualTo(condition);
            assertThat(e.getRefusal().stanzaCondition()).isEqualTo(stanzaCondition);
            assertThat(e.getRefusal().text()).contains(text);
        });
    }

    /** The history's entry for {@code id}: {@code nickname}'s message, now a tombstone with nothing left of its text. */
    static Tombstone tombstoneOf(List<HistoryMessage> history, String id, String nickname) {
        HistoryMessage entry = history.stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + id + " in " + history));
        assertThat(entry.nickname()).isEqualTo(nickname);
        assertThat(entry.body()).isNull();
        assertThat(entry.share()).isEmpty();
        Tombstone tombstone = entry.tombstone()
                .orElseThrow(() -> new AssertionError("not a tombstone: " + entry.message().toXML()));
        assertThat(tombstone.retractedAt()).isAfterOrEqualTo(entry.sentAt());
        return tombstone;
    }
}
