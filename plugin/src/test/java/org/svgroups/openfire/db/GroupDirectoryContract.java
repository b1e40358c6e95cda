package org.svgroups.openfire.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.svgroups.core.share.ShareKind;
import org.svgroups.openfire.admin.GroupDirectory.ItemShares;
import org.svgroups.openfire.admin.GroupRow;

/**
 * What {@link JdbcGroupDirectory} reads, on one database: Openfire's MUC tables (the columns it reads, with
 * Openfire 5.1's types) next to the plugin's schema installed from its real scripts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GroupDirectoryContract {

    private static final String SERVICE = "groups.svgroups.test";
    private static final List<String> MUC_TABLES = List.of(
            "CREATE TABLE ofMucService (serviceID BIGINT NOT NULL, subdomain VARCHAR(255) NOT NULL, PRIMARY KEY (serviceID))",
            "CREATE TABLE ofMucRoom (serviceID BIGINT NOT NULL, roomID BIGINT NOT NULL, creationDate CHAR(15) NOT NULL,"
                    + " name VARCHAR(50) NOT NULL, naturalName VARCHAR(255) NOT NULL, PRIMARY KEY (serviceID, name))",
            "CREATE TABLE ofMucAffiliation (roomID BIGINT NOT NULL, jid VARCHAR(1024) NOT NULL,"
                    + " affiliation INTEGER NOT NULL)",
            "CREATE TABLE ofMucMember (roomID BIGINT NOT NULL, jid VARCHAR(1024) NOT NULL, nickname VARCHAR(255))");

    private final TestDatabase target;
    private InstalledSchema schema;
    private JdbcGroupDirectory directory;

    GroupDirectoryContract(TestDatabase target) {
        this.target = target;
    }

    @BeforeAll
    void createSchema() throws SQLException {
        schema = InstalledSchema.on(target);
        if (schema.available()) {
            for (String table : MUC_TABLES) {
                schema.execute(table);
            }
            directory = new JdbcGroupDirectory(schema.connections(), "groups", SERVICE);
        }
    }

    @AfterAll
    void dropSchema() throws SQLException {
        schema.close();
    }

    @BeforeEach
    void fill() throws SQLException {
        for (String table : List.of("ofMucService", "ofMucRoom", "ofMucAffiliation", "ofMucMember", "ofSvgGroupActivity",
                "ofSvgShareCount")) {
            schema.emptyTable(table);
        }
        execute("INSERT INTO ofMucService VALUES (1, 'conference')");
        execute("INSERT INTO ofMucService VALUES (2, 'groups')");
        room(2, 10, "dance", "Dance crew", "2026-01-01T00:00:00Z");
        room(2, 11, "skate", "", "2026-02-01T00:00:00Z");
        room(2, 12, "lonely", "Lonely", "2026-03-01T00:00:00Z");
        // Same names on another service: not groups.
        room(1, 20, "dance", "Other dance", "2026-01-01T00:00:00Z");
        affiliation(10, "zoe@svgroups.test", 10);
        affiliation(10, "alice@svgroups.test", 10);
        affiliation(10, "bob@svgroups.test", 20);
        affiliation(10, "mallory@svgroups.test", 40);
        member(10, "carol@svgroups.test");
        member(10, "dan_100%@svgroups.test");
        affiliation(11, "erin@svgroups.test", 10);
        affiliation(20, "carol@svgroups.test", 10);
        member(20, "frank@svgroups.test");
        execute("INSERT INTO ofSvgGroupActivity (groupJID, lastActive) VALUES ('dance@" + SERVICE + "', "
                + Instant.parse("2026-11-25T10:00:00Z").toEpochMilli() + ")");
        // Active in the minute it was created: the activity's minute starts before the creation, which it shows.
        room(2, 13, "quick", "Quick", "2026-03-01T10:00:42Z");
        execute("INSERT INTO ofSvgGroupActivity (groupJID, lastActive) VALUES ('quick@" + SERVICE + "', "
                + Instant.parse("2026-03-01T10:00:00Z").toEpochMilli() + ")");
        // From a dissolved group of the same name, before this one was created.
        execute("INSERT INTO ofSvgGroupActivity (groupJID, lastActive) VALUES ('skate@" + SERVICE + "', "
                + Instant.parse("2026-01-15T10:00:00Z").toEpochMilli() + ")");
        shares(20261120, "dance@" + SERVICE, "video", "v1", 3);
        shares(20261125, "dance@" + SERVICE, "video", "v1", 2);
        shares(20261125, "dance@" + SERVICE, "product", "p1", 1);
        shares(20261124, "skate@" + SERVICE, "video", "v1", 4);
        shares(20261124, "skate@" + SERVICE, "video", "v2", 10);
        shares(20260101, "skate@" + SERVICE, "video", "old", 50);
    }

    @Test
    void listsEveryGroupOfTheServiceWithOwnerMembersActivityAndShares() {
        assertThat(directory.groups()).extracting(GroupRow::name, GroupRow::displayName, GroupRow::owner,
                        GroupRow::members, GroupRow::created, GroupRow::lastActive, GroupRow::shares)
                .containsExactlyInAnyOrder(
                        tuple("dance", "Dance crew", "alice@svgroups.test", 5, Instant.parse("2026-01-01T00:00:00Z"),
                                Instant.parse("2026-11-25T10:00:00Z"), 6L),
                        tuple("skate", "skate", "erin@svgroups.test", 1, Instant.parse("2026-02-01T00:00:00Z"), null, 64L),
                        tuple("lonely", "Lonely", null, 0, Instant.parse("2026-03-01T00:00:00Z"), null, 0L),
                        tuple("quick", "Quick", null, 0, Instant.parse("2026-03-01T10:00:42Z"),
                                Instant.parse("2026-03-01T10:00:42Z"), 0L));
        assertThat(directory.groups()).extracting(GroupRow::jid).contains("dance@" + SERVICE);
    }

    @Test
    void findsGroupsByAnyPartOfAMembersAddressInAnyCase() {
        assertThat(directory.groupsWithMember("CAROL")).containsExactly("dance");
        assertThat(directory.groupsWithMember("bob@")).containsExactly("dance");
        assertThat(directory.groupsWithMember("erin")).containsExactly("skate");
        assertThat(directory.groupsWithMember("svgroups.test")).containsExactlyInAnyOrder("dance", "skate");
        assertThat(directory.groupsWithMember("mallory")).as("outcasts are not in the group").isEmpty();
        assertThat(directory.groupsWithMember("frank")).as("another service's room").isEmpty();
    }

    @Test
    void findsTheGroupsOfAUserByTheirExactAddress() {
        assertThat(directory.groupsOf("carol@svgroups.test")).containsExactly("dance");
        assertThat(directory.groupsOf("erin@svgroups.test")).containsExactly("skate");
        assertThat(directory.groupsOf("alice@svgroups.test")).containsExactly("dance");
        assertThat(directory.groupsOf("mallory@svgroups.test")).as("an outcast").isEmpty();
        assertThat(directory.groupsOf("frank@svgroups.test")).as("another service's room").isEmpty();
        assertThat(directory.groupsOf("carol")).isEmpty();
    }

    @Test
    void listsTheMembersOfEveryGroupOfTheService() throws SQLException {
        affiliation(11, "carol@svgroups.test", 20);
        assertThat(directory.memberships()).as("owners, admins and members; no outcasts, no other service's rooms")
                .isEqualTo(Map.of(
                        "dance@" + SERVICE, Set.of("zoe@svgroups.test", "alice@svgroups.test", "bob@svgroups.test",
                                "carol@svgroups.test", "dan_100%@svgroups.test"),
                        "skate@" + SERVICE, Set.of("erin@svgroups.test", "carol@svgroups.test")));
    }

    @Test
    void wildcardsInTheSearchAreTakenLiterally() {
        assertThat(directory.groupsWithMember("_100%")).containsExactly("dance");
        assertThat(directory.groupsWithMember("%")).containsExactly("dance");
        assertThat(directory.groupsWithMember("a_i")).isEmpty();
        assertThat(directory.groupsWithMember("!")).isEmpty();
    }

    @Test
    void aGroupsSharesLatestDayFirst() {
        assertThat(directory.sharesOf("dance@" + SERVICE, LocalDate.parse("2026-11-21")))
                .extracting(ItemShares::day, ItemShares::kind, ItemShares::itemId, ItemShares::shares)
                .containsExactly(tuple(LocalDate.parse("2026-11-25"), ShareKind.VIDEO, "v1", 2L),
                        tuple(LocalDate.parse("2026-11-25"), ShareKind.PRODUCT, "p1", 1L));
    }

    @Test
    void sharesPerDayAndMostSharedItemsOverAPeriod() {
        LocalDate from = LocalDate.parse("2026-11-01");
        LocalDate to = LocalDate.parse("2026-11-30");

        assertThat(directory.sharesPerDay(from, to)).containsExactly(
                Map.entry(LocalDate.parse("2026-11-20"), 3L),
                Map.entry(LocalDate.parse("2026-11-24"), 14L),
                Map.entry(LocalDate.parse("2026-11-25"), 3L));
        assertThat(directory.mostShared(from, to, 2)).extracting(ItemShares::kind, ItemShares::itemId, ItemShares::shares)
                .containsExactly(tuple(ShareKind.VIDEO, "v2", 10L), tuple(ShareKind.VIDEO, "v1", 9L));
    }

    private void room(long service, long id, String name, String naturalName, String created) throws SQLException {
        try (Connection connection = schema.connections().open();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO ofMucRoom (serviceID, roomID, creationDate, name, naturalName) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, service);
            insert.setLong(2, id);
            insert.setString(3, String.format("%015d", Instant.parse(created).toEpochMilli()));
            insert.setString(4, name);
            insert.setString(5, naturalName);
            insert.executeUpdate();
        }
    }

    private void affiliation(long room, String jid, int affiliation) throws SQLException {
        execute("INSERT INTO ofMucAffiliation (roomID, jid, affiliation) VALUES (" + room + ", '" + jid + "', " + affiliation + ")");
    }

    private void member(long room, String jid) throws SQLException {
        execute("INSERT INTO ofMucMember (roomID, jid) VALUES (" + room + ", '" + jid + "')");
    }

    private void shares(int day, String group, String kind, String item, long count) throws SQLException {
        execute("INSERT INTO ofSvgShareCount (shareDay, groupJID, kind, itemId, shares) VALUES (" + day + ", '" + group
                + "', '" + kind + "', '" + item + "', " + count + ")");
    }

    private void execute(String sql) throws SQLException {
        schema.execute(sql);
    }
}
