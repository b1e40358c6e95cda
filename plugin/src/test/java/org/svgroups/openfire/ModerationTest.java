package org.svgroups.openfire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.jivesoftware.openfire.muc.MUCOccupant;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.svgroups.core.FixedGroupSettings;
import org.svgroups.core.archive.ArchiveBuffer;
import org.svgroups.core.archive.ArchiveClock;
import org.svgroups.core.archive.ArchiveStore;
import org.svgroups.core.archive.ArchivedMessage;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;
import org.xmpp.packet.Packet;

/**
 * The console's way in: {@link Moderation#moderate} by the group service itself (no actor) and by people, with the
 * real rules, tombstone and notice; Openfire's service and room and the archive's table are mocked (the edges).
 */
class ModerationTest {

    private static final String SERVICE = "groups.example.org";
    private static final JID GROUP = new JID("crew@" + SERVICE);
    private static final Instant NOW = Instant.parse("2026-12-03T14:00:00Z");
    private static final ArchivedMessage SPAM = new ArchivedMessage(GROUP.toBareJID(), 1, "s-1", NOW.minusSeconds(60),
            "bob@example.org", "bob", "<message xmlns=\"jabber:client\" type=\"groupchat\" from=\"crew@" + SERVICE + "/bob\">"
            + "<body>cheap followers</body><stanza-id xmlns=\"urn:xmpp:sid:0\" id=\"s-1\" by=\"crew@" + SERVICE + "\"/></message>");

    private final MUCRoom room = mock(MUCRoom.class);
    private final ArchiveStore store = mock(ArchiveStore.class);
    private final ArchiveBuffer buffer = new ArchiveBuffer(10, 10);
    private Moderation moderation;

    @BeforeEach
    void aGroupWithAMessageToModerate() {
        MultiUserChatService service = mock(MultiUserChatService.class);
        when(service.getServiceDomain()).thenReturn(SERVICE);
        when(service.getChatRoom("crew")).thenReturn(room);
        when(service.getChatRoomLock("crew")).thenReturn(new ReentrantLock());
        when(room.getJID()).thenReturn(GROUP);
        when(room.getName()).thenReturn("crew");
        when(room.getSelfRepresentation()).thenReturn(mock(MUCOccupant.class));
        when(room.getOwners()).thenReturn(List.of(new JID("alice@example.org")));
        when(room.getAdmins()).thenReturn(List.of(new JID("dave@example.org")));
        when(room.getMembers()).thenReturn(List.of(new JID("bob@example.org")));
        when(store.find(GROUP.toBareJID(), "s-1")).thenReturn(Optional.of(SPAM));
        when(store.replaceStanza(any(), any(), any())).thenReturn(true);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Tombstones tombstones = new Tombstones(store, buffer, new ArchiveClock(clock), () -> true, group -> new ReentrantLock());
        moderation = new Moderation(new GroupService(service, FixedGroupSettings.defaults()), tombstones, clock);
    }

    @Test
    void theServiceItselfModeratesAndIsNamedAsTheGroup() throws Exception {
        ModerationOutcome outcome = moderation.moderate(GROUP, "s-1", null, "  reported: a scam  ");

        assertThat(outcome.done()).isTrue();
        ArgumentCaptor<String> tombstone = ArgumentCaptor.forClass(String.class);
        verify(store).replaceStanza(eq(GROUP.toBareJID()), eq("s-1"), tombstone.capture());
        Element retracted = DocumentHelper.parseText(tombstone.getValue()).getRootElement().element("retracted");
        assertThat(retracted.attributeValue("id")).isEqualTo(outcome.noticeId());
        assertThat(retracted.attributeValue("stamp")).isEqualTo(NOW.toString());
        assertThat(retracted.element("moderated").attributeValue("by")).isEqualTo(GROUP.toBareJID());
        assertThat(retracted.elementText("reason")).isEqualTo("reported: a scam");
        assertThat(tombstone.getValue()).doesNotContain("cheap followers");

        ArgumentCaptor<Packet> sent = ArgumentCaptor.forClass(Packet.class);
        verify(room).send(sent.capture(), any());
        Message notice = (Message) sent.getValue();
        assertThat(notice.getFrom()).isEqualTo(GROUP);
        assertThat(notice.getID()).isEqualTo(outcome.noticeId());
        Element retract = notice.getChildElement("retract", RetractionXml.RETRACT);
        assertThat(retract.attributeValue("id")).isEqualTo("s-1");
        assertThat(retract.element("moderated").attributeValue("by")).isEqualTo(GROUP.toBareJID());
        // The notice waits in the archive's buffer, under its own id.
        assertThat(buffer.hasPending(GROUP.toBareJID())).isTrue();
    }

    @Test
    void anAdminIsNamedByTheirBareJid() {
        assertThat(moderation.moderate(GROUP, "s-1", new JID("dave@example.org/phone"), null).done()).isTrue();

        ArgumentCaptor<Packet> sent = ArgumentCaptor.forClass(Packet.class);
        verify(room).send(sent.capture(), any());
        assertThat(((Message) sent.getValue()).getChildElement("retract", RetractionXml.RETRACT).element("moderated")
                .attributeValue("by")).isEqualTo("dave@example.org");
    }

    @Test
    void aRefusedModerationChangesNothing() {
        ModerationOutcome plainMember = moderation.moderate(GROUP, "s-1", new JID("bob@example.org/phone"), null);
        ModerationOutcome noSuchGroup = moderation.moderate(new JID("nope@" + SERVICE), "s-1", null, null);
        ModerationOutcome otherService = moderation.moderate(new JID("crew@conference.example.org"), "s-1", null, null);
        ModerationOutcome unknown = moderation.moderate(GROUP, "s-2", null, null);

        assertThat(plainMember.refusal()).map(Refusal::condition).contains(AppCondition.NOT_MODERATOR);
        assertThat(plainMember.noticeId()).isNull();
        assertThat(noSuchGroup.refusal()).map(Refusal::text).contains("No such group.");
        assertThat(otherService.refusal()).map(Refusal::condition).contains(AppCondition.MESSAGE_NOT_FOUND);
        assertThat(unknown.refusal()).map(Refusal::condition).contains(AppCondition.MESSAGE_NOT_FOUND);
        verify(store, never()).replaceStanza(any(), any(), any());
        verify(room, never()).send(any(), any());
        assertThat(buffer.pending()).isZero();
    }
}
