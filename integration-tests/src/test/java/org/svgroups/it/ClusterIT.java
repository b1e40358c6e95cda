package org.svgroups.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.svgroups.it.Members.jid;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.muc.MUCAffiliation;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.xdata.form.FillableForm;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.svgroups.client.GroupMessage;
import org.svgroups.client.GroupSummary;
import org.svgroups.client.HistoryMessage;
import org.svgroups.client.HistoryPage;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.client.SvGroupsException;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.it.server.OpenfireInstance;

/**
 * svgroups on a two-node Openfire cluster ({@link RealCluster}), with users connected to different nodes: the group
 * rules, pending invitations, the archive, the rate limits, bookmarks and the console are the same whichever node a
 * user is on; the reconciliation on load runs on the senior member only, and again on the node that becomes senior when it
 * stops or is killed, while members on the surviving node keep talking. The last tests stop and kill nodes, so
 * they run in order after the others.
 */
@ExtendWith(RealCluster.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String RECONCILES = RealCluster.RECONCILES;
    private static final String LEAVES_IT = RealCluster.LEAVES_IT;
    private static final String TESS = RealOpenfire.MINOR;
    /** The archive's flush period (1 s) with room for a batch being written on a busy machine (as in CrashIT). */
    private static final Duration FLUSH_WINDOW = Duration.ofSeconds(3);
    /** How long members talk before a node is killed, and again after. */
    private static final Duration TALKING = Duration.ofSeconds(4);
    /** How often each node adds its counts to the database. */
    private static final Duration COUNTER_FLUSH = Duration.ofSeconds(10);
    private static final Pattern INVITATIONS_SENT = Pattern.compile(
            "id=\"svgroups-stats-invitations\".*?<td>Sent:</td>\\s*<td>(\\d+)</td>", Pattern.DOTALL);
    /** What Hazelcast logs when a node is the only member left. */
    private static final String ALONE = "Members \\{size:1,";

    @Test
    @Order(1)
    void aStrangerIsRefusedOnEitherNodeForAGroupMadeOnOne(RealCluster.Cluster cluster) throws Exception {
        try (SvGroupsClient aliceOnA = Users.connect("alice", RealCluster.NODE_A);
             SvGroupsClient aliceOnB = Users.connect("alice", RealCluster.NODE_B)) {
            EntityBareJid group = aliceOnA.createGroup("Rules on both nodes", List.of("bob")).jid();

            Throwable onA = catchThrowable(() -> aliceOnA.invite(group, RealOpenfire.STRANGER, null));
            Throwable onB = catchThrowable(() -> aliceOnB.invite(group, RealOpenfire.STRANGER, null));

            assertRefused(onA, AppCondition.NOT_FRIENDS, "on node A");
            assertRefused(onB, AppCondition.NOT_FRIENDS, "on node B");
            Map<String, MUCAffiliation> expected = Map.of(jid("alice"), MUCAffiliation.owner, jid("bob"), MUCAffiliation.member);
            assertThat(Members.of(aliceOnA, group)).isEqualTo(expected);
            assertThat(Members.of(aliceOnB, group)).isEqualTo(expected);
        }
    }

    @Test
    @Order(2)
    void anInvitationMadeOnOneNodeIsAcceptedOnTheOther(RealCluster.Cluster cluster) throws Exception {
        try (SvGroupsClient aliceOnA = Users.connect("alice", RealCluster.NODE_A);
             SvGroupsClient tessOnB = Users.connect(TESS, RealCluster.NODE_B)) {
            EntityBareJid group = aliceOnA.createGroup("Invited across nodes", List.of()).jid();

            aliceOnA.invite(group, TESS, "come along");

            assertThat(tessOnB.invitations().receivedFor(group)).as("tess's pending invitation, read on node B")
                    .hasValueSatisfying(invitation -> assertThat(invitation.reason()).isEqualTo("come along"));
            assertThat(Members.of(aliceOnA, group)).doesNotContainKey(jid(TESS));

            tessOnB.accept(group);

            assertThat(Members.of(aliceOnA, group)).isEqualTo(
                    Map.of(jid("alice"), MUCAffiliation.owner, jid(TESS), MUCAffiliation.member));
            assertThat(tessOnB.listGroups()).extracting(GroupSummary::jid).contains(group);
            assertThat(aliceOnA.invitations().sent()).as("alice's sent invitations, read on node A")
                    .noneMatch(sent -> sent.group().equals(group));
        }
    }

    @Test
    @Order(3)
    void aMessageSentOnOneNodeReachesTheOtherAndBothReadOneArchive(RealCluster.Cluster cluster) throws Exception {
        try (SvGroupsClient carolOnA = Users.connect("carol", RealCluster.NODE_A);
             SvGroupsClient bobOnB = Users.connect("bob", RealCluster.NODE_B)) {
            EntityBareJid group = carolOnA.createGroup("Across nodes", List.of("bob")).jid();
            bobOnB.join(group);

            GroupMessage fromA = carolOnA.send(group, "sent on node A");
            GroupMessage seenOnB = bobOnB.awaitMessage(group, m -> "sent on node A".equals(m.body()), WAIT)
                    .orElseThrow(() -> new AssertionError("bob, on node B, did not receive carol's message"));
            GroupMessage fromB = bobOnB.send(group, "sent on node B");
            GroupMessage seenOnA = carolOnA.awaitMessage(group, m -> "sent on node B".equals(m.body()), WAIT)
                    .orElseThrow(() -> new AssertionError("carol, on node A, did not receive bob's message"));

            assertThat(seenOnB.stanzaId()).isPresent().isEqualTo(fromA.stanzaId());
            assertThat(seenOnA.stanzaId()).isPresent().isEqualTo(fromB.stanzaId());
            HistoryPage onA = ArchivedHistory.awaitCount(carolOnA, group, 50, 2);
            HistoryPage onB = ArchivedHistory.awaitCount(bobOnB, group, 50, 2);
            assertThat(ids(onA)).as("the archive read on node A")
                    .containsExactly(fromA.stanzaId().get(), fromB.stanzaId().get());
            assertThat(ids(onB)).as("the archive read on node B").isEqualTo(ids(onA));
            assertThat(onB.messages()).extracting(HistoryMessage::body).containsExactly("sent on node A", "sent on node B");
        }
    }

    @Test
    @Order(4)
    void groupsCreatedOnEitherNodeCountAgainstOneDailyLimit(RealCluster.Cluster cluster) throws Exception {
        // The server counts in UTC days: a run that straddles midnight proves nothing, and is aborted.
        LocalDate day = LocalDate.now(ZoneOffset.UTC);
        try (SvGroupsClient ritaOnA = Users.connect(RealOpenfire.RATE_LIMITED, RealCluster.NODE_A);
             SvGroupsClient ritaOnB = Users.connect(RealOpenfire.RATE_LIMITED, RealCluster.NODE_B)) {
            for (int i = 1; i < RealCluster.GROUPS_PER_DAY; i++) {
                ritaOnA.createGroup("Rita's group " + i + " on A", List.of());
            }
            ritaOnB.createGroup("Rita's last group on B", List.of());

            Throwable onA = catchThrowable(() -> ritaOnA.createGroup("One too many on A", List.of()));
            Throwable onB = catchThrowable(() -> ritaOnB.createGroup("One too many on B", List.of()));
            Assumptions.assumeTrue(LocalDate.now(ZoneOffset.UTC).equals(day), "the run crossed midnight UTC");

            assertRefused(onA, AppCondition.RATE_LIMITED, "on node A");
            assertRefused(onB, AppCondition.RATE_LIMITED, "on node B");
            assertThat(ritaOnA.listGroups()).hasSize(RealCluster.GROUPS_PER_DAY);
        }
    }

    @Test
    @Order(5)
    void theConsoleOfEitherNodeListsTheGroupsMadeOnBoth(RealCluster.Cluster cluster) throws Exception {
        try (SvGroupsClient aliceOnA = Users.connect("alice", RealCluster.NODE_A);
             SvGroupsClient daveOnB = Users.connect("dave", RealCluster.NODE_B)) {
            aliceOnA.createGroup("Made on node A", List.of());
            daveOnB.createGroup("Made on node B", List.of());
        }

        for (OpenfireInstance node : List.of(cluster.a(), cluster.b())) {
            String page = ConsoleSession.login(node.address(), "admin").get("plugins/svgroups/svgroups-groups.jsp");
            assertThat(page).as("the Groups page of the node on " + node.address())
                    .contains("Made on node A", "Made on node B");
        }
    }

    /**
     * Each node counts what it admits and adds it to the database's rows when it flushes (every 10 s): invitations
     * made on both nodes are counted once each, and the Statistics page of either node shows the same total.
     */
    @Test
    @Order(5)
    void invitationsMadeOnBothNodesAreCountedOnceOnTheStatisticsOfEither(RealCluster.Cluster cluster) throws Exception {
        ConsoleSession consoleOfA = ConsoleSession.login(cluster.a().address(), "admin");
        ConsoleSession consoleOfB = ConsoleSession.login(cluster.b().address(), "admin");
        long before = settledInvitationsSent(consoleOfA);
        try (SvGroupsClient bobOnA = Users.connect("bob", RealCluster.NODE_A);
             SvGroupsClient bobOnB = Users.connect("bob", RealCluster.NODE_B)) {
            EntityBareJid group = bobOnA.createGroup("Counted once", List.of()).jid();
            bobOnA.invite(group, "carol", "from node A");
            bobOnB.invite(group, "dave", "from node B");
        }
        Instant deadline = Instant.now().plus(COUNTER_FLUSH.multipliedBy(3));
        while (invitationsSent(consoleOfA) < before + 2 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        Thread.sleep(COUNTER_FLUSH.plusSeconds(1).toMillis());
        assertThat(invitationsSent(consoleOfA)).as("invitations sent, on the Statistics page of node A").isEqualTo(before + 2);
        assertThat(invitationsSent(consoleOfB)).as("the same on node B").isEqualTo(before + 2);
    }

    /** The count once both nodes have flushed what earlier tests left: two reads a flush apart agree. */
    private static long settledInvitationsSent(ConsoleSession console) throws Exception {
        long last = invitationsSent(console);
        for (int i = 0; i < 5; i++) {
            Thread.sleep(COUNTER_FLUSH.plusSeconds(1).toMillis());
            long now = invitationsSent(console);
            if (now == last) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("the invitation count did not settle: " + last);
    }

    private static long invitationsSent(ConsoleSession console) throws Exception {
        String page = console.get("plugins/svgroups/svgroups-statistics.jsp");
        Matcher sent = INVITATIONS_SENT.matcher(page);
        assertThat(sent.find()).as("the Statistics page shows the invitations sent").isTrue();
        return Long.parseLong(sent.group(1));
    }

    /**
     * Each node keeps its own copy of bob's PEP service, and Openfire tells the other node of a new item in none of
     * these steps: svgroups refreshes the copy it reads, and asks the other node to refresh its own after writing.
     */
    @Test
    @Order(4)
    void aMembersBookmarkFollowsTheirMembershipWhicheverNodeWritesOrReadsIt(RealCluster.Cluster cluster)
            throws Exception {
        String chess = "chess@conference." + RealOpenfire.DOMAIN;
        try (SvGroupsClient daveOnA = Users.connect("dave", RealCluster.NODE_A);
             SvGroupsClient bobOnA = Users.connect("bob", RealCluster.NODE_A);
             SvGroupsClient bobOnB = Users.connect("bob", RealCluster.NODE_B)) {
            // Node A's svgroups writes bob's bookmark (the group was made there); bob reads it on both nodes.
            EntityBareJid group = daveOnA.createGroup("Bookmarked across nodes", List.of("bob")).jid();
            assertThat(StoredBookmarks.await(bobOnB, group).getName()).isEqualTo("Bookmarked across nodes");
            assertThat(StoredBookmarks.await(bobOnA, group).getName()).isEqualTo("Bookmarked across nodes");

            // bob's client adds a bookmark of his own on B; then A renames the group, reading bob's bookmarks on A.
            StoredBookmarks.store(bobOnB, StoredBookmarks.raw("<conference jid='" + chess + "' name='Chess'/>"
                    + "<conference jid='" + group + "' name='Bookmarked across nodes' autojoin='true'><nick>bob</nick>"
                    + "</conference>"));
            MultiUserChat room = AddPath.room(daveOnA, group);
            FillableForm form = room.getConfigurationForm().getFillableForm();
            form.setAnswer("muc#roomconfig_roomname", "Renamed across nodes");
            room.sendConfigurationForm(form);
            StoredBookmarks.await(bobOnB, group, entry -> "Renamed across nodes".equals(entry.getName()));
            StoredBookmarks.await(bobOnA, group, entry -> "Renamed across nodes".equals(entry.getName()));
            assertThat(StoredBookmarks.conference(bobOnB, JidCreate.entityBareFrom(chess))).as("bob's own bookmark")
                    .isPresent();

            // bob leaves through his session on B (written on B): node A, which wrote the bookmark, drops it too.
            bobOnB.leave(group);
            StoredBookmarks.awaitNone(bobOnB, group);
            StoredBookmarks.awaitNone(bobOnA, group);

            // dave adds him back on A: A's svgroups sees the removal made on B, and B sees A's new bookmark.
            room.grantMembership(Members.bareJid("bob"));
            assertThat(StoredBookmarks.await(bobOnB, group).getName()).isEqualTo("Renamed across nodes");
            StoredBookmarks.await(bobOnA, group);
            assertThat(StoredBookmarks.of(bobOnA).getBookmarkedConferences()).extracting(c -> c.getJid().toString())
                    .as("bob's bookmarks read on A").contains(chess, group.toString());
        }
    }

    @Test
    @Order(5)
    void theClusteringPageOfEitherNodeListsBothNodes(RealCluster.Cluster cluster) throws Exception {
        List<String> links = new ArrayList<>();
        for (OpenfireInstance node : List.of(cluster.a(), cluster.b())) {
            // The page links each node by its node id, as bytes in URL-safe Base64, URL-encoded.
            String uid = Base64.getUrlEncoder().encodeToString(node.nodeId().getBytes(StandardCharsets.UTF_8));
            links.add("system-clustering-node.jsp?UID=" + URLEncoder.encode(uid, StandardCharsets.UTF_8));
        }

        for (OpenfireInstance node : List.of(cluster.a(), cluster.b())) {
            String page = ConsoleSession.login(node.address(), "admin").get("system-clustering.jsp");
            assertThat(page).as("the clustering page of the node on " + node.address()).contains(links);
        }
    }

    @Test
    @Order(6)
    void onlyTheSeniorMemberReconciles(RealCluster.Cluster cluster) throws Exception {
        // A was started first, so it is the senior member; both held back while their clustering started.
        int onA = cluster.reconciliationsOfABeforeTheCluster() + 1;
        cluster.a().awaitLogged(RECONCILES, onA);

        assertThat(cluster.a().logged(RECONCILES)).as("reconciliations on node A").isEqualTo(onA);
        assertThat(cluster.b().logged(LEAVES_IT)).as("node B left it to the senior").isEqualTo(1);
        assertThat(cluster.b().logged(RECONCILES)).as("reconciliations on node B").isZero();
    }

    @Test
    @Order(7)
    void theReconciliationMovesToTheNodeThatBecomesSenior(RealCluster.Cluster cluster) throws Exception {
        OpenfireInstance a = cluster.a();
        OpenfireInstance b = cluster.b();

        a.stop();

        b.awaitLogged(RECONCILES, 1);
        int onA = a.logged(RECONCILES);
        int leftByA = a.logged(LEAVES_IT);
        int joinsOfA = a.logged(RealCluster.JOINED);
        a.start();
        a.awaitLogged(RealCluster.JOINED, joinsOfA + 1);
        b.awaitLogged(RealCluster.TWO_MEMBERS, 2);
        // A rejoined as a plain member: it left the reconciliation to B, and B did not reconcile again.
        assertThat(a.logged(LEAVES_IT)).as("node A left it to the senior on its restart").isEqualTo(leftByA + 1);
        assertThat(a.logged(RECONCILES)).as("reconciliations on node A").isEqualTo(onA);
        assertThat(b.logged(RECONCILES)).as("reconciliations on node B").isEqualTo(1);
    }

    @Test
    @Order(8)
    void membersOnTheSurvivingNodeKeepTalkingWhenTheOtherIsKilled(RealCluster.Cluster cluster) throws Exception {
        OpenfireInstance a = cluster.a();
        OpenfireInstance b = cluster.b();
        try (SvGroupsClient aliceOnA = Users.connect("alice", RealCluster.NODE_A);
             SvGroupsClient bobOnA = Users.connect("bob", RealCluster.NODE_A)) {
            EntityBareJid group;
            List<Talker.Acknowledged> fromB;
            List<Talker.Acknowledged> fromA;
            Instant killed;
            Instant alone;
            Set<String> receivedByBob = ConcurrentHashMap.newKeySet();
            try (SvGroupsClient carolOnB = Users.connect("carol", RealCluster.NODE_B)) {
                group = carolOnB.createGroup("Survivors", List.of("alice", "bob")).jid();
                carolOnB.invite(group, TESS, "before the crash");
                aliceOnA.join(group);
                bobOnA.join(group);
                bobOnA.addMessageListener(group, message -> receivedByBob.add(message.body()));
                int reconciledOnA = a.logged(RECONCILES);
                int aloneBefore = a.logged(ALONE);

                // Both nodes under load: carol on B until B dies, alice on A before, through and after it.
                try (Talker carol = Talker.untilFailure(carolOnB, group, "from B");
                     Talker alice = Talker.throughFailures(aliceOnA, group, "from A", Duration.ofMillis(20))) {
                    Thread.sleep(TALKING.toMillis());
                    killed = Instant.now();
                    b.crash();
                    a.awaitLogged(ALONE, aloneBefore + 1);
                    alone = Instant.now();
                    Thread.sleep(TALKING.toMillis());
                    fromB = carol.stop();
                    fromA = alice.stop();
                    System.out.printf("ClusterIT: %d messages acknowledged on B before its kill; on A %d, %d failed, "
                                    + "the longest wait for an acknowledgement %d ms%n", fromB.size(), fromA.size(),
                            alice.failures(), Talker.longestGap(fromA).toMillis());
                }
                a.awaitLogged(RECONCILES, reconciledOnA + 1);
            }

            assertThat(fromA.stream().filter(m -> m.at().isAfter(alone))).as("acknowledged on A once it is alone")
                    .isNotEmpty();
            // Acknowledged means delivered: bob, on the same node, has every one of alice's.
            Instant deadline = Instant.now().plus(WAIT);
            while (!receivedByBob.containsAll(bodies(fromA)) && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
            assertThat(receivedByBob).containsAll(bodies(fromA));
            Thread.sleep(FLUSH_WINDOW.toMillis());
            Set<String> archived = ArchivedHistory.allIds(aliceOnA, group);
            assertThat(fromA).extracting(Talker.Acknowledged::id).as("alice's messages, archived by A").allMatch(archived::contains);
            List<Talker.Acknowledged> lost = fromB.stream().filter(m -> !archived.contains(m.id())).toList();
            System.out.printf("ClusterIT: %d of B's messages not in the archive%s%n", lost.size(),
                    lost.isEmpty() ? "" : ", the earliest " + Duration.between(lost.get(0).at(), killed).toMillis() + " ms before the kill");
            assertThat(lost).as("B's messages lost with it, all within %s of the kill", FLUSH_WINDOW)
                    .allSatisfy(m -> assertThat(m.at()).isAfter(killed.minus(FLUSH_WINDOW)));
            assertThat(fromB).as("acknowledged on B").hasSizeGreaterThan(10);

            Map<String, MUCAffiliation> members = Map.of(jid("carol"), MUCAffiliation.owner,
                    jid("alice"), MUCAffiliation.member, jid("bob"), MUCAffiliation.member);
            assertThat(Members.of(aliceOnA, group)).isEqualTo(members);
            try (SvGroupsClient tessOnA = Users.connect(TESS, RealCluster.NODE_A)) {
                assertThat(tessOnA.invitations().receivedFor(group)).as("tess's invitation, made on the killed node")
                        .hasValueSatisfying(invitation -> assertThat(invitation.reason()).isEqualTo("before the crash"));
            }
        }
    }

    private static Set<String> bodies(List<Talker.Acknowledged> messages) {
        return messages.stream().map(Talker.Acknowledged::body).collect(Collectors.toSet());
    }

    private static List<String> ids(HistoryPage page) {
        return page.messages().stream().map(HistoryMessage::id).toList();
    }

    private static void assertRefused(Throwable thrown, AppCondition condition, String where) {
        assertThat(thrown).as(where).isInstanceOfSatisfying(SvGroupsException.Refused.class, refused -> {
            assertThat(refused.getCondition()).as(refused.getRefusal().toString()).contains(condition);
            assertThat(refused.getStanzaCondition()).isEqualTo(StanzaError.Condition.fromString(condition.stanzaCondition()));
        });
    }
}
