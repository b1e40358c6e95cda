package org.svgroups.openfire;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TimerTask;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jivesoftware.database.DbConnectionManager;
import org.jivesoftware.openfire.XMPPServer;
import org.jivesoftware.openfire.container.Plugin;
import org.jivesoftware.openfire.container.PluginManager;
import org.jivesoftware.openfire.handler.IQHandler;
import org.jivesoftware.openfire.muc.MUCEventDispatcher;
import org.jivesoftware.util.TaskEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.core.cluster.OnceInCluster;
import org.svgroups.core.archive.ArchiveBuffer;
import org.svgroups.core.archive.ArchiveClock;
import org.svgroups.core.archive.ArchiveFeatureRule;
import org.svgroups.core.archive.ArchiveRetention;
import org.svgroups.core.archive.ArchiveStore;
import org.svgroups.core.group.MemberSince;
import org.svgroups.openfire.db.JdbcArchive;

/**
 * The groups' history (XEP-0313) in Openfire: the listener that captures delivered messages into the buffer, the
 * flush that writes them in batches, the MAM handlers (urn:xmpp:mam:2, and refusals of the older versions; kept
 * registered over the Monitoring plugin's), its disco features on the groups, and the retention purge (hourly, and
 * at once when the setting changes).
 */
final class Archive {

    private static final Logger Log = LoggerFactory.getLogger(Archive.class);
    /**
     * How often archived messages go to the database. What a crash (kill -9) can lose: the messages of the last
     * period, and the batch being written.
     */
    private static final Duration FLUSH_PERIOD = Duration.ofSeconds(1);
    /** Messages held in memory at most while the database cannot take them (then new ones are dropped and counted). */
    private static final int BUFFER_CAPACITY = 50_000;
    private static final int BATCH = 500;
    private static final Duration PURGE_PERIOD = Duration.ofHours(1);
    /** The retention purge deletes this many messages per statement batch, and at most 100 batches an hour. */
    private static final int PURGE_BATCH = 1_000;
    private static final int PURGE_BATCHES = 100;

    private final GroupService groups;
    private final PluginManager pluginManager;
    private final ArchiveStore store;
    private final ArchiveBuffer buffer;
    private final ArchiveClock archiveClock;
    private final ArchiveListener listener;
    /** The urn:xmpp:mam:2 handler, then one refusing each older version. */
    private final List<IQHandler> handlers = new ArrayList<>();
    private final ArchiveHandlerGuard guard;
    private final TimerTask flush;
    private final Periodic purge;
    private final LiveFlag enabled = new LiveFlag(SvGroupsProperties.ARCHIVE_ENABLED);
    /** A changed retention applies at once, not at the next hourly run: an admin who lowers it expects that. */
    private final Consumer<Integer> retentionChanged;

    private Archive(GroupService groups, MemberSince memberSince, PluginManager pluginManager, Plugin owner,
                    OnceInCluster once, Clock clock) {
        this.groups = groups;
        this.pluginManager = pluginManager;
        store = new JdbcArchive(DbConnectionManager::getConnection);
        buffer = new ArchiveBuffer(BUFFER_CAPACITY, BATCH);
        archiveClock = new ArchiveClock(clock);
        listener = new ArchiveListener(groups, buffer, archiveClock, store, enabled::get);
        handlers.add(new ArchiveIQHandler(groups, store, buffer, memberSince, XMPPServer.getInstance().getPacketRouter(),
                clock));
        ArchiveFeatureRule.REFUSED.forEach(namespace -> handlers.add(new RefusedArchiveVersionHandler(namespace)));
        guard = new ArchiveHandlerGuard(groups.service(), handlers, owner);
        flush = Tasks.task(() -> Tasks.logFailure("archived messages", () -> buffer.flushTo(store)));
        ArchiveRetention retention = new ArchiveRetention(store, clock, PURGE_BATCH, PURGE_BATCHES);
        Runnable purgeNow = Tasks.once(once, () -> Tasks.logFailure("the archive's retention purge", () -> {
            int removed = retention.purge(SvGroupsProperties.ARCHIVE_RETENTION_DAYS.getValue());
            if (removed > 0) {
                Log.info("svgroups deleted {} archived messages past their retention.", removed);
            }
        }));
        purge = new Periodic(purgeNow, Duration.ofMinutes(1), PURGE_PERIOD, clock);
        retentionChanged = days -> TaskEngine.getInstance().submit(purgeNow);
    }

    /** Starts archiving and answering MAM queries on the group service. */
    static Archive start(GroupService groups, MemberSince memberSince, PluginManager pluginManager, Plugin owner,
                         OnceInCluster once, Clock clock) {
        Archive archive = new Archive(groups, memberSince, pluginManager, owner, once, clock);
        MUCEventDispatcher.addListener(archive.listener);
        archive.guard.claim();
        pluginManager.addPluginListener(archive.guard);
        TaskEngine.getInstance().schedule(archive.flush, FLUSH_PERIOD, FLUSH_PERIOD);
        archive.purge.start();
        SvGroupsProperties.ARCHIVE_RETENTION_DAYS.addListener(archive.retentionChanged);
        return archive;
    }

    /** The archive as retractions and moderations change it, one group at a time under {@code locks}. */
    Tombstones tombstones(Function<String, Lock> locks) {
        return new Tombstones(store, buffer, archiveClock, enabled::get, locks);
    }

    /** Where the archive is kept, for the reports' copies of messages. */
    ArchiveStore store() {
        return store;
    }

    /** What waits to be written to the archive: a report may name a message still in it. */
    ArchiveBuffer buffer() {
        return buffer;
    }

    /** Removes what {@link #start} added; the last flush writes what the listener captured. */
    void stop() {
        TaskEngine.getInstance().cancelScheduledTask(flush);
        SvGroupsProperties.ARCHIVE_RETENTION_DAYS.removeListener(retentionChanged);
        purge.stop();
        pluginManager.removePluginListener(guard);
        // claim() left one of each.
        ArchiveFeatureRule.SERVED.forEach(groups.service()::removeExtraFeature);
        handlers.forEach(groups.service()::removeIQHandler);
        MUCEventDispatcher.removeListener(listener);
        enabled.close();
        Tasks.logFailure("archived messages", () -> buffer.flushTo(store));
        if (buffer.pending() > 0 || buffer.dropped() > 0) {
            Log.warn("svgroups stopped with {} messages not archived (database unavailable) and {} dropped.",
                    buffer.pending(), buffer.dropped());
        }
    }
}
