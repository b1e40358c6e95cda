package org.svgroups.openfire.bookmarks;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jivesoftware.openfire.cluster.ClusterManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.core.bookmarks.MemberBookmarksRule;
import org.svgroups.core.bookmarks.PlacedBookmarks;
import org.svgroups.core.group.MembershipChanges;

/**
 * Keeps members' bookmarks up with their groups, on a thread of its own: a membership change only notes who is
 * concerned, so the packet threads (and the room locks they hold) never wait for the database or for PEP. Users
 * waiting are reconciled once however many changes concern them; one whose reconciliation fails (the database is
 * down, say) is tried again later, a few times.
 */
public final class BookmarkWorker implements MembershipChanges, AutoCloseable {

    private static final Logger Log = LoggerFactory.getLogger(BookmarkWorker.class);
    static final int ATTEMPTS = 3;
    static final Duration RETRY_DELAY = Duration.ofMinutes(1);

    private final MemberBookmarks bookmarks;
    private final Memberships memberships;
    private final PlacedBookmarks placed;
    private final BooleanSupplier enabled;
    private final ScheduledExecutorService executor;
    /** Users waiting, with what is known of them. Guarded by this. */
    private final Map<String, Waiting> waiting = new LinkedHashMap<>();
    /** Whether a drain is queued or running. Guarded by this. */
    private boolean draining;

    /**
     * @param enabled  whether the feature is on (read at each change: turning it off stops further changes)
     * @param executor a single thread, owned by the worker from now on
     */
    BookmarkWorker(MemberBookmarks bookmarks, Memberships memberships, PlacedBookmarks placed, BooleanSupplier enabled,
                   ScheduledExecutorService executor) {
        this.bookmarks = bookmarks;
        this.memberships = memberships;
        this.placed = placed;
        this.enabled = enabled;
        this.executor = executor;
    }

    /**
     * A worker writing through Openfire's private storage, the same on every node of a cluster.
     *
     * @param xmppDomain    the server's domain (users of other servers are skipped)
     * @param serviceDomain the group service's domain
     * @param locks         a user's lock, shared by the cluster
     * @param enabled       whether the feature is on, read at each change
     * @param executor      a single thread, owned by the worker from now on
     */
    public static BookmarkWorker start(String xmppDomain, String serviceDomain, Memberships memberships,
                                       PlacedBookmarks placed, Function<String, Lock> locks, BooleanSupplier enabled,
                                       ScheduledExecutorService executor) {
        MemberBookmarks bookmarks = new MemberBookmarks(xmppDomain, new MemberBookmarksRule(serviceDomain), memberships,
                new ClusteredBookmarkStorage(new PrivateDataBookmarkStorage(), new PepBookmarkCopies(),
                        ClusterManager::isClusteringStarted), placed, locks);
        return new BookmarkWorker(bookmarks, memberships, placed, enabled, executor);
    }

    /**
     * A user waiting: the attempts made so far, and the groups a list of every membership gave them (null: their
     * groups are read when their turn comes).
     */
    private record Waiting(int attempts, Set<String> candidates) {
    }

    @Override
    public void membersChanged(String group, Collection<String> users) {
        if (enabled.getAsBoolean()) {
            request(users, 0);
        }
    }

    @Override
    public void groupChanged(String group) {
        if (enabled.getAsBoolean()) {
            expand("group " + group, () -> {
                Set<String> users = new HashSet<>(memberships.membersOf(group));
                users.addAll(placed.holdersOf(group));
                return users;
            });
        }
    }

    @Override
    public void groupDissolved(String group) {
        if (enabled.getAsBoolean()) {
            expand("dissolved group " + group, () -> placed.holdersOf(group));
        }
    }

    /**
     * Reconciles everyone in a group and everyone svgroups ever placed a bookmark for (on plugin load), and logs
     * how long it took once they are all done.
     */
    public void reconcileEveryone() {
        if (!enabled.getAsBoolean()) {
            return;
        }
        long start = System.nanoTime();
        executor.execute(() -> {
            try {
                // One query for every membership, rather than one per user for their groups.
                Map<String, Set<String>> groupsByUser = memberships.groupsByUser();
                Set<String> users = new HashSet<>(groupsByUser.keySet());
                users.addAll(placed.users());
                Log.info("svgroups: reconciling the bookmarks of {} users in the background.", users.size());
                synchronized (this) {
                    for (String user : users) {
                        // A change noted meanwhile stays: its user's groups are read afresh.
                        waiting.putIfAbsent(user, new Waiting(0, groupsByUser.getOrDefault(user, Set.of())));
                    }
                }
                startDraining();
                // Queued behind the drain of these users, on the same thread: it runs once they are all done.
                executor.execute(() -> Log.info("svgroups: reconciled the bookmarks of {} users in {} ms.",
                        users.size(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)));
            } catch (RuntimeException e) {
                Log.warn("svgroups could not find whose bookmarks to reconcile: {}", e.toString());
            }
        });
    }

    /** Finds who is concerned on the worker's thread (it reads the database), then queues them. */
    private void expand(String what, Supplier<Collection<String>> users) {
        executor.execute(() -> {
            try {
                request(users.get(), 0);
            } catch (RuntimeException e) {
                Log.warn("svgroups could not find whose bookmarks to update for {}: {}", what, e.toString());
            }
        });
    }

    /** Queues the users to have their groups read when their turn comes (replacing what a list gave them). */
    private void request(Collection<String> users, int attempts) {
        synchronized (this) {
            for (String user : users) {
                Waiting before = waiting.get(user);
                waiting.put(user, new Waiting(before == null ? attempts : before.attempts(), null));
            }
        }
        startDraining();
    }

    private void startDraining() {
        boolean start;
        synchronized (this) {
            start = !draining && !waiting.isEmpty();
            draining |= start;
        }
        if (start) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            String user;
            Waiting next;
            synchronized (this) {
                Iterator<Map.Entry<String, Waiting>> entries = waiting.entrySet().iterator();
                if (!entries.hasNext()) {
                    draining = false;
                    return;
                }
                Map.Entry<String, Waiting> entry = entries.next();
                entries.remove();
                user = entry.getKey();
                next = entry.getValue();
            }
            int attempts = next.attempts() + 1;
            try {
                bookmarks.reconcile(user, next.candidates());
            } catch (RuntimeException e) {
                if (attempts < ATTEMPTS) {
                    Log.warn("svgroups could not update the bookmarks of {} (attempt {}); trying again in {}: {}",
                            user, attempts, RETRY_DELAY, e.toString());
                    executor.schedule(() -> request(Set.of(user), attempts), RETRY_DELAY.toMillis(), TimeUnit.MILLISECONDS);
                } else {
                    Log.error("svgroups gave up updating the bookmarks of {}; the next plugin load reconciles them.", user, e);
                }
            }
        }
    }

    /** Stops the thread; what is still waiting is done at the next load, which reconciles everyone. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                Log.warn("svgroups: the bookmark thread did not stop within 5 s.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
