package org.svgroups.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.Shares;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.client.SvGroupsException;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.it.server.OpenfireInstance;

/**
 * Delivered shares are counted per day (UTC), group and item in {@code ofSvgShareCount}: the plugin keeps the counts
 * in memory and writes them in batches, the last when it stops. After an Openfire restart the table holds exactly
 * what was delivered into the group; refused shares are not counted.
 */
@ExtendWith(RealOpenfire.class)
class ShareCountsIT {

    private static final int TIMES = 3;

    @Test
    void deliveredSharesAreInTheDatabaseAfterARestart(OpenfireInstance server) throws Exception {
        EntityBareJid group;
        LocalDate day = LocalDate.now(ZoneOffset.UTC);
        try (SvGroupsClient bob = Users.connect("bob")) {
            group = bob.createGroup("Counted", List.of("dave")).jid();
            for (int i = 1; i <= TIMES; i++) {
                assertThat(bob.share(group, Shares.video(TestCatalogue.TALLY.id(), TestCatalogue.TALLY.url(), "take " + i))
                        .share()).as("share %d", i).contains(TestCatalogue.TALLY);
            }
            assertThat(bob.share(group, Shares.product(TestCatalogue.HOODIE.id(), TestCatalogue.HOODIE.url(), null, null))
                    .share()).contains(TestCatalogue.HOODIE);
            // Refused: not counted.
            Throwable refused = catchThrowable(() -> bob.share(group, Shares.video(TestCatalogue.PRIVATE_VIDEO,
                    "https://" + TestCatalogue.VIDEOS + "/v/" + TestCatalogue.PRIVATE_VIDEO, null)));
            assertThat(refused).isInstanceOfSatisfying(SvGroupsException.Refused.class,
                    e -> assertThat(e.getCondition()).as(e.getRefusal().toString()).contains(AppCondition.CONTENT_UNAVAILABLE));
        }
        Assumptions.assumeTrue(LocalDate.now(ZoneOffset.UTC).equals(day), "the shares straddled midnight (UTC)");

        // Stopping right after the shares: the plugin's periodic flush (every 10 s) is very unlikely to fall in the
        // moment between the last share and the stop, so what the table holds was, but for a rare run, written by
        // the plugin's last flush as it stops.
        List<Map<String, Object>> rows = server.queryWhileStopped(
                "SELECT shareDay, groupJID, kind, itemId, shares FROM ofSvgShareCount WHERE groupJID = ? ORDER BY kind, itemId",
                group.toString());

        int today = Integer.parseInt(day.format(DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(rows).as("the share counts of %s", group).extracting(
                        row -> ((Number) row.get("shareDay")).intValue(), row -> row.get("groupJID"), row -> row.get("kind"),
                        row -> row.get("itemId"), row -> ((Number) row.get("shares")).longValue())
                .containsExactly(
                        tuple(today, group.toString(), "product", TestCatalogue.HOODIE.id(), 1L),
                        tuple(today, group.toString(), "video", TestCatalogue.TALLY.id(), (long) TIMES));
        try (SvGroupsClient bob = Users.connect("bob")) {
            assertThat(bob.listGroups()).as("Openfire is back after the query").extracting(g -> g.jid()).contains(group);
        }
    }
}
