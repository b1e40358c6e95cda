package org.svgroups.openfire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.dom4j.DocumentHelper;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.junit.jupiter.api.Test;
import org.svgroups.core.FixedGroupSettings;
import org.svgroups.core.archive.ArchiveBuffer;
import org.svgroups.core.archive.ArchiveClock;
import org.svgroups.core.archive.ArchiveStore;
import org.svgroups.core.archive.ArchivedMessage;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;

/** The delivered messages the archive listener keeps, and what it keeps of them; the store is the edge. */
class ArchiveListenerTest {

    private static final String SERVICE = "groups.example.org";
    private static final JID ROOM = new JID("crew@" + SERVICE);
    private static final JID ALICE = new JID("alice@example.org/phone");
    private static final String BY_GROUP = "<stanza-id xmlns='urn:xmpp:sid:0' id='sid-1' by='crew@" + SERVICE + "'/>";

    private final ArchiveBuffer buffer = new ArchiveBuffer(100, 100);
    private final ArchiveStore store = mock(ArchiveStore.class);
    private boolean enabled = true;
    private final ArchiveListener listener = listener();

    private ArchiveListener listener() {
        MultiUserChatService service = mock(MultiUserChatService.class);
        when(service.getServiceDomain()).thenReturn(SERVICE);
        return new ArchiveListener(new GroupService(service, FixedGroupSettings.defaults()), buffer,
                new ArchiveClock(Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC)), store, () -> enabled);
    }

    private static Message delivered(String children) throws Exception {
        return new Message(DocumentHelper.parseText("<message type='groupchat' id='m1' from='crew@" + SERVICE
                + "/alice' to='bob@example.org/laptop'>" + children + "</message>").getRootElement(), true);
    }

    /** What the buffer holds, written out to the store. */
    private List<ArchivedMessage> archived() {
        List<ArchivedMessage> written = new ArrayList<>();
        doAnswer(invocation -> written.addAll(invocation.getArgument(0))).when(store).appendAll(any());
        buffer.flushTo(store);
        return written;
    }

    private boolean archives(String children) throws Exception {
        listener.messageReceived(ROOM, ALICE, "alice", delivered(children));
        return !archived().isEmpty();
    }

    @Test
    void aDeliveredMessageIsKeptWithItsGroupsStanzaIdItsSendersBareJidAndItsStoredForm() throws Exception {
        Message message = delivered("<body>hello &amp; welcome</body>"
                + "<stanza-id xmlns='urn:xmpp:sid:0' id='other' by='alice@example.org'/>" + BY_GROUP
                + "<occupant-id xmlns='urn:xmpp:occupant-id:0' id='occ'/>");
        listener.messageReceived(ROOM, ALICE, "Al", message);

        assertThat(archived()).singleElement().satisfies(kept -> {
            assertThat(kept.group()).isEqualTo("crew@" + SERVICE);
            assertThat(kept.id()).isEqualTo("sid-1");
            assertThat(kept.sender()).isEqualTo("alice@example.org");
            assertThat(kept.nickname()).isEqualTo("Al");
            assertThat(kept.stanza()).isEqualTo(StoredStanza.of(message));
        });
    }

    @Test
    void withoutANicknameTheSendersNodeIsKeptAndTheLastStanzaIdByTheGroupWins() throws Exception {
        listener.messageReceived(ROOM, ALICE, "", delivered("<body>x</body>" + BY_GROUP
                + BY_GROUP.replace("sid-1", "sid-2")));
        assertThat(archived()).singleElement().satisfies(kept -> {
            assertThat(kept.nickname()).isEqualTo("alice");
            assertThat(kept.id()).isEqualTo("sid-2");
        });
    }

    @Test
    void theFirstChildNamedBodyInAnyNamespaceIsTheBodyAsForMessageGetBody() throws Exception {
        assertThat(archives("<body xmlns='urn:example:other'>hi</body>" + BY_GROUP)).isTrue();
        assertThat(archives("<body>  </body>" + BY_GROUP)).isTrue();
        assertThat(archives("<body>a<![CDATA[b]]></body>" + BY_GROUP)).isTrue();
        assertThat(archives("<body><![CDATA[b]]></body>" + BY_GROUP)).isTrue();
        assertThat(archives("<body/><body>second</body>" + BY_GROUP)).isFalse();
        assertThat(archives("<body></body><active xmlns='http://jabber.org/protocol/chatstates'/>" + BY_GROUP)).isFalse();
        assertThat(archives("<x><body>nested</body></x>" + BY_GROUP)).isFalse();
        // Text around entities is several nodes; a comment or an element is no text.
        assertThat(archives("<body>&amp;&lt;</body>" + BY_GROUP)).isTrue();
        assertThat(archives("<body><!--c--></body>" + BY_GROUP)).isFalse();
        assertThat(archives("<body><b>bold</b></body>" + BY_GROUP)).isFalse();
        assertThat(archives("<body><!--c-->a<b/></body>" + BY_GROUP)).isTrue();
    }

    @Test
    void theArchiveRuleDecidesOnTheChildren() throws Exception {
        assertThat(archives("<body>x</body><no-store xmlns='urn:xmpp:hints'/>" + BY_GROUP)).isFalse();
        assertThat(archives("<store xmlns='urn:xmpp:hints'/>" + BY_GROUP)).isTrue();
        assertThat(archives("<encrypted xmlns='urn:xmpp:omemo:2'><payload>p</payload></encrypted>" + BY_GROUP)).isTrue();
        assertThat(archives("<retract xmlns='urn:xmpp:message-retract:1' id='old'/><no-store xmlns='urn:xmpp:hints'/>"
                + BY_GROUP)).isTrue();
        assertThat(archives("<composing xmlns='http://jabber.org/protocol/chatstates'/>" + BY_GROUP)).isFalse();
    }

    @Test
    void nothingIsKeptWithoutTheGroupsStanzaIdOutsideGroupsWhenOffOrWithoutASender() throws Exception {
        assertThat(archives("<body>x</body><stanza-id xmlns='urn:xmpp:sid:0' id='s' by='alice@example.org'/>")).isFalse();
        assertThat(archives("<body>x</body><stanza-id xmlns='urn:example' id='s' by='crew@" + SERVICE + "'/>")).isFalse();

        listener.messageReceived(new JID("crew@conference.example.org"), ALICE, "alice", delivered("<body>x</body>" + BY_GROUP));
        listener.messageReceived(new JID(SERVICE), ALICE, "alice", delivered("<body>x</body>" + BY_GROUP));
        listener.messageReceived(ROOM, null, "alice", delivered("<body>x</body>" + BY_GROUP));
        enabled = false;
        listener.messageReceived(ROOM, ALICE, "alice", delivered("<body>x</body>" + BY_GROUP));
        assertThat(archived()).isEmpty();
    }
}
