package org.svgroups.openfire.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.svgroups.core.share.ShareCount;
import org.svgroups.core.share.ShareKind;

/**
 * What {@link JdbcShareCounts} does, on one database: each subclass makes a scratch schema, creates the
 * {@code ofVersion} table as Openfire has it, and installs the plugin's schema from its real scripts as Openfire's
 * SchemaManager would (a fresh install, at the current version).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ShareCountsContract {

    private final TestDatabase target;

    ShareCountsContract(TestDatabase target) {
        this.target = target;
    }

    static final LocalDate DAY = LocalDate.of(2026, 11, 25);
    static final String GROUP = "dance@groups.svgroups.test";
    static final String OTHER_GROUP = "skate@groups.svgroups.test";
    static final ShareKind VIDEO = ShareKind.VIDEO;
    static final ShareKind PRODUCT = ShareKind.PRODUCT;

    private String skipReason;
    private ScratchDatabase database;
    private String detectedType;
    private JdbcShareCounts store;






    @BeforeAll
    void createSchema() throws SQLException {
        skipReason = target.skipReason();
        if (skipReason != null) {
            System.out.println(skipReason);
            return;
        }
        database = target.open();
        try (Connection connection = database.connections().open()) {
            detectedType = OpenfireSchemaScripts.databaseType(connection);
            OpenfireSchemaScripts.createVersionTable(connection);
            assertThat(OpenfireSchemaScripts.checkSchema(connection, OpenfireSchemaScripts.DIRECTORY, target.scriptType(detectedType),
                    OpenfireSchemaScripts.SCHEMA_VERSION)).as("schema installed").isTrue();
        }
        store = new JdbcShareCounts(database.connections());
    }

    @AfterAll
    void dropSchema() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void emptyTable() throws SQLException {
        Assumptions.assumeTrue(skipReason == null, skipReason);
        execute("DELETE FROM " + JdbcShareCounts.TABLE);
    }

    @Test
    void openfireWouldRunTheScriptsForThisDatabase() {
        assertThat(detectedType).as(database.description()).isEqualTo(target.expectedType());
        assertThat(OpenfireSchemaScripts.script(detectedType)).exists();
        assertThat(OpenfireSchemaScripts.upgradeScript(2, detectedType)).exists();
    }

    @Test
    void aFreshInstallRecordsTheCurrentVersionAndCreatesBothTables() throws SQLException {
        try (Connection connection = database.connections().open()) {
            assertThat(OpenfireSchemaScripts.recordedVersion(connection, "svgroups")).isEqualTo(OpenfireSchemaScripts.SCHEMA_VERSION);
            assertThat(SchemaMetadata.of(connection, JdbcPendingInvitations.TABLE).primaryKey()).containsExactly("groupjid", "invitee");
            SchemaMetadata shares = SchemaMetadata.of(connection, JdbcShareCounts.TABLE);
            assertThat(shares.columns()).containsOnlyKeys("shareday", "groupjid", "kind", "itemid", "shares")
                    .allSatisfy((column, type) -> assertThat(type).endsWith(" not null"));
            assertThat(shares.primaryKey()).containsExactly("shareday", "groupjid", "kind", "itemid");
            assertThat(shares.indexes()).containsEntry("ofsvgsharecount_item_idx", List.of("shareday", "kind", "itemid"));
        }
    }

    @Test
    void addedCountsAreListedWithEveryField() {
        ShareCount video = count(DAY, GROUP, VIDEO, "v1", 3);
        ShareCount product = count(DAY, GROUP, PRODUCT, "p1", 1);

        store.addAll(List.of(video, product));

        assertThat(store.between(DAY, DAY)).containsExactly(video, product);
    }

    @Test
    void countsAccumulateAcrossBatches() {
        store.addAll(List.of(count(DAY, GROUP, VIDEO, "v1", 3), count(DAY, GROUP, VIDEO, "v2", 1)));
        store.addAll(List.of(count(DAY, GROUP, VIDEO, "v1", 4)));
        store.addAll(List.of(count(DAY, GROUP, VIDEO, "v1", 1), count(DAY, GROUP, VIDEO, "v3", 7)));

        assertThat(store.between(DAY, DAY)).containsExactly(count(DAY, GROUP, VIDEO, "v1", 8),
                count(DAY, GROUP, VIDEO, "v2", 1), count(DAY, GROUP, VIDEO, "v3", 7));
    }

    @Test
    void theSameKeyTwiceInOneBatchAddsUp() {
        store.addAll(List.of(count(DAY, GROUP, VIDEO, "old", 1)));

        store.addAll(List.of(count(DAY, GROUP, VIDEO, "new", 2), count(DAY, GROUP, VIDEO, "old", 5),
                count(DAY, GROUP, VIDEO, "new", 3), count(DAY, GROUP, VIDEO, "old", 10)));

        assertThat(store.between(DAY, DAY)).containsExactly(count(DAY, GROUP, VIDEO, "new", 5), count(DAY, GROUP, VIDEO, "old", 16));
    }

    @Test
    void everyPartOfTheKeyMakesItsOwnRowItemIdsCaseIncluded() {
        List<ShareCount> counts = List.of(count(DAY, GROUP, VIDEO, "aB", 1), count(DAY, GROUP, VIDEO, "Ab", 2),
                count(DAY, GROUP, PRODUCT, "aB", 4), count(DAY, OTHER_GROUP, VIDEO, "aB", 8),
                count(DAY.plusDays(1), GROUP, VIDEO, "aB", 16));

        store.addAll(counts);

        assertThat(store.between(DAY, DAY.plusDays(1))).containsExactlyInAnyOrderElementsOf(counts);
    }

    @Test
    void zeroIncrementsAndEmptyBatchesWriteNothing() {
        store.addAll(List.of());
        store.addAll(List.of(count(DAY, GROUP, VIDEO, "v1", 0)));
        store.addAll(List.of(count(DAY, GROUP, VIDEO, "v2", 2), count(DAY, GROUP, VIDEO, "v3", 0)));

        assertThat(store.between(DAY, DAY)).containsExactly(count(DAY, GROUP, VIDEO, "v2", 2));
    }

    @Test
    void betweenIncludesBothEndsAndNothingElse() {
        List<ShareCount> days = new ArrayList<>();
        for (int d = -2; d <= 2; d++) {
            days.add(count(DAY.plusDays(d), GROUP, VIDEO, "v", d + 10));
        }
        store.addAll(days);

        assertThat(store.between(DAY.minusDays(1), DAY.plusDays(1))).containsExactlyElementsOf(days.subList(1, 4));
        assertThat(store.between(DAY, DAY)).containsExactly(days.get(2));
        assertThat(store.between(DAY.plusDays(3), DAY.plusDays(30))).isEmpty();
        assertThat(store.between(DAY.plusDays(1), DAY.minusDays(1))).as("from after to").isEmpty();
        assertThat(store.between(LocalDate.MIN, LocalDate.MAX)).containsExactlyElementsOf(days);
    }

    @Test
    void daysKeepTheirOrderAcrossMonthsAndYears() {
        LocalDate lastOfYear = LocalDate.of(2026, 12, 31);
        LocalDate newYear = LocalDate.of(2027, 1, 1);
        LocalDate endOfFebruary = LocalDate.of(2028, 2, 29);
        store.addAll(List.of(count(endOfFebruary, GROUP, VIDEO, "v", 3), count(newYear, GROUP, VIDEO, "v", 2),
                count(lastOfYear, GROUP, VIDEO, "v", 1), count(JdbcShareCounts.FIRST_DAY, GROUP, VIDEO, "v", 4),
                count(JdbcShareCounts.LAST_DAY, GROUP, VIDEO, "v", 5)));

        assertThat(store.between(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1))).extracting(ShareCount::day)
                .containsExactly(lastOfYear, newYear);
        assertThat(store.between(LocalDate.MIN, LocalDate.MAX)).extracting(ShareCount::shares).containsExactly(4L, 1L, 2L, 3L, 5L);
    }

    @Test
    void betweenListsByDayGroupKindAndItemWhateverTheCollation() {
        // Upper case before lower case and '-' before letters, as String.compareTo orders them; a linguistic
        // collation (PostgreSQL's en_US, SQL Server's default) would order them otherwise. Videos before products.
        LocalDate next = DAY.plusDays(1);
        List<ShareCount> expected = List.of(
                count(DAY, "a-b@groups.svgroups.test", PRODUCT, "p", 1),
                count(DAY, "ab@groups.svgroups.test", VIDEO, "Zeta", 1),
                count(DAY, "ab@groups.svgroups.test", VIDEO, "alpha", 1),
                count(DAY, "ab@groups.svgroups.test", VIDEO, "beta", 1),
                count(DAY, "ab@groups.svgroups.test", PRODUCT, "Zeta", 1),
                count(DAY, "ab@groups.svgroups.test", PRODUCT, "alpha", 1),
                count(next, "a-b@groups.svgroups.test", VIDEO, "x", 1),
                count(next, "ab@groups.svgroups.test", VIDEO, "x", 1));
        List<ShareCount> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        store.addAll(shuffled.subList(0, 4));
        store.addAll(shuffled.subList(4, 8));

        assertThat(store.between(DAY, next)).containsExactlyElementsOf(expected);
    }

    @Test
    void theLongestGroupsAndItemIdsFitAndAnyScriptRoundTrips() {
        String longestGroup = PendingInvitationsContract.jid(JdbcShareCounts.MAX_JID_LENGTH, "groups.svgroups.test");
        String longestItem = "i".repeat(JdbcShareCounts.MAX_ITEM_ID_LENGTH);
        // 32 emoji are 64 UTF-16 code units (and 128 bytes in UTF-8).
        String emojiItem = "\uD83C\uDFAC".repeat(JdbcShareCounts.MAX_ITEM_ID_LENGTH / 2);
        String unicodeGroup = "tanzgruppe-\u00fcn\u00eb-\u821e@groups.svgroups.test";
        List<ShareCount> counts = List.of(count(DAY, longestGroup, VIDEO, longestItem, 1),
                count(DAY, GROUP, VIDEO, emojiItem, 2), count(DAY, unicodeGroup, PRODUCT, "\u00e9t\u00e9-\u0436", 3));

        store.addAll(counts);
        store.addAll(counts);

        assertThat(store.between(DAY, DAY)).containsExactlyInAnyOrderElementsOf(counts.stream()
                .map(c -> count(c.day(), c.group(), c.kind(), c.itemId(), c.shares() * 2)).toList());
    }

    @Test
    void largeCountsAreKept() {
        long large = Long.MAX_VALUE / 2;
        store.addAll(List.of(count(DAY, GROUP, VIDEO, "viral", large)));
        store.addAll(List.of(count(DAY, GROUP, VIDEO, "viral", large)));

        assertThat(store.between(DAY, DAY)).containsExactly(count(DAY, GROUP, VIDEO, "viral", 2 * large));
    }

    @Test
    void valuesThatDoNotFitAreRefusedAndNothingOfTheirBatchIsWritten() {
        ShareCount fine = count(DAY, GROUP, VIDEO, "fine", 1);
        String tooLongGroup = PendingInvitationsContract.jid(JdbcShareCounts.MAX_JID_LENGTH + 1, "groups.svgroups.test");
        // 33 emoji are 66 UTF-16 code units: the limit counts what String.length() counts.
        String tooManyEmoji = "\uD83C\uDFAC".repeat(JdbcShareCounts.MAX_ITEM_ID_LENGTH / 2 + 1);

        assertRefused(count(DAY, tooLongGroup, VIDEO, "v", 1), fine, "group is 256 characters long; at most 255 fit");
        assertRefused(count(DAY, GROUP, VIDEO, "i".repeat(65), 1), fine, "itemId is 65 characters long; at most 64 fit");
        assertRefused(count(DAY, GROUP, VIDEO, tooManyEmoji, 1), fine, "itemId is 66 characters long; at most 64 fit");
        assertRefused(count(DAY, "", VIDEO, "v", 1), fine, "group is empty");
        assertRefused(count(DAY, GROUP, VIDEO, "", 1), fine, "itemId is empty");
        assertRefused(count(DAY, GROUP, VIDEO, "v", -1), fine, "shares is negative");
        assertRefused(count(LocalDate.of(10_000, 1, 1), GROUP, VIDEO, "v", 1), fine, "day is out of range");
        assertRefused(count(LocalDate.of(0, 12, 31), GROUP, VIDEO, "v", 1), fine, "day is out of range");
        assertRefused(count(DAY, GROUP, VIDEO, "fine", Long.MAX_VALUE), fine, "add up to more than");
        assertThatThrownBy(() -> store.addAll(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.addAll(java.util.Arrays.asList(fine, null))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.between(null, DAY)).isInstanceOf(NullPointerException.class);

        assertThat(store.between(LocalDate.MIN, LocalDate.MAX)).isEmpty();
    }

    @Test
    void aCountThatWouldOverflowInTheDatabaseFailsTheWholeBatch() {
        store.addAll(List.of(count(DAY, GROUP, VIDEO, "viral", Long.MAX_VALUE)));

        assertThatThrownBy(() -> store.addAll(List.of(count(DAY, GROUP, VIDEO, "other", 1), count(DAY, GROUP, VIDEO, "viral", 1))))
                .isInstanceOf(PersistenceException.class).hasMessageStartingWith("Could not add 2 share counts of 2026-11-25: ");

        assertThat(store.between(DAY, DAY)).containsExactly(count(DAY, GROUP, VIDEO, "viral", Long.MAX_VALUE));
    }

    @Test
    void aBatchOfHundredsMixingNewAndExistingKeysIsAddedInOneCall() {
        List<ShareCount> first = new ArrayList<>();
        List<ShareCount> second = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            String group = "g" + (i % 20) + "@groups.svgroups.test";
            ShareCount key = count(DAY.plusDays(i % 3), group, i % 2 == 0 ? VIDEO : PRODUCT, "item" + i, 1);
            if (i % 2 == 0) {
                first.add(key);
            }
            second.add(count(key.day(), key.group(), key.kind(), key.itemId(), 2));
        }
        store.addAll(first);

        store.addAll(second);

        List<ShareCount> listed = store.between(DAY, DAY.plusDays(2));
        assertThat(listed).hasSize(600).isSortedAccordingTo(JdbcShareCounts.ORDER);
        assertThat(listed.stream().mapToLong(ShareCount::shares).sum()).isEqualTo(300 * 3 + 300 * 2);
        assertThat(store.batchesUpdates()).as("the driver counts the rows each batched update found").isTrue();
    }

    @Test
    void concurrentFlushesOfTheSameKeysAddUpExactly() throws Exception {
        // Two cluster nodes flushing at the same moments: the same keys, existing ones and new ones appearing in
        // every round, in a different order on each node. The new keys come first in the order the store writes
        // in (their groups sort before GROUP), so that both nodes look for them before either inserts them.
        int rounds = 30;
        List<List<List<ShareCount>>> batchesByNode = List.of(new ArrayList<>(), new ArrayList<>());
        Map<List<Object>, Long> expected = new LinkedHashMap<>();
        for (int node = 0; node < 2; node++) {
            for (int round = 0; round < rounds; round++) {
                List<ShareCount> batch = new ArrayList<>();
                for (int item = 0; item < 10; item++) {
                    batch.add(count(DAY, GROUP, VIDEO, "steady" + item, node + 1));
                    batch.add(count(DAY, "club" + (item % 3) + "@groups.svgroups.test", PRODUCT, "new" + round + "-" + item, item + 1));
                }
                if (node == 1) {
                    Collections.reverse(batch);
                }
                batch.forEach(c -> expected.merge(List.of(c.day(), c.group(), c.kind(), c.itemId()), c.shares(), Long::sum));
                batchesByNode.get(node).add(batch);
            }
        }

        // Each node its own store, as in a cluster; rollbacks counted, to see that the nodes did collide.
        AtomicInteger rollbacks = new AtomicInteger();
        ConnectionSource counting = () -> {
            Connection real = database.connections().open();
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("rollback")) {
                            rollbacks.incrementAndGet();
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> results = new ArrayList<>();
            List<CountDownLatch> starts = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                starts.add(new CountDownLatch(2));
            }
            for (List<List<ShareCount>> batches : batchesByNode) {
                JdbcShareCounts node = new JdbcShareCounts(counting);
                results.add(pool.submit(() -> {
                    try {
                        for (int round = 0; round < rounds; round++) {
                            // Both nodes start each flush together, so that their inserts of the new keys collide.
                            starts.get(round).countDown();
                            starts.get(round).await(30, TimeUnit.SECONDS);
                            node.addAll(batches.get(round));
                        }
                    } finally {
                        // A node that failed lets the other one finish without waiting for it.
                        starts.forEach(CountDownLatch::countDown);
                    }
                    return null;
                }));
            }
            for (Future<?> result : results) {
                result.get(180, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        Map<List<Object>, Long> stored = new LinkedHashMap<>();
        store.between(DAY, DAY).forEach(c -> stored.put(List.of(c.day(), c.group(), c.kind(), c.itemId()), c.shares()));
        assertThat(stored).hasSize(10 + rounds * 10).isEqualTo(expected);
        if (target.writersCollide()) {
            assertThat(rollbacks).as("batches rolled back and tried again").hasPositiveValue();
        }
    }

    @Test
    void rowsOfAKindThisVersionDoesNotKnowAreLeftOut() throws SQLException {
        store.addAll(List.of(count(DAY, GROUP, VIDEO, "v", 1)));
        execute("INSERT INTO " + JdbcShareCounts.TABLE + " (shareDay, groupJID, kind, itemId, shares) VALUES (20261125, '"
                + GROUP + "', 'sound', 's', 5)");

        assertThat(store.between(DAY, DAY)).containsExactly(count(DAY, GROUP, VIDEO, "v", 1));
    }

    private void assertRefused(ShareCount bad, ShareCount fine, String message) {
        assertThatThrownBy(() -> store.addAll(List.of(fine, bad))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = database.connections().open(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    static ShareCount count(LocalDate day, String group, ShareKind kind, String itemId, long shares) {
        return new ShareCount(day, group, kind, itemId, shares);
    }
}
