package org.svgroups.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.svgroups.core.notify.GroupNotices.GroupMessage;
import org.svgroups.core.testing.MovableClock;

class GroupNoticesTest {

    private static final String GROUP = "g@groups.example.org";
    private static final List<String> PEOPLE = List.of("alice@x", "bob@x", "carol@x", "dave@x");

    private final FixedNotifySettings settings = new FixedNotifySettings();
    private final NotifyQueue queue = new NotifyQueue(10);
    private final GroupNotices notices = new GroupNotices(settings, new PreviewRule(20), queue,
            new MovableClock("2026-11-25T10:00:00Z"));

    private NotifyEvent only() throws InterruptedException {
        List<NotifyEvent> events = queue.take(10, Duration.ZERO);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static GroupMessage plain(String body) {
        return new GroupMessage(body, List.of("urn:xmpp:sid:0"), "sid-1", false);
    }

    @Test
    void aPlainMessageTellsThoseAbsentButNotTheSenderNorThoseInTheRoom() throws InterruptedException {
        assertThat(notices.message(GROUP, "Crew", PEOPLE, Set.of("alice@x", "bob@x"), "alice@x", plain("hello"))).isTrue();

        NotifyEvent event = only();
        assertThat(event.kind()).isEqualTo(NotifyKind.MESSAGE);
        assertThat(event.absent()).containsExactly("carol@x", "dave@x");
        assertThat(event.sender()).isEqualTo("alice@x");
        assertThat(event.archiveId()).isEqualTo("sid-1");
        assertThat(event.preview()).isEqualTo("hello");
        assertThat(event.groupName()).isEqualTo("Crew");
    }

    @Test
    void aNewReportIsToldWithItsReporterAndNobodyAbsent() throws InterruptedException {
        ReportNotice notice = new ReportNotice(7, "hate", "member", "bob@x", false);

        assertThat(notices.report(GROUP, "Crew", "carol@x", null, notice)).isTrue();

        NotifyEvent event = only();
        assertThat(event.kind()).isEqualTo(NotifyKind.REPORT);
        assertThat(event.sender()).isEqualTo("carol@x");
        assertThat(event.absent()).isEmpty();
        assertThat(event.report()).isEqualTo(notice);
    }

    @Test
    void previewsCanBeTurnedOffAndNeverComeWithEncryptionOrShares() throws InterruptedException {
        settings.previews = false;
        notices.message(GROUP, "Crew", PEOPLE, Set.of(), "alice@x", plain("hello"));
        assertThat(only().preview()).isNull();

        settings.previews = true;
        notices.message(GROUP, "Crew", PEOPLE, Set.of(), "alice@x",
                new GroupMessage("I sent you an OMEMO message", List.of("eu.siacs.conversations.axolotl"), "s", false));
        assertThat(only().preview()).isNull();

        notices.message(GROUP, "Crew", PEOPLE, Set.of(), "alice@x",
                new GroupMessage(null, List.of("urn:xmpp:omemo:2"), "s", false));
        assertThat(only().kind()).isEqualTo(NotifyKind.MESSAGE);

        notices.message(GROUP, "Crew", PEOPLE, Set.of(), "alice@x",
                new GroupMessage("Dance https://v/1", List.of("urn:svgroups:share:0"), "s", true));
        NotifyEvent share = only();
        assertThat(share.kind()).isEqualTo(NotifyKind.SHARE);
        assertThat(share.preview()).isNull();
    }

    @Test
    void nothingIsQueuedWithoutTextNorWhenEveryoneIsInNorWhenOff() {
        // A chat state: no body, nothing encrypted, no share.
        assertThat(notices.message(GROUP, "Crew", PEOPLE, Set.of(), "alice@x",
                new GroupMessage(null, List.of("http://jabber.org/protocol/chatstates"), "s", false))).isFalse();
        assertThat(notices.message(GROUP, "Crew", PEOPLE, Set.copyOf(PEOPLE), "alice@x", plain("hi"))).isFalse();
        // A retraction, whose body is only its fallback text.
        assertThat(notices.message(GROUP, "Crew", PEOPLE, Set.of(), "alice@x",
                new GroupMessage("/me retracted a previous message, but it's unsupported by your client.",
                        List.of("urn:xmpp:message-retract:1", "urn:xmpp:fallback:0"), "s", false))).isFalse();
        settings.secret = "";
        assertThat(notices.message(GROUP, "Crew", PEOPLE, Set.of(), "alice@x", plain("hi"))).isFalse();
        settings.secret = "s";
        settings.url = "";
        assertThat(notices.invitation(GROUP, "Crew", "alice@x", List.of("erin@x"), Set.of())).isFalse();
        assertThat(queue.size()).isZero();
    }

    @Test
    void anInvitationTellsTheInviteesNotInTheRoom() throws InterruptedException {
        assertThat(notices.invitation(GROUP, "Crew", "alice@x", List.of("erin@x", "bob@x"), Set.of("bob@x"))).isTrue();

        NotifyEvent event = only();
        assertThat(event.kind()).isEqualTo(NotifyKind.INVITATION);
        assertThat(event.absent()).containsExactly("erin@x");
        assertThat(event.archiveId()).isNull();
        assertThat(event.preview()).isNull();
        assertThat(notices.invitation(GROUP, "Crew", "alice@x", List.of("bob@x"), Set.of("bob@x"))).isFalse();
    }
}
