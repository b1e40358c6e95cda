package org.svgroups.openfire.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.svgroups.core.invitations.PendingInvitation;

/**
 * What {@link JdbcPendingInvitations} does, on one database: each subclass makes a scratch schema, creates the
 * {@code ofVersion} table as Openfire has it, and runs the plugin's real schema script for that database, cut into
 * statements as Openfire's SchemaManager does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PendingInvitationsContract {

    private final TestDatabase target;

    PendingInvitationsContract(TestDatabase target) {
        this.target = target;
    }

    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    static final String GROUP = "dance@groups.svgroups.test";
    static final String OTHER_GROUP = "skate@groups.svgroups.test";
    static final String ALICE = "alice@svgroups.test";
    static final String BOB = "bob@svgroups.test";
    static final String CAROL = "carol@svgroups.test";
    static final String DAVE = "dave@svgroups.test";

    private String skipReason;
    private ScratchDatabase database;
    private String detectedType;
    private JdbcPendingInvitations store;





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
            String type = target.scriptType(detectedType);
            OpenfireSchemaScripts.run(connection, OpenfireSchemaScripts.script(type), type);
        }
        store = new JdbcPendingInvitations(database.connections());
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
        try (Connection connection = database.connections().open(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM " + JdbcPendingInvitations.TABLE);
        }
    }

    @Test
    void openfireWouldRunTheScriptForThisDatabase() {
        assertThat(detectedType).as(database.description()).isEqualTo(target.expectedType());
        assertThat(OpenfireSchemaScripts.script(detectedType)).exists();
    }

    @Test
    void theScriptRecordsTheCurrentSchemaVersionUnderTheKeySvgroups() throws SQLException {
        try (Connection connection = database.connections().open()) {
            assertThat(OpenfireSchemaScripts.recordedVersion(connection, "svgroups")).isEqualTo(OpenfireSchemaScripts.SCHEMA_VERSION);
        }
    }

    @Test
    void theScriptCreatesThePrimaryKeyAndTheIndexes() throws SQLException {
        try (Connection connection = database.connections().open()) {
            DatabaseMetaData metaData = connection.getMetaData();
            String table = metaData.storesUpperCaseIdentifiers() ? JdbcPendingInvitations.TABLE.toUpperCase(Locale.ROOT)
                    : metaData.storesLowerCaseIdentifiers() ? JdbcPendingInvitations.TABLE.toLowerCase(Locale.ROOT)
                    : JdbcPendingInvitations.TABLE;
            Map<Integer, String> primaryKey = new TreeMap<>();
            try (ResultSet rows = metaData.getPrimaryKeys(connection.getCatalog(), connection.getSchema(), table)) {
                while (rows.next()) {
                    primaryKey.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            assertThat(primaryKey.values()).containsExactly("groupjid", "invitee");

            Map<String, Map<Integer, String>> indexes = new TreeMap<>();
            try (ResultSet rows = metaData.getIndexInfo(connection.getCatalog(), connection.getSchema(), table, false, false)) {
                while (rows.next()) {
                    if (rows.getString("INDEX_NAME") != null && rows.getString("COLUMN_NAME") != null) {
                        indexes.computeIfAbsent(rows.getString("INDEX_NAME").toLowerCase(Locale.ROOT), name -> new TreeMap<>())
                                .put((int) rows.getShort("ORDINAL_POSITION"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            assertThat(indexes).containsEntry("ofsvginvitation_invitee_idx", Map.of(1, "invitee"))
                    .containsEntry("ofsvginvitation_inviter_idx", Map.of(1, "inviter"))
                    .containsEntry("ofsvginvitation_expires_idx", Map.of(1, "expires"));
        }
    }

    @Test
    void aSavedInvitationIsFoundWithEveryField() {
        PendingInvitation invitation = invitation(GROUP, BOB, ALICE, "Join us!", 0, 3_600_000);

        store.save(invitation);

        assertThat(store.find(GROUP, BOB)).contains(invitation);
        assertThat(store.find(GROUP, CAROL)).isEmpty();
        assertThat(store.find(OTHER_GROUP, BOB)).isEmpty();
    }

    @Test
    void savingAgainReplacesTheInvitationOfTheSameInviteeToTheSameGroup() {
        store.save(invitation(GROUP, BOB, ALICE, "first", 0, 1000));
        PendingInvitation again = invitation(GROUP, BOB, CAROL, null, 500, 9000);

        store.save(again);

        assertThat(store.find(GROUP, BOB)).contains(again);
        assertThat(store.forGroup(GROUP)).containsExactly(again);
        assertThat(store.sentBy(ALICE)).isEmpty();
    }

    @Test
    void savingTheSameInvitationTwiceKeepsOne() {
        PendingInvitation invitation = invitation(GROUP, BOB, ALICE, "hi", 0, 1000);

        store.save(invitation);
        store.save(invitation);

        assertThat(store.forGroup(GROUP)).containsExactly(invitation);
    }

    @Test
    void nothingIsFoundInAnEmptyStore() {
        assertThat(store.find(GROUP, BOB)).isEmpty();
        assertThat(store.receivedBy(BOB)).isEmpty();
        assertThat(store.sentBy(ALICE)).isEmpty();
        assertThat(store.forGroup(GROUP)).isEmpty();
        assertThat(store.remove(GROUP, BOB)).isFalse();
        assertThat(store.removeGroup(GROUP)).isZero();
        assertThat(store.removeExpired(T0.plusSeconds(1_000_000))).isZero();
    }

    @Test
    void receivedByListsTheInviteesInvitationsOldestFirstThenByGroup() {
        PendingInvitation newest = invitation("c@groups.svgroups.test", BOB, ALICE, null, 300, 9000);
        PendingInvitation oldest = invitation("d@groups.svgroups.test", BOB, CAROL, null, 100, 9000);
        PendingInvitation tiedB = invitation("b@groups.svgroups.test", BOB, ALICE, null, 200, 9000);
        PendingInvitation tiedA = invitation("a@groups.svgroups.test", BOB, DAVE, null, 200, 9000);
        PendingInvitation toCarol = invitation("a@groups.svgroups.test", CAROL, ALICE, null, 50, 9000);
        saveAll(newest, oldest, tiedB, tiedA, toCarol);

        assertThat(store.receivedBy(BOB)).containsExactly(oldest, tiedA, tiedB, newest);
        assertThat(store.receivedBy(CAROL)).containsExactly(toCarol);
        assertThat(store.receivedBy(ALICE)).isEmpty();
    }

    @Test
    void sentByListsTheInvitersInvitationsOldestFirstThenByGroupThenByInvitee() {
        PendingInvitation late = invitation(GROUP, BOB, ALICE, null, 300, 9000);
        PendingInvitation earlyToCarol = invitation(GROUP, CAROL, ALICE, null, 100, 9000);
        PendingInvitation earlyToBob = invitation(GROUP, BOB.replace("bob", "bea"), ALICE, null, 100, 9000);
        PendingInvitation earlyOtherGroup = invitation(OTHER_GROUP, BOB, ALICE, null, 100, 9000);
        PendingInvitation byCarol = invitation(OTHER_GROUP, DAVE, CAROL, null, 0, 9000);
        saveAll(late, earlyOtherGroup, earlyToCarol, earlyToBob, byCarol);

        assertThat(store.sentBy(ALICE)).containsExactly(earlyToBob, earlyToCarol, earlyOtherGroup, late);
        assertThat(store.sentBy(CAROL)).containsExactly(byCarol);
        assertThat(store.sentBy(BOB)).isEmpty();
    }

    @Test
    void forGroupListsTheGroupsInvitationsOldestFirstThenByInvitee() {
        PendingInvitation dave = invitation(GROUP, DAVE, ALICE, null, 100, 9000);
        PendingInvitation carol = invitation(GROUP, CAROL, ALICE, null, 200, 9000);
        PendingInvitation bob = invitation(GROUP, BOB, ALICE, null, 200, 9000);
        PendingInvitation elsewhere = invitation(OTHER_GROUP, BOB, ALICE, null, 0, 9000);
        saveAll(carol, elsewhere, bob, dave);

        assertThat(store.forGroup(GROUP)).containsExactly(dave, bob, carol);
        assertThat(store.forGroup(OTHER_GROUP)).containsExactly(elsewhere);
    }

    @Test
    void removeTakesAwayOnlyThatInvitationAndSaysWhetherThereWasOne() {
        PendingInvitation bob = invitation(GROUP, BOB, ALICE, null, 0, 9000);
        PendingInvitation carol = invitation(GROUP, CAROL, ALICE, null, 0, 9000);
        PendingInvitation bobElsewhere = invitation(OTHER_GROUP, BOB, ALICE, null, 0, 9000);
        saveAll(bob, carol, bobElsewhere);

        assertThat(store.remove(GROUP, BOB)).isTrue();
        assertThat(store.remove(GROUP, BOB)).isFalse();

        assertThat(store.find(GROUP, BOB)).isEmpty();
        assertThat(store.forGroup(GROUP)).containsExactly(carol);
        assertThat(store.receivedBy(BOB)).containsExactly(bobElsewhere);
    }

    @Test
    void removeGroupTakesAwayEveryInvitationToThatGroupAndCountsThem() {
        PendingInvitation elsewhere = invitation(OTHER_GROUP, BOB, ALICE, null, 0, 9000);
        saveAll(invitation(GROUP, BOB, ALICE, null, 0, 9000), invitation(GROUP, CAROL, ALICE, null, 0, 9000),
                invitation(GROUP, DAVE, CAROL, null, 0, 9000), elsewhere);

        assertThat(store.removeGroup(GROUP)).isEqualTo(3);

        assertThat(store.forGroup(GROUP)).isEmpty();
        assertThat(store.forGroup(OTHER_GROUP)).containsExactly(elsewhere);
        assertThat(store.removeGroup(GROUP)).isZero();
    }

    @Test
    void removeExpiredTakesAwayWhatExpiredAtThatInstantOrBefore() {
        Instant now = T0.plusSeconds(3600);
        PendingInvitation before = invitation(GROUP, BOB, ALICE, null, 0, 3_599_999);
        PendingInvitation exactlyNow = invitation(GROUP, CAROL, ALICE, null, 0, 3_600_000);
        PendingInvitation justAfter = invitation(GROUP, DAVE, ALICE, null, 0, 3_600_001);
        PendingInvitation muchLater = invitation(OTHER_GROUP, BOB, ALICE, null, 0, 86_400_000);
        saveAll(before, exactlyNow, justAfter, muchLater);
        assertThat(exactlyNow.isExpired(now)).isTrue();
        assertThat(justAfter.isExpired(now)).isFalse();

        assertThat(store.removeExpired(now)).isEqualTo(2);

        assertThat(store.receivedBy(BOB)).containsExactly(muchLater);
        assertThat(store.forGroup(GROUP)).containsExactly(justAfter);
        assertThat(store.removeExpired(now)).isZero();
    }

    @Test
    void lookupsReturnExpiredInvitationsToo() {
        PendingInvitation expired = invitation(GROUP, BOB, ALICE, null, -10_000, -5_000);

        store.save(expired);

        assertThat(store.find(GROUP, BOB)).contains(expired);
        assertThat(store.receivedBy(BOB)).containsExactly(expired);
    }

    @Test
    void aMissingReasonStaysMissing() {
        store.save(invitation(GROUP, BOB, ALICE, null, 0, 1000));

        assertThat(store.find(GROUP, BOB)).get().extracting(PendingInvitation::reason).isNull();
    }

    @Test
    void theLongestReasonAndTheLongestJidsFit() {
        String reason = "r".repeat(JdbcPendingInvitations.MAX_REASON_LENGTH - 1) + "!";
        String group = jid(JdbcPendingInvitations.MAX_JID_LENGTH, "groups.svgroups.test");
        String invitee = jid(JdbcPendingInvitations.MAX_JID_LENGTH, "svgroups.test");
        String inviter = jid(JdbcPendingInvitations.MAX_JID_LENGTH, "example.org");
        PendingInvitation longest = invitation(group, invitee, inviter, reason, 0, 1000);

        store.save(longest);

        assertThat(store.find(group, invitee)).contains(longest);
        assertThat(store.sentBy(inviter)).containsExactly(longest);
        assertThat(store.remove(group, invitee)).isTrue();
    }

    @Test
    void aReasonInAnyScriptRoundTrips() {
        // Accents, CJK, Cyrillic, Arabic (right to left), a combining mark, emoji outside the BMP (4 bytes in
        // UTF-8, a surrogate pair in Java), a ZWJ sequence, quotes and a backslash.
        String reason = "Viens danser, Zoë! 一起跳舞吧 Давай танцевать مرحبا e\u0301 🎬💃🏽 👩‍👩‍👧 'quoted' \"twice\" back\\slash";
        String longUnicode = "💃".repeat(JdbcPendingInvitations.MAX_REASON_LENGTH / 2);
        String unicodeGroup = "tanzgruppe-ünë-舞@groups.svgroups.test";
        store.save(invitation(GROUP, BOB, ALICE, reason, 0, 1000));
        store.save(invitation(GROUP, CAROL, ALICE, longUnicode, 0, 1000));
        store.save(invitation(unicodeGroup, BOB, ALICE, null, 0, 1000));

        assertThat(store.find(GROUP, BOB)).get().extracting(PendingInvitation::reason).isEqualTo(reason);
        assertThat(store.find(GROUP, CAROL)).get().extracting(PendingInvitation::reason).isEqualTo(longUnicode);
        assertThat(store.forGroup(unicodeGroup)).extracting(PendingInvitation::group).containsExactly(unicodeGroup);
    }

    @Test
    void jidsMatchExactlyCaseIncluded() {
        store.save(invitation(GROUP, BOB, ALICE, null, 0, 1000));

        assertThat(store.find(GROUP, BOB.toUpperCase(Locale.ROOT))).isEmpty();
        assertThat(store.find(GROUP.toUpperCase(Locale.ROOT), BOB)).isEmpty();
        assertThat(store.receivedBy(BOB.substring(1))).isEmpty();
        assertThat(store.remove(GROUP, BOB.toUpperCase(Locale.ROOT))).isFalse();
        assertThat(store.find(GROUP, BOB)).isPresent();
    }

    @Test
    void instantsAreKeptToTheMillisecond() {
        Instant created = Instant.parse("2026-11-25T10:00:00.123456789Z");
        Instant expires = Instant.parse("2126-11-25T10:00:00.999999999Z");
        Instant longAgo = Instant.parse("1901-01-01T00:00:00.5Z");

        store.save(new PendingInvitation(GROUP, BOB, ALICE, null, created, expires));
        store.save(new PendingInvitation(GROUP, CAROL, ALICE, null, longAgo, longAgo));

        assertThat(store.find(GROUP, BOB)).get().satisfies(found -> {
            assertThat(found.created()).isEqualTo(Instant.parse("2026-11-25T10:00:00.123Z"));
            assertThat(found.expires()).isEqualTo(Instant.parse("2126-11-25T10:00:00.999Z"));
        });
        assertThat(store.find(GROUP, CAROL)).get().extracting(PendingInvitation::created).isEqualTo(longAgo);
    }

    @Test
    void valuesTooLongForTheTableAreRefusedBeforeTheDatabaseSeesThem() {
        String tooLongReason = "r".repeat(JdbcPendingInvitations.MAX_REASON_LENGTH + 1);
        String tooLongJid = jid(JdbcPendingInvitations.MAX_JID_LENGTH + 1, "svgroups.test");
        // 513 emoji are 1026 UTF-16 code units: the limit counts what String.length() counts.
        String tooManyEmoji = "💃".repeat(JdbcPendingInvitations.MAX_REASON_LENGTH / 2 + 1);

        assertThatThrownBy(() -> store.save(invitation(GROUP, BOB, ALICE, tooLongReason, 0, 1000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason").hasMessageContaining("1024");
        assertThatThrownBy(() -> store.save(invitation(GROUP, BOB, ALICE, tooManyEmoji, 0, 1000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> store.save(invitation(tooLongJid, BOB, ALICE, null, 0, 1000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("group");
        assertThatThrownBy(() -> store.save(invitation(GROUP, tooLongJid, ALICE, null, 0, 1000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invitee");
        assertThatThrownBy(() -> store.save(invitation(GROUP, BOB, tooLongJid, null, 0, 1000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inviter");
        assertThat(store.forGroup(GROUP)).isEmpty();
    }

    @Test
    void concurrentSavesOfTheSameInvitationAllSucceedAndLeaveOne() throws Exception {
        int writers = 4;
        int savesEach = 25;
        List<PendingInvitation> saved = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> results = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                List<PendingInvitation> mine = new ArrayList<>();
                for (int i = 0; i < savesEach; i++) {
                    mine.add(invitation(GROUP, BOB, "writer" + w + "@svgroups.test", "save " + i, i, 100_000));
                }
                saved.addAll(mine);
                results.add(pool.submit(() -> {
                    start.await();
                    mine.forEach(store::save);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(store.forGroup(GROUP)).singleElement().isIn(saved);
    }

    private void saveAll(PendingInvitation... invitations) {
        for (PendingInvitation invitation : invitations) {
            store.save(invitation);
        }
    }

    static PendingInvitation invitation(String group, String invitee, String inviter, String reason,
                                        long createdOffsetMillis, long expiresOffsetMillis) {
        return new PendingInvitation(group, invitee, inviter, reason, T0.plusMillis(createdOffsetMillis),
                T0.plusMillis(expiresOffsetMillis));
    }

    /** A bare JID of exactly {@code length} characters. */
    static String jid(int length, String domain) {
        return "u".repeat(length - domain.length() - 1) + "@" + domain;
    }
}
