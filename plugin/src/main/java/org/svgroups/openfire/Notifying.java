package org.svgroups.openfire;

import java.time.Clock;
import java.time.Duration;

import org.jivesoftware.openfire.muc.MUCEventDispatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.svgroups.core.notify.Backoff;
import org.svgroups.core.notify.GroupNotices;
import org.svgroups.core.notify.NotifyQueue;
import org.svgroups.core.notify.NotifyStats;
import org.svgroups.core.notify.Notifier;
import org.svgroups.core.notify.PreviewRule;
import org.svgroups.openfire.notify.GroupNotifications;
import org.svgroups.openfire.notify.HttpNotifySender;
import org.svgroups.openfire.notify.NotifyListener;
import org.svgroups.openfire.notify.NotifyWorker;

/**
 * Telling the app's backend of what reached members who are not in the room: the queue the message path and the
 * invitations offer events to, the listener of delivered messages, and the thread that sends them.
 */
final class Notifying {

    private static final Logger Log = LoggerFactory.getLogger(Notifying.class);
    /** How long unloading waits for the notifier's thread (its POST in progress is cancelled). */
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final GroupNotifications notifications;
    private final NotifyWorker worker;
    private final NotifyListener listener;

    /** Ready to be offered events; nothing is delivered or sent before {@link #start}. */
    Notifying(GroupService groups, SvGroupsProperties settings, Clock clock) {
        NotifyQueue queue = new NotifyQueue(SvGroupsProperties.NOTIFY_QUEUE_CAPACITY.getValue());
        notifications = new GroupNotifications(new GroupNotices(settings,
                new PreviewRule(PreviewRule.DEFAULT_MAX_CODE_POINTS), queue, clock));
        worker = new NotifyWorker(new Notifier(queue,
                new HttpNotifySender(settings, SvGroupsProperties.NOTIFY_TIMEOUT::getValue), settings, Backoff.DEFAULT,
                Notifier.DEFAULT_MAX_ATTEMPTS, clock), clock);
        listener = new NotifyListener(groups.domain(), groups::room, notifications);
    }

    /** Where invitations report whom they reached. */
    GroupNotifications notifications() {
        return notifications;
    }

    /** Listens to delivered messages and starts the sending thread. */
    void start() {
        MUCEventDispatcher.addListener(listener);
        worker.start();
    }

    /** Nothing more is queued once the listener is gone; what is still queued is not sent. */
    void stop() {
        MUCEventDispatcher.removeListener(listener);
        try {
            if (!worker.stop(STOP_WAIT)) {
                Log.warn("svgroups notifier thread did not stop within {} s.", STOP_WAIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    NotifyStats stats() {
        return worker.stats();
    }
}
