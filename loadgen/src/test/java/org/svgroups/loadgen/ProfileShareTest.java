package org.svgroups.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProfileShareTest {

    private static final List<String> OUTPUT = List.of(
            "groups: 2 groups of 32 members ready",
            "[conference message=100 r1] starts at 2026-12-03T11:51:09Z",
            "[conference message=100 r1] ends at 2026-12-03T11:51:32Z",
            "  server idle after 1.0 s",
            "[groups message=100 archive-on r1] starts at 2026-12-03T11:51:34Z",
            "[groups message=100 archive-on r1] measure  23s  ops/s    492",
            "[conference message=100 r2] starts at 2026-12-03T11:52:00Z");

    @Test
    void aRunLastsUntilTheNextOneStartsSoThatItIsChargedWithWhatItLeftBehind() {
        List<ProfileShare.Segment> segments = ProfileShare.segments(OUTPUT);
        assertThat(segments).extracting(ProfileShare.Segment::variant)
                .containsExactly("conference message=100", "groups message=100 archive-on", "conference message=100");
        assertThat(ProfileShare.variantAt(segments, Instant.parse("2026-12-03T11:51:08Z"))).isNull();
        assertThat(ProfileShare.variantAt(segments, Instant.parse("2026-12-03T11:51:33Z"))).isEqualTo("conference message=100");
        assertThat(ProfileShare.variantAt(segments, Instant.parse("2026-12-03T11:51:34Z"))).isEqualTo("groups message=100 archive-on");
        assertThat(ProfileShare.variantAt(segments, Instant.parse("2026-12-03T11:51:59Z"))).isEqualTo("groups message=100 archive-on");
        assertThat(ProfileShare.variantAt(segments, Instant.parse("2026-12-03T13:00:00Z"))).isEqualTo("conference message=100");
    }

    @Test
    void countsSvgroupsAnywhereOnTopAndOpenfiresConversationLog() {
        ProfileShare.Tally tally = tally(
                List.of("java.lang.String.hashCode", "org.svgroups.openfire.GroupStanzaInterceptor.check",
                        "org.jivesoftware.openfire.MessageRouter.route"),
                List.of("org.svgroups.openfire.GroupStanzaInterceptor.hasDomain",
                        "org.svgroups.openfire.GroupStanzaInterceptor.check"),
                List.of("org.hsqldb.index.IndexAVL.insert",
                        "org.jivesoftware.openfire.muc.spi.MultiUserChatServiceImpl$ConversationLogEntryArchiver.store"),
                List.of("org.jivesoftware.openfire.nio.NettyConnection.deliver"));
        assertThat(tally.samples).isEqualTo(4);
        assertThat(tally.svgroups).isEqualTo(2);
        assertThat(tally.svgroupsOnTop).isEqualTo(1);
        assertThat(tally.conversationLog).isEqualTo(1);
        assertThat(tally.nearestSvgroupsFrame).containsEntry("org.svgroups.openfire.GroupStanzaInterceptor.check", 1)
                .containsEntry("org.svgroups.openfire.GroupStanzaInterceptor.hasDomain", 1);
    }

    @Test
    void splitsSvgroupsSamplesByPlaceTheWriterWithWhatItsDriverDoes() {
        ProfileShare.Tally tally = tally(
                List.of("org.postgresql.core.PGStream.sendInteger4",
                        "org.postgresql.jdbc.PgPreparedStatement.executeBatch",
                        "org.svgroups.openfire.db.JdbcArchive.appendAll", "org.svgroups.core.archive.ArchiveBuffer.flushTo"),
                List.of("org.svgroups.openfire.db.JdbcArchive.appendAll", "org.svgroups.core.archive.ArchiveBuffer.flushTo",
                        "org.svgroups.openfire.Tasks.logFailure"),
                List.of("org.dom4j.io.XMLWriter.write", "org.svgroups.openfire.StoredStanza.of",
                        "org.svgroups.openfire.ArchiveListener.messageReceived"),
                List.of("org.svgroups.openfire.GroupStanzaInterceptor.hasDomain",
                        "org.svgroups.openfire.GroupStanzaInterceptor.interceptPacket"),
                List.of("org.svgroups.openfire.GroupStanzaInterceptor.hasDomain",
                        "org.svgroups.openfire.LinkAnswerInterceptor.interceptPacket"),
                List.of("org.svgroups.core.Activity.count"),
                List.of("org.jivesoftware.openfire.nio.NettyConnection.deliver"));
        assertThat(tally.places).containsEntry(ProfileShare.Place.ARCHIVE_WRITER, 2L)
                .containsEntry(ProfileShare.Place.ARCHIVE_LISTENER, 1L)
                .containsEntry(ProfileShare.Place.GROUP_STANZA_INTERCEPTOR, 1L)
                .containsEntry(ProfileShare.Place.LINK_ANSWER_INTERCEPTOR, 1L)
                .containsEntry(ProfileShare.Place.OTHER, 1L).hasSize(5);
        assertThat(tally.writerInDriver).isEqualTo(1);
    }

    @SafeVarargs
    private static ProfileShare.Tally tally(List<String>... stacks) {
        ProfileShare.Tally tally = new ProfileShare.Tally();
        for (List<String> frames : stacks) {
            tally.add(frames);
        }
        return tally;
    }
}
