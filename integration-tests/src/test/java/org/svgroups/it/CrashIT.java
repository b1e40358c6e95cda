package org.svgroups.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jivesoftware.smackx.muc.MUCAffiliation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.LinkInfo;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.core.reports.ReportReason;
import org.svgroups.core.reports.ReportTarget;
import org.svgroups.it.server.OpenfireInstance;

/**
 * The server killed (kill -9) while a member is talking: after it starts again, the group, its members, a minor's
 * pending invitation, an invite link and a report are all there, and the archive has every message the group
 * acknowledged (reflected to its sender) more than {@link #FLUSH_WINDOW} before the kill. The archive writes its
 * queue each second (README: "a crash loses the messages of the last second or so"); what it lost is printed.
 */
@ExtendWith(RealOpenfire.class)
class CrashIT {

    /** The archive's flush period (1 s) with room for a batch being written on a busy machine. */
    private static final Duration FLUSH_WINDOW = Duration.ofSeconds(3);
    private static final Duration TALKING = Duration.ofSeconds(6);

    @Test
    void whatWasAcknowledgedOutlivesAKill(OpenfireInstance server) throws Exception {
        String talker = RealOpenfire.numbered(21);
        String listener = RealOpenfire.numbered(22);
        EntityBareJid group;
        String link;
        String report;
        List<Talker.Acknowledged> sent;
        Instant killed;
        try (SvGroupsClient alice = Users.connect("alice"); SvGroupsClient m21 = Users.connect(talker)) {
            group = alice.createGroup("Crash test", List.of(talker, listener)).jid();
            alice.invite(group, RealOpenfire.MINOR, "join us");
            link = alice.createLink(group, 7, null).link().id();
            report = m21.report(group, ReportTarget.group(group.toString()), ReportReason.SPAM, "before the crash", null);

            try (Talker talk = Talker.untilFailure(m21, group, "message")) {
                Thread.sleep(TALKING.toMillis());
                killed = Instant.now();
                server.crash();
                sent = talk.stop();
            }
        }
        server.start();

        assertThat(sent).as("messages acknowledged before the kill").hasSizeGreaterThan(20);
        try (SvGroupsClient alice = Users.connect("alice"); SvGroupsClient tess = Users.connect(RealOpenfire.MINOR);
             SvGroupsClient m22 = Users.connect(listener)) {
            assertThat(Members.of(alice, group)).containsEntry(Members.jid(talker), MUCAffiliation.member)
                    .containsEntry(Members.jid(listener), MUCAffiliation.member);
            assertThat(tess.invitations().receivedFor(group)).as("the minor's pending invitation").isPresent();
            assertThat(alice.links(group)).extracting(LinkInfo::id).contains(link);

            Set<String> archived = ArchivedHistory.allIds(m22, group);
            List<Talker.Acknowledged> lost = sent.stream().filter(a -> !archived.contains(a.id())).toList();
            System.out.printf("CrashIT: %d messages acknowledged in %d s, %d lost, the earliest lost %s ms before the kill%n",
                    sent.size(), TALKING.toSeconds(), lost.size(), lost.isEmpty() ? "-"
                            : Duration.between(lost.get(0).at(), killed).toMillis());
            assertThat(lost).as("lost messages, all within %s of the kill", FLUSH_WINDOW)
                    .allSatisfy(a -> assertThat(a.at()).isAfter(killed.minus(FLUSH_WINDOW)));
        }
        List<Map<String, Object>> reports = server.queryWhileStopped(
                "SELECT COUNT(*) AS n FROM ofSvgReport WHERE reportId = ?", Long.parseLong(report));
        assertThat(((Number) reports.get(0).get("n")).intValue()).as("the report").isEqualTo(1);
    }
}
