package org.svgroups.core.notify;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns what happens in a group into events for the absent people, and queues them: cheap, no I/O, never waits,
 * so it may run on the message path under the room's lock. Nothing is made while notifying is off.
 */
public final class GroupNotices {

    /** A member's retraction (XEP-0424): its fallback text is no message to wake anyone for. */
    private static final String RETRACTION_NAMESPACE = "urn:xmpp:message-retract:1";

    /** What of a group message matters here. */
    public record GroupMessage(String body, Collection<String> childNamespaces, String archiveId, boolean share) {
        public GroupMessage {
            childNamespaces = List.copyOf(childNamespaces);
        }
    }

    private final NotifySettings settings;
    private final PreviewRule previews;
    private final NotifyQueue queue;
    private final Clock clock;

    public GroupNotices(NotifySettings settings, PreviewRule previews, NotifyQueue queue, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.previews = Objects.requireNonNull(previews, "previews");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public boolean enabled() {
        return settings.notifyEnabled();
    }

    /**
     * A message the group accepted. Only a message someone would be told of counts: one with text, a share or an
     * encrypted payload (not chat states, receipts and the like, nor a retraction: the app finds it in the archive
     * when it catches up).
     *
     * @return whether an event was queued
     */
    public boolean message(String group, String groupName, Collection<String> people, Set<String> present,
                           String sender, GroupMessage message) {
        if (!enabled()) {
            return false;
        }
        if (message.childNamespaces().contains(RETRACTION_NAMESPACE)) {
            return false;
        }
        boolean encrypted = PreviewRule.isEncrypted(message.childNamespaces());
        boolean text = message.body() != null && !message.body().isBlank();
        if (!text && !encrypted && !message.share()) {
            return false;
        }
        List<String> absent = AbsentMembers.of(people, present, sender);
        if (absent.isEmpty()) {
            return false;
        }
        NotifyKind kind = message.share() ? NotifyKind.SHARE : NotifyKind.MESSAGE;
        String preview = kind == NotifyKind.MESSAGE && settings.notifyPreviews()
                ? previews.preview(message.body(), message.childNamespaces()).orElse(null) : null;
        return queue.offer(new NotifyEvent(group, groupName, sender, kind, message.archiveId(), absent, preview,
                clock.instant(), null));
    }

    /**
     * Invitations sent to a group's invitees; those already in the room are not told.
     *
     * @return whether an event was queued
     */
    public boolean invitation(String group, String groupName, String inviter, Collection<String> invitees,
                              Set<String> present) {
        if (!enabled()) {
            return false;
        }
        List<String> absent = AbsentMembers.of(invitees, present, inviter);
        if (absent.isEmpty()) {
            return false;
        }
        return queue.offer(new NotifyEvent(group, groupName, inviter, NotifyKind.INVITATION, null, absent, null,
                clock.instant(), null));
    }

    /**
     * A member's new report (not a repeat), with the reporter as sender and the reported message's archive id.
     *
     * @return whether an event was queued
     */
    public boolean report(String group, String groupName, String reporter, String archiveId, ReportNotice report) {
        if (!enabled()) {
            return false;
        }
        return queue.offer(new NotifyEvent(group, groupName, reporter, NotifyKind.REPORT, archiveId, List.of(), null,
                clock.instant(), report));
    }
}
