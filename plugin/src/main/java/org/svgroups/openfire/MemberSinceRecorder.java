package org.svgroups.openfire;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.core.group.MemberSince;
import org.svgroups.core.group.MemberSinceStore;
import org.svgroups.core.group.MembershipChanges;
import org.svgroups.openfire.admin.GroupDirectory;

/**
 * Keeps the moment each person became part of a group, which decides what of the archive they may read: recorded
 * when a membership starts (the moment of the change, taken on the caller's thread), forgotten when it ends, so
 * that someone who leaves and comes back reads only from their return. The database work runs on a thread of its
 * own; until it has written a moment, {@link #since} answers from what was noted, so that someone made a member
 * a moment ago reads what was said since (not nothing, as for a member without a record). Each load puts the
 * records in line with the groups (members added while the plugin was away count from then; records of people or
 * groups gone are dropped).
 */
final class MemberSinceRecorder implements MembershipChanges, MemberSince, AutoCloseable {

    private static final Logger Log = LoggerFactory.getLogger(MemberSinceRecorder.class);

    private final GroupService groups;
    private final GroupDirectory directory;
    private final MemberSinceStore store;
    private final Clock clock;
    private final ExecutorService executor;
    /** Moments noted and not yet written, by group and user ("group user"), and by group for whole-group changes. */
    private final ConcurrentMap<String, Instant> noted = new ConcurrentHashMap<>();

    /** @param executor a single thread, owned by the recorder from now on */
    MemberSinceRecorder(GroupService groups, GroupDirectory directory, MemberSinceStore store, Clock clock,
                        ExecutorService executor) {
        this.groups = groups;
        this.directory = directory;
        this.store = store;
        this.clock = clock;
        this.executor = executor;
    }

    @Override
    public void membersChanged(String group, Collection<String> users) {
        Instant now = clock.instant();
        users.forEach(user -> noted.put(group + " " + user, now));
        run("the members " + users + " of " + group, () -> {
            try {
                Set<String> members = groups.membersOf(group);
                for (String user : users) {
                    if (members.contains(user)) {
                        store.recordIfAbsent(group, user, now);
                    } else {
                        store.forget(group, user);
                    }
                }
            } finally {
                // Written or failed (then the next load records them): either way no longer on its way.
                users.forEach(user -> noted.remove(group + " " + user, now));
            }
        });
    }

    @Override
    public void groupChanged(String group) {
        Instant now = clock.instant();
        noted.put(group, now);
        run(group, () -> {
            try {
                reconcile(group, groups.membersOf(group), now);
            } finally {
                noted.remove(group, now);
            }
        });
    }

    /**
     * The recorded moment, else the one noted and not yet written. For a current member only (the caller checks):
     * a moment noted for someone who has just left is gone once written.
     */
    @Override
    public Optional<Instant> since(String group, String user) {
        Optional<Instant> recorded = store.since(group, user);
        if (recorded.isPresent()) {
            return recorded;
        }
        Instant pending = noted.get(group + " " + user);
        return Optional.ofNullable(pending != null ? pending : noted.get(group));
    }

    @Override
    public void groupDissolved(String group) {
        run("dissolved " + group, () -> store.forgetGroup(group));
    }

    /** Puts every group's records in line with its members (on plugin load). */
    void reconcileEveryone() {
        Instant now = clock.instant();
        run("every group", () -> {
            Map<String, Set<String>> memberships = directory.memberships();
            memberships.forEach((group, members) -> reconcile(group, members, now));
            Set<String> gone = new HashSet<>(store.groups());
            gone.removeAll(memberships.keySet());
            gone.forEach(store::forgetGroup);
        });
    }

    private void reconcile(String group, Set<String> members, Instant now) {
        Set<String> recorded = store.usersOf(group);
        for (String member : members) {
            if (!recorded.contains(member)) {
                store.recordIfAbsent(group, member, now);
            }
        }
        for (String user : recorded) {
            if (!members.contains(user)) {
                store.forget(group, user);
            }
        }
    }

    private void run(String what, Runnable work) {
        executor.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                // The next load puts it right: until then, someone may read from the start or not at all.
                Log.warn("svgroups could not record when {} joined: {}", what, e.toString());
            }
        });
    }

    /** Finishes what was noted (a few statements at most), then stops the thread. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
                Log.warn("svgroups: the member-since thread did not finish within 5 s.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
