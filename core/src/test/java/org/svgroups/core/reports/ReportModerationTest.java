package org.svgroups.core.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.svgroups.core.testing.MovableClock;
import org.svgroups.core.testing.SuspensionTable;

class ReportModerationTest {

    static final String GROUP = "dance@groups.svgroups.test";
    static final String CAROL = "carol@svgroups.test";
    static final String BOB = "bob@svgroups.test";
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    final MovableClock clock = new MovableClock(T0);
    final InMemoryReports store = new InMemoryReports();
    final List<String> done = new ArrayList<>();
    final List<String> told = new ArrayList<>();
    String failRemoval;

    final SuspensionTable suspensions = new SuspensionTable();
    final ModerationEffects effects = new ModerationEffects() {
        @Override
        public void remove(String group, String member) throws ModerationException {
            if (failRemoval != null) {
                throw new ModerationException(failRemoval);
            }
            done.add("remove " + member + " from " + group);
        }

        @Override
        public void dissolve(String group, String reason) {
            done.add("dissolve " + group + ": " + reason);
        }

        @Override
        public void tell(String user, String text) {
            told.add(user + ": " + text);
        }

        @Override
        public Optional<String> groupName(String group) {
            return Optional.of("Dance crew");
        }
    };
    final MessageRetraction retraction = (group, id, reason) -> done.add("retract " + id + " in " + group + ": " + reason);
    final ReportModeration moderation = new ReportModeration(store, suspensions, effects, retraction, clock);

    Report report(long id, ReportTarget target) {
        Report report = new Report(id, GROUP, CAROL, target, target.kind() == ReportTarget.Kind.GROUP ? GROUP : BOB,
                ReportReason.HARASSMENT, null, null, false, T0, ReportState.OPEN);
        store.addIfAbsent(report, List.of());
        return report;
    }

    @Test
    void removingTheMemberIsDoneRecordedAndToldToBothWithoutNamingTheReporter() throws Exception {
        report(1, ReportTarget.message("m1"));
        clock.advance(Duration.ofMinutes(5));

        ReportAction action = moderation.act(1, ReportAction.Kind.REMOVE, "admin", "  Insults, again.  ", 0);

        assertThat(action).isEqualTo(new ReportAction(1, ReportAction.Kind.REMOVE, "admin", "Insults, again.", 0,
                T0.plusSeconds(300)));
        assertThat(done).containsExactly("remove " + BOB + " from " + GROUP);
        assertThat(store.actions(1)).containsExactly(action);
        assertThat(store.report(1).orElseThrow().state()).isEqualTo(ReportState.CLOSED);
        assertThat(told).containsExactly(
                CAROL + ": Your report about a message in the group \u201cDance crew\u201d was reviewed. The person was"
                        + " removed from the group. Reason: Insults, again.",
                BOB + ": A moderator removed you from the group \u201cDance crew\u201d. Reason: Insults, again.");
        assertThat(told.get(1)).doesNotContain("carol");
    }

    @Test
    void aSuspensionKeepsThePersonOutForItsDays() throws Exception {
        report(1, ReportTarget.member(BOB));

        moderation.act(1, ReportAction.Kind.SUSPEND, "admin", "Threats", 7);

        assertThat(suspensions.until).containsEntry(BOB, T0.plus(Duration.ofDays(7)));
        assertThat(told.get(1)).isEqualTo(BOB + ": A moderator suspended you from all groups until 2026-12-08 10:00 UTC."
                + " Reason: Threats");
        report(2, ReportTarget.member("dave@svgroups.test"));
        for (int days : new int[] {0, ReportModeration.MAX_DAYS + 1}) {
            assertThatThrownBy(() -> moderation.act(2, ReportAction.Kind.SUSPEND, "admin", "x", days))
                    .hasMessage("svgroups.report.error.days");
        }
    }

    @Test
    void retractingAndDissolvingGoThroughTheirEffects() throws Exception {
        report(1, ReportTarget.message("m1"));
        report(2, ReportTarget.group(GROUP));

        moderation.act(1, ReportAction.Kind.RETRACT, "admin", "Hate speech", 0);
        moderation.act(2, ReportAction.Kind.DISSOLVE, "admin", "A scam group", 0);

        assertThat(done).containsExactly("retract m1 in " + GROUP + ": Hate speech", "dissolve " + GROUP + ": A scam group");
        assertThat(told).hasSize(3);
        assertThat(told.get(2)).startsWith(CAROL + ": Your report about the group").contains("The group was dissolved.");
    }

    @Test
    void aDismissalTellsOnlyTheReporter() throws Exception {
        report(1, ReportTarget.member(BOB));

        moderation.act(1, ReportAction.Kind.DISMISS, "admin", "Not against the rules", 0);

        assertThat(done).isEmpty();
        assertThat(told).containsExactly(CAROL + ": Your report about a member of the group \u201cDance crew\u201d was"
                + " reviewed. No action was taken. Reason: Not against the rules");
    }

    @Test
    void refusedActionsChangeNothing() throws Exception {
        report(1, ReportTarget.group(GROUP));
        report(2, ReportTarget.message("m2"));

        assertThatThrownBy(() -> moderation.act(9, ReportAction.Kind.DISMISS, "admin", "x", 0))
                .hasMessage("svgroups.report.error.not-found");
        assertThatThrownBy(() -> moderation.act(1, ReportAction.Kind.DISMISS, "admin", "  ", 0))
                .hasMessage("svgroups.report.error.statement-required");
        assertThatThrownBy(() -> moderation.act(1, ReportAction.Kind.DISMISS, "admin", "x".repeat(1_001), 0))
                .hasMessage("svgroups.report.error.statement-too-long");
        for (ReportAction.Kind kind : List.of(ReportAction.Kind.RETRACT, ReportAction.Kind.REMOVE, ReportAction.Kind.SUSPEND)) {
            assertThatThrownBy(() -> moderation.act(1, kind, "admin", "x", 1)).hasMessage("svgroups.report.error.not-applicable");
        }
        failRemoval = "svgroups.group.error.last-owner";
        assertThatThrownBy(() -> moderation.act(2, ReportAction.Kind.REMOVE, "admin", "x", 0))
                .hasMessage("svgroups.group.error.last-owner");
        assertThat(store.actions).isEmpty();
        assertThat(told).isEmpty();

        moderation.act(2, ReportAction.Kind.DISMISS, "admin", "ok", 0);
        assertThatThrownBy(() -> moderation.act(2, ReportAction.Kind.DISMISS, "admin", "again", 0))
                .hasMessage("svgroups.report.error.closed");
    }

    @Test
    void withoutRetractionTheActionDoesNotApply() {
        report(1, ReportTarget.message("m1"));
        ReportModeration withoutRetraction = new ReportModeration(store, suspensions, effects, null, clock);

        assertThat(withoutRetraction.applies(store.report(1).orElseThrow(), ReportAction.Kind.RETRACT)).isFalse();
        assertThatThrownBy(() -> withoutRetraction.act(1, ReportAction.Kind.RETRACT, "admin", "x", 0))
                .hasMessage("svgroups.report.error.not-applicable");
    }
}
