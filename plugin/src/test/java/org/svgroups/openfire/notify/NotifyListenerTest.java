package org.svgroups.openfire.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jivesoftware.openfire.muc.MUCOccupant;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.junit.jupiter.api.Test;
import org.svgroups.core.notify.GroupNotices;
import org.svgroups.core.notify.NotifyEvent;
import org.svgroups.core.notify.NotifyQueue;
import org.svgroups.core.notify.NotifySettings;
import org.svgroups.core.notify.PreviewRule;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;

class NotifyListenerTest {

    private static final String DOMAIN = "groups.example.org";
    private static final JID GROUP = new JID("crew@" + DOMAIN);
    private static final JID ANN = new JID("ann@example.org/phone");

    private final MUCRoom room = mock(MUCRoom.class);
    private final List<String> lookedUp = new ArrayList<>();
    private final NotifyQueue queue = new NotifyQueue(10);
    private String url = "";

    private final NotifyListener listener = new NotifyListener(DOMAIN, name -> {
        lookedUp.add(name);
        return room;
    }, new GroupNotifications(new GroupNotices(new NotifySettings() {
        @Override
        public String notifyUrl() {
            return url;
        }

        @Override
        public String notifySecret() {
            return "k3y";
        }

        @Override
        public boolean notifyPreviews() {
            return true;
        }

        @Override
        public int notifyBatchSize() {
            return 100;
        }
    }, new PreviewRule(PreviewRule.DEFAULT_MAX_CODE_POINTS), queue, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))));

    NotifyListenerTest() {
        MUCOccupant present = mock(MUCOccupant.class);
        when(present.getUserAddress()).thenReturn(ANN);
        when(room.getJID()).thenReturn(GROUP);
        when(room.getNaturalLanguageName()).thenReturn("Crew");
        when(room.getOwners()).thenReturn(List.of(new JID("ann@example.org")));
        when(room.getAdmins()).thenReturn(List.of());
        when(room.getMembers()).thenReturn(List.of(new JID("bob@example.org")));
        when(room.getOccupants()).thenReturn(List.of(present));
    }

    private static Message hello() {
        Message message = new Message();
        message.setType(Message.Type.groupchat);
        message.setBody("hello");
        return message;
    }

    @Test
    void whileNotifyingIsOffAMessageDoesNotLookItsRoomUp() throws InterruptedException {
        listener.messageReceived(GROUP, ANN, "ann", hello());
        assertThat(lookedUp).isEmpty();
        assertThat(queue.take(10, Duration.ZERO)).isEmpty();
    }

    @Test
    void onItTellsOfTheMessageToTheAbsentMembers() throws InterruptedException {
        url = "https://app.example/wake";
        listener.messageReceived(GROUP, ANN, "ann", hello());
        assertThat(lookedUp).containsExactly("crew");
        List<NotifyEvent> events = queue.take(10, Duration.ZERO);
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.group()).isEqualTo("crew@" + DOMAIN);
            assertThat(event.absent()).containsExactly("bob@example.org");
            assertThat(event.preview()).isEqualTo("hello");
        });
    }

    @Test
    void messagesInRoomsOfOtherServicesAreNotLookedAt() {
        url = "https://app.example/wake";
        listener.messageReceived(new JID("crew@conference.example.org"), ANN, "ann", hello());
        assertThat(lookedUp).isEmpty();
    }
}
