package org.svgroups.openfire.bookmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svgroups.openfire.bookmarks.InMemoryBookmarks.SERVICE;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.svgroups.openfire.ManualScheduler;

class BookmarkWorkerTest {

    private final InMemoryBookmarks edges = new InMemoryBookmarks();
    private final ManualScheduler thread = new ManualScheduler();
    private boolean enabled = true;
    private final BookmarkWorker worker = new BookmarkWorker(edges.reconciler(), edges.memberships, edges.placed,
            () -> enabled, thread);

    @Test
    void aChangeIsOnlyNotedOnTheCallersThreadAndDoneOnTheWorkersOncePerUser() {
        edges.group("dance", "Dance crew", "bob@example.org", "carol@example.org");

        worker.membersChanged("dance@" + SERVICE, List.of("bob@example.org"));
        worker.membersChanged("dance@" + SERVICE, List.of("bob@example.org", "carol@example.org"));
        assertThat(edges.writes).as("nothing yet on the caller's thread").isEmpty();

        thread.runReady();
        assertThat(edges.writes).containsExactly("bob", "carol");
    }

    @Test
    void aRenamedGroupIsRenamedInEveryMembersBookmarks() {
        edges.group("dance", "Dance crew", "bob@example.org", "carol@example.org");
        worker.membersChanged("dance@" + SERVICE, List.of("bob@example.org", "carol@example.org"));
        thread.runReady();
        edges.names.put("dance@" + SERVICE, "Dance crew 2026");

        worker.groupChanged("dance@" + SERVICE);
        thread.runReady();

        assertThat(edges.stored.get("bob").asXML()).contains("name=\"Dance crew 2026\"");
        assertThat(edges.stored.get("carol").asXML()).contains("name=\"Dance crew 2026\"");
    }

    @Test
    void aDissolvedGroupLeavesTheBookmarksOfEveryoneWhoHadIt() {
        edges.group("dance", "Dance crew", "bob@example.org", "carol@example.org");
        edges.group("skate", "Skate", "bob@example.org");
        worker.membersChanged("dance@" + SERVICE, List.of("bob@example.org", "carol@example.org"));
        thread.runReady();
        edges.groups.remove("dance@" + SERVICE);

        worker.groupDissolved("dance@" + SERVICE);
        thread.runReady();

        assertThat(edges.conferences("bob")).containsExactly("skate@" + SERVICE);
        assertThat(edges.conferences("carol")).isEmpty();
        assertThat(edges.placed.holdersOf("dance@" + SERVICE)).isEmpty();
    }

    @Test
    void reconcilingEveryoneAddsWhatIsMissingAndRemovesWhatIsStale() {
        edges.group("dance", "Dance crew", "bob@example.org");
        edges.placedRows.put("dan@example.org", Set.of("gone@" + SERVICE));
        edges.stored.put("dan", withGroup("gone"));

        worker.reconcileEveryone();
        thread.runReady();

        assertThat(edges.conferences("bob")).containsExactly("dance@" + SERVICE);
        assertThat(edges.conferences("dan")).isEmpty();
        assertThat(edges.placedRows).containsOnlyKeys("bob@example.org");
    }

    @Test
    void reconcilingEveryoneReadsEveryMembershipOnceNotEachUsersGroups() {
        edges.group("dance", "Dance crew", "bob@example.org", "carol@example.org");
        edges.group("skate", "Skate", "bob@example.org");

        worker.reconcileEveryone();
        thread.runReady();

        assertThat(edges.groupQueries).isZero();
        assertThat(edges.candidateLookups).isEqualTo(2);
        assertThat(edges.conferences("bob")).containsExactly("dance@" + SERVICE, "skate@" + SERVICE);
    }

    @Test
    void aChangeNotedWhileEveryoneIsReconciledIsReadAfresh() {
        edges.group("dance", "Dance crew", "bob@example.org");
        worker.reconcileEveryone();
        thread.runOne();
        // bob's list says dance; then he joins skate before his turn.
        edges.group("skate", "Skate", "bob@example.org");
        worker.membersChanged("skate@" + SERVICE, List.of("bob@example.org"));

        thread.runReady();

        assertThat(edges.conferences("bob")).containsExactly("dance@" + SERVICE, "skate@" + SERVICE);
    }

    @Test
    void aFailedUserIsTriedAgainLaterAFewTimesThenGivenUp() {
        edges.group("dance", "Dance crew", "bob@example.org");
        edges.failure = new IllegalStateException("database down");

        worker.membersChanged("dance@" + SERVICE, List.of("bob@example.org"));
        thread.runReady();
        thread.letTimePass();
        thread.letTimePass();
        thread.letTimePass();

        assertThat(thread.delays).hasSize(BookmarkWorker.ATTEMPTS - 1).containsOnly(BookmarkWorker.RETRY_DELAY);
        assertThat(edges.writes).isEmpty();
    }

    @Test
    void aFailedUserIsDoneOnceTheCauseIsGone() {
        edges.group("dance", "Dance crew", "bob@example.org");
        edges.failure = new IllegalStateException("database down");
        worker.membersChanged("dance@" + SERVICE, List.of("bob@example.org"));
        thread.runReady();

        edges.failure = null;
        thread.letTimePass();

        assertThat(edges.conferences("bob")).containsExactly("dance@" + SERVICE);
    }

    @Test
    void nothingIsQueuedWhileTheFeatureIsOff() {
        edges.group("dance", "Dance crew", "bob@example.org");
        enabled = false;

        worker.membersChanged("dance@" + SERVICE, List.of("bob@example.org"));
        worker.groupChanged("dance@" + SERVICE);
        worker.reconcileEveryone();
        thread.runReady();

        assertThat(edges.writes).isEmpty();
    }

    @Test
    void closingStopsTheThread() {
        worker.close();

        assertThat(thread.isShutdown()).isTrue();
    }

    private static org.dom4j.Element withGroup(String node) {
        org.dom4j.Element storage = StorageBookmarks.empty();
        storage.addElement(org.dom4j.QName.get("conference", StorageBookmarks.NAMESPACE))
                .addAttribute("jid", node + "@" + SERVICE);
        return storage;
    }
}
