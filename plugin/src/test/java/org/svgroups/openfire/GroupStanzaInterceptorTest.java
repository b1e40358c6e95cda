package org.svgroups.openfire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.jivesoftware.openfire.muc.MUCRoom;
import org.jivesoftware.openfire.muc.MultiUserChatService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.svgroups.core.FixedGroupSettings;
import org.svgroups.core.archive.ArchiveBuffer;
import org.svgroups.core.archive.ArchiveStore;
import org.svgroups.core.friends.FriendGraph;
import org.svgroups.core.friends.Friendship;
import org.svgroups.core.people.People;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.reports.Suspensions;
import org.svgroups.core.rules.GroupRules;
import org.svgroups.core.rules.RateCounters;
import org.svgroups.core.rules.ShareRules;
import org.svgroups.core.share.ShareCount;
import org.svgroups.core.share.ShareCountStore;
import org.svgroups.core.share.ShareSettings;
import org.svgroups.core.share.ShareTally;
import org.svgroups.core.stats.InvitationLog;
import org.xmpp.packet.IQ;
import org.xmpp.packet.JID;
import org.xmpp.packet.Message;
import org.xmpp.packet.Packet;
import org.xmpp.packet.PacketError;
import org.xmpp.packet.Presence;

/**
 * Real stanzas through the interceptor and the real group rules; only Openfire's MUC service and room (the edge)
 * are mocked, holding a group of three: alice owns it, bob and carol are members. alice is friends with dave and
 * with the 14-year-old kid; mallory is a stranger.
 */
class GroupStanzaInterceptorTest {

    private static final String SERVICE = "groups.example.org";
    private static final JID ROOM = new JID("crew@" + SERVICE);
    private static final JID ALICE = new JID("alice@example.org/phone");

    private final MUCRoom room = mock(MUCRoom.class);
    private final ReentrantLock roomLock = new ReentrantLock();
    private GroupStanzaInterceptor interceptor;

    @BeforeEach
    void aGroupOfThree() {
        interceptor = interceptorWithCap(3);
    }

    private GroupStanzaInterceptor interceptorWithCap(int cap) {
        MultiUserChatService service = mock(MultiUserChatService.class);
        when(service.getServiceDomain()).thenReturn(SERVICE);
        when(service.getChatRoom("crew")).thenReturn(room);
        when(service.getChatRoomLock("crew")).thenReturn(roomLock);
        when(room.getJID()).thenReturn(ROOM);
        when(room.getName()).thenReturn("crew");
        when(room.getOwners()).thenReturn(List.of(new JID("alice@example.org")));
        when(room.getAdmins()).thenReturn(List.of());
        when(room.getMembers()).thenReturn(List.of(new JID("bob@example.org"), new JID("carol@example.org")));
        FixedGroupSettings settings = FixedGroupSettings.defaults().withMemberCap(cap);
        FriendGraph friends = (a, b) -> Set.of(a, b).equals(Set.of("alice@example.org", "dave@example.org"))
                || Set.of(a, b).equals(Set.of("alice@example.org", "kid@example.org"))
                ? Friendship.FRIENDS : Friendship.NOT_FRIENDS;
        People people = new People() {
            @Override
            public Optional<LocalDate> birthdate(String user) {
                return user.equals("kid@example.org") ? Optional.of(LocalDate.of(2012, 5, 1)) : Optional.empty();
            }

            @Override
            public boolean blocks(String blocker, String blocked) {
                return false;
            }
        };
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
        GroupService groups = new GroupService(service, settings);
        GroupRules rules = new GroupRules(settings, friends, people, RateCounters.inMemory(), InvitationLog.NONE,
                Suspensions.NONE, clock);
        // Enrolment is never reached here: every invitation in these tests is refused before it.
        Enrolments enrolments = new Enrolments(groups, rules, null, settings, clock, changes, null);
        ShareRules shareRules = new ShareRules(shareSettings, settings, Optional.empty(), people, new HashMap<>(), clock);
        return new GroupStanzaInterceptor(groups,
                new ConfigurationFormPath(groups, rules),
                new AffiliationChangePath(groups, rules),
                new MediatedInvitationPath(groups, rules, enrolments),
                new DirectInvitationPath(groups, rules, enrolments),
                new DeclinePath(enrolments),
                new JoinPath(groups, rules, enrolments),
                new RetractionPath(groups, new Tombstones(archive, new ArchiveBuffer(10, 10), null, () -> true,
                        group -> new ReentrantLock()), clock),
                new SharePath(groups, shareRules, shareSettings, tally),
                new LinkAnswerPath((roomName, approver, user, approve) -> {
                    answers.add(roomName + " " + approver + " " + user + " " + approve);
                    try {
                        return linkAnswer.call();
                    } catch (LinkRefusedException | RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }),
                new AppliedChanges(groups, changes));
    }

    /** The answers to join requests the link path was given, as "room approver user approve". */
    private final List<String> answers = new ArrayList<>();
    /** What the link path's answer does: true (answered), false (no such request), or throw. */
    private Callable<Boolean> linkAnswer = () -> true;

    private final RecordedChanges changes = new RecordedChanges();
    /** The group's archive: only retractions refused before it is read reach it here. */
    private final ArchiveStore archive = mock(ArchiveStore.class);

    /** Videos from videos.example.test; unreadable messages refused only when {@link #refuseUnreadable} is set. */
    private boolean refuseUnreadable;
    private final ShareSettings shareSettings = new ShareSettings() {
        @Override
        public Set<String> allowedOrigins() {
            return Set.of("videos.example.test");
        }

        @Override
        public int sharesPerUserPerMinute() {
            return 10;
        }

        @Override
        public boolean unreachableCatalogueDelivers() {
            return true;
        }

        @Override
        public boolean refuseUnreadableMessages() {
            return refuseUnreadable;
        }
    };
    private final ShareTally tally = new ShareTally(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
    private final List<ShareCount> counted = new ArrayList<>();
    private final ShareCountStore store = new ShareCountStore() {
        @Override
        public void addAll(java.util.Collection<ShareCount> increments) {
            counted.addAll(increments);
        }

        @Override
        public List<ShareCount> between(LocalDate from, LocalDate to) {
            return counted;
        }
    };

    @Test
    void aValidShareIsDeliveredWithABodyAnOobLinkAndMarkedUnverifiedWithoutACatalogue() throws Exception {
        Message share = groupchat("<share xmlns='urn:svgroups:share:0' kind='video' id='123' url='https://videos.example.test/v/123' verified='true'>"
                + "<title>Dance tutorial</title></share>");

        assertPasses(share);

        assertThat(share.getBody()).isEqualTo("Dance tutorial https://videos.example.test/v/123");
        assertThat(share.getChildElement("x", "jabber:x:oob").elementText("url")).isEqualTo("https://videos.example.test/v/123");
        Element delivered = share.getChildElement("share", "urn:svgroups:share:0");
        assertThat(delivered.attributeValue("verified")).isEqualTo("false");
        assertThat(share.getElement().elements(org.dom4j.QName.get("share", "urn:svgroups:share:0"))).hasSize(1);
        tally.flushTo(store);
        assertThat(counted).singleElement().satisfies(c -> {
            assertThat(c.group()).isEqualTo(ROOM.toBareJID());
            assertThat(c.itemId()).isEqualTo("123");
            assertThat(c.shares()).isEqualTo(1);
        });
    }

    @Test
    void aMisleadingBodyAndOobLinkAreReplacedByWhatTheShareIs() throws Exception {
        Message share = groupchat("<share xmlns='urn:svgroups:share:0' kind='video' id='123' url='https://videos.example.test/v/123'/>"
                + "<x xmlns='jabber:x:oob'><url>https://evil.example/phish</url></x>");
        share.setBody("free stuff https://evil.example/phish");

        assertPasses(share);

        assertThat(share.getBody()).isEqualTo("https://videos.example.test/v/123");
        assertThat(share.getChildElement("x", "jabber:x:oob").elementText("url")).isEqualTo("https://videos.example.test/v/123");
    }

    @Test
    void sharesFromElsewhereTwoSharesAndMalformedSharesAreRefusedAndNotCounted() throws Exception {
        assertThat(rejectionOf(groupchat("<share xmlns='urn:svgroups:share:0' kind='video' id='1' url='https://evil.example/v/1'/>"))
                .getApplicationConditionName()).isEqualTo("share-origin-not-allowed");
        assertThat(rejectionOf(groupchat("<share xmlns='urn:svgroups:share:0' kind='video' id='1' url='https://videos.example.test/v/1'/>"
                + "<share xmlns='urn:svgroups:share:0' kind='video' id='2' url='https://videos.example.test/v/2'/>"))
                .getApplicationConditionName()).isEqualTo("share-invalid");
        assertThat(rejectionOf(groupchat("<share xmlns='urn:svgroups:share:0' kind='song' id='1' url='https://videos.example.test/v/1'/>"))
                .getApplicationConditionName()).isEqualTo("share-invalid");
        tally.flushTo(store);
        assertThat(counted).isEmpty();
    }

    @Test
    void plainAndEncryptedMessagesPassUntouched() throws Exception {
        Message plain = groupchat("");
        plain.setBody("hello");
        String before = plain.toXML();
        assertPasses(plain);
        assertThat(plain.toXML()).isEqualTo(before);

        Message omemo = groupchat("<encrypted xmlns='eu.siacs.conversations.axolotl'><header sid='1'/><payload>AAAA</payload></encrypted>");
        String omemoBefore = omemo.toXML();
        assertPasses(omemo);
        assertThat(omemo.toXML()).isEqualTo(omemoBefore);
    }

    @Test
    void encryptedMessagesAreRefusedWhenTheAdminChoseSo() throws Exception {
        refuseUnreadable = true;
        Message omemo = groupchat("<encrypted xmlns='urn:xmpp:omemo:2'><header sid='1'/></encrypted>");

        assertThat(rejectionOf(omemo).getApplicationConditionName()).isEqualTo("unreadable-refused");
    }

    @Test
    void retractionsThatAreNotAMembersOwnRetractionAreRefusedBeforeTheArchiveIsRead() throws Exception {
        Message stranger = groupchat("<retract xmlns='urn:xmpp:message-retract:1' id='m-1'/>");
        stranger.setFrom(new JID("mallory@example.org/laptop"));
        Message forgedModeration = groupchat("<retract xmlns='urn:xmpp:message-retract:1' id='m-1'>"
                + "<moderated xmlns='urn:xmpp:message-moderate:1' by='alice@example.org'/></retract>");
        Message tombstoneDressed = groupchat("<retracted xmlns='urn:xmpp:message-retract:1' stamp='2026-11-25T10:00:00Z'/>");
        tombstoneDressed.setBody("cannot be moderated?");
        Message two = groupchat("<retract xmlns='urn:xmpp:message-retract:1' id='m-1'/>"
                + "<retract xmlns='urn:xmpp:message-retract:1' id='m-2'/>");
        Message noId = groupchat("<retract xmlns='urn:xmpp:message-retract:1'/>");

        assertThat(rejectionOf(stranger).getApplicationConditionName()).isEqualTo("not-member");
        assertThat(rejectionOf(stranger).getCondition()).isEqualTo(PacketError.Condition.forbidden);
        for (Message malformed : List.of(forgedModeration, tombstoneDressed, two, noId)) {
            PacketError error = rejectionOf(malformed);
            assertThat(error.getApplicationConditionName()).as(malformed.toXML()).isEqualTo("retraction-invalid");
            assertThat(error.getCondition()).isEqualTo(PacketError.Condition.bad_request);
        }
        verifyNoInteractions(archive);
    }

    @Test
    void aRetractionOfAnIdTheArchiveDoesNotHaveIsNotFoundAndNothingIsReplaced() throws Exception {
        PacketError error = rejectionOf(groupchat("<retract xmlns='urn:xmpp:message-retract:1' id='forged'/>"));

        assertThat(error.getApplicationConditionName()).isEqualTo("message-not-found");
        assertThat(error.getCondition()).isEqualTo(PacketError.Condition.item_not_found);
        verify(archive).find("crew@" + SERVICE, "forged");
        verify(archive, never()).replaceStanza(any(), any(), any());
    }

    @Test
    void aRetractionLooksTheMessageUpOnlyOnceOpenfireHasToldTheArchiveOfWhatItIsDelivering() throws Exception {
        Message retraction = groupchat("<retract xmlns='urn:xmpp:message-retract:1' id='m-1'/>");
        // Openfire holds the room's lock while it delivers a message and tells svgroups' archive of it.
        roomLock.lock();
        CompletableFuture<PacketError> refused;
        try {
            refused = CompletableFuture.supplyAsync(() -> rejectionOf(retraction));
            while (!roomLock.hasQueuedThreads() && !refused.isDone()) {
                Thread.onSpinWait();
            }
            verifyNoInteractions(archive);
        } finally {
            roomLock.unlock();
        }

        assertThat(refused.get(10, TimeUnit.SECONDS).getApplicationConditionName()).isEqualTo("message-not-found");
        verify(archive).find("crew@" + SERVICE, "m-1");
    }

    private static Message groupchat(String children) throws Exception {
        Message message = new Message();
        message.setType(Message.Type.groupchat);
        message.setFrom(ALICE);
        message.setTo(ROOM);
        for (Element child : DocumentHelper.parseText("<wrap>" + children + "</wrap>").getRootElement().elements()) {
            message.getElement().add(child.createCopy());
        }
        return message;
    }

    @Test
    void aMucAdminGrantToAFriendBeyondTheCapIsRefusedWithGroupFull() {
        IQ grant = adminSet(Map.of("dave@example.org", "member"));

        PacketError error = rejectionOf(grant);

        assertThat(error.getCondition()).isEqualTo(PacketError.Condition.not_allowed);
        assertThat(error.getApplicationConditionName()).isEqualTo("group-full");
        assertThat(error.getApplicationConditionNamespaceURI()).isEqualTo("urn:svgroups:errors:0");
        assertThat(error.getText()).contains("3");
    }

    @Test
    void aMucAdminChangeWithinTheGroupPasses() {
        assertPasses(adminSet(Map.of("bob@example.org", "admin")));
        assertPasses(adminSet(Map.of("carol@example.org", "none")));
    }

    @Test
    void aMucAdminGrantToAStrangerIsRefusedWithNotFriends() {
        interceptor = interceptorWithCap(10);

        assertThat(rejectionOf(adminSet(Map.of("mallory@example.org", "member"))).getApplicationConditionName())
                .isEqualTo("not-friends");
    }

    @Test
    void aMucAdminGrantToAnUnderAgeFriendIsRefusedWithAgeRestricted() {
        interceptor = interceptorWithCap(10);

        PacketError error = rejectionOf(adminSet(Map.of("kid@example.org", "member")));
        assertThat(error.getApplicationConditionName()).isEqualTo("age-restricted");
        assertThat(error.getCondition()).isEqualTo(PacketError.Condition.forbidden);
    }

    @Test
    void aMediatedInvitationOfAStrangerIsRefusedWithNotFriends() {
        Message invite = new Message();
        invite.setFrom(ALICE);
        invite.setTo(ROOM);
        invite.addChildElement("x", Stanzas.MUC_USER).addElement("invite").addAttribute("to", "mallory@example.org");

        assertThat(rejectionOf(invite).getApplicationConditionName()).isEqualTo("not-friends");
    }

    @Test
    void aMediatedInvitationFromSomeoneOutsideTheGroupIsRefusedWithNotMember() {
        Message invite = new Message();
        invite.setFrom(new JID("mallory@example.org/laptop"));
        invite.setTo(ROOM);
        invite.addChildElement("x", Stanzas.MUC_USER).addElement("invite").addAttribute("to", "dave@example.org");

        assertThat(rejectionOf(invite).getApplicationConditionName()).isEqualTo("not-member");
    }

    @Test
    void aDirectInvitationToAGroupIsCheckedOnItsWayToTheInvitee() {
        Message invite = new Message();
        invite.setFrom(ALICE);
        invite.setTo(new JID("mallory@example.org"));
        invite.addChildElement("x", Stanzas.DIRECT_INVITATION).addAttribute("jid", ROOM.toBareJID());

        assertThat(rejectionOf(invite).getApplicationConditionName()).isEqualTo("not-friends");
    }

    @Test
    void directInvitationsToRoomsElsewhereAndTheGroupsOwnInvitationsPass() {
        Message elsewhere = new Message();
        elsewhere.setFrom(ALICE);
        elsewhere.setTo(new JID("mallory@example.org"));
        elsewhere.addChildElement("x", Stanzas.DIRECT_INVITATION).addAttribute("jid", "lobby@conference.example.org");
        assertPasses(elsewhere);

        Message fromTheGroup = new Message();
        fromTheGroup.setFrom(ROOM);
        fromTheGroup.setTo(new JID("dave@example.org"));
        fromTheGroup.addChildElement("x", Stanzas.DIRECT_INVITATION).addAttribute("jid", ROOM.toBareJID());
        assertPasses(fromTheGroup);
    }

    @Test
    void aMemberUnderTheMinimumAgeCannotEnter() {
        when(room.getAffiliation(new JID("kid@example.org"))).thenReturn(org.jivesoftware.openfire.muc.Affiliation.member);
        Presence join = new Presence();
        join.setFrom(new JID("kid@example.org/phone"));
        join.setTo(new JID(ROOM.toBareJID() + "/kid"));
        join.addChildElement("x", Stanzas.MUC);

        assertThat(rejectionOf(join).getApplicationConditionName()).isEqualTo("age-restricted");
    }

    @Test
    void aConfigFormMakingTheGroupPublicIsRefusedWithProfileLockedNamingTheOption() {
        IQ form = ownerSubmit(Map.of("muc#roomconfig_publicroom", "1"));

        PacketError error = rejectionOf(form);

        assertThat(error.getCondition()).isEqualTo(PacketError.Condition.not_acceptable);
        assertThat(error.getApplicationConditionName()).isEqualTo("profile-locked");
        Element condition = error.getElement().element("profile-locked");
        assertThat(condition.attributeValue("option")).isEqualTo("muc#roomconfig_publicroom");
    }

    @Test
    void aConfigFormAddingAnOwnerFromOutsideIsRefusedWithGroupFull() {
        IQ form = ownerSubmit(Map.of("muc#roomconfig_roomowners", "alice@example.org", "muc#roomconfig_roomname", "Crew"));
        form.getChildElement().element("x").elements("field").stream()
                .filter(f -> "muc#roomconfig_roomowners".equals(f.attributeValue("var")))
                .findFirst().orElseThrow()
                .addElement("value").setText("Dave@Example.org/laptop");

        assertThat(rejectionOf(form).getApplicationConditionName()).isEqualTo("group-full");
    }

    @Test
    void aRenameAndStanzasToOtherDomainsPass() {
        assertPasses(ownerSubmit(Map.of("muc#roomconfig_roomname", "New name")));
        Message chat = new Message();
        chat.setTo(new JID("bob@example.org"));
        chat.addChildElement("x", Stanzas.MUC_USER).addElement("invite").addAttribute("to", "dave@example.org");
        assertPasses(chat);
    }

    @Test
    void onlyIncomingUnprocessedStanzasAreChecked() {
        IQ grant = adminSet(Map.of("dave@example.org", "member"));
        assertThatCode(() -> interceptor.interceptPacket(grant, null, true, true)).doesNotThrowAnyException();
        assertThatCode(() -> interceptor.interceptPacket(grant, null, false, false)).doesNotThrowAnyException();
    }

    @Test
    void stanzasToTheServiceItselfOrToAnOccupantPass() {
        IQ toService = adminSet(Map.of("dave@example.org", "member"));
        toService.setTo(new JID(SERVICE));
        assertPasses(toService);
        IQ toOccupant = adminSet(Map.of("dave@example.org", "member"));
        toOccupant.setTo(new JID("crew@" + SERVICE + "/bob"));
        assertPasses(toOccupant);
    }

    /** The error the sender gets (the interceptor's rejection carries exactly this). */
    private PacketError rejectionOf(Packet packet) {
        Refusal refusal = interceptor.check(packet).refusal().orElseThrow(() -> new AssertionError("not refused: " + packet.toXML()));
        return Refusals.toPacketError(refusal);
    }

    private void assertPasses(Packet packet) {
        assertThat(interceptor.check(packet)).isEqualTo(Verdict.PASS);
    }

    private static IQ adminSet(Map<String, String> affiliations) {
        IQ iq = new IQ(IQ.Type.set);
        iq.setFrom(ALICE);
        iq.setTo(ROOM);
        Element query = iq.setChildElement("query", Stanzas.MUC_ADMIN);
        affiliations.forEach((jid, affiliation) -> query.addElement("item").addAttribute("affiliation", affiliation).addAttribute("jid", jid));
        return iq;
    }

    private static IQ ownerSubmit(Map<String, String> fields) {
        IQ iq = new IQ(IQ.Type.set);
        iq.setFrom(ALICE);
        iq.setTo(ROOM);
        Element x = DocumentHelper.createElement(org.dom4j.QName.get("x", "jabber:x:data"));
        x.addAttribute("type", "submit");
        List<String> vars = new ArrayList<>(fields.keySet());
        for (String var : vars) {
            x.addElement("field").addAttribute("var", var).addElement("value").setText(fields.get(var));
        }
        iq.setChildElement("query", Stanzas.MUC_OWNER).add(x);
        return iq;
    }

    @Test
    void anAddressIsOnTheGroupServiceWhateverItsSpelling() {
        Message message = new Message();
        Function<String, Boolean> onService = address -> {
            message.setTo(address);
            return GroupStanzaInterceptor.hasDomain(message, address, SERVICE, Packet::getTo);
        };

        assertThat(onService.apply("room@" + SERVICE)).isTrue();
        assertThat(onService.apply("room@" + SERVICE + "/Zo\u00eb")).as("exact, as on a group's copies").isTrue();
        assertThat(onService.apply("room@Groups.EXAMPLE.org/nick")).isTrue();
        assertThat(onService.apply("room@" + SERVICE.toUpperCase(Locale.ROOT).replace('.', '\uFF0E')))
                .as("upper case and full-width dots, parsed").isTrue();
        assertThat(onService.apply("room@gr\u00f6ups.example.org")).as("another non-ASCII domain").isFalse();
        assertThat(onService.apply(SERVICE + "@example.org")).as("the service's name as a node").isFalse();
        assertThat(onService.apply("room@" + SERVICE.substring(1))).isFalse();
        assertThatThrownBy(() -> GroupStanzaInterceptor.hasDomain(message, "room@" + SERVICE + ".", SERVICE, packet -> {
            throw new IllegalArgumentException("Tinder refuses a trailing dot");
        })).as("a trailing dot is parsed, not compared as text").isInstanceOf(IllegalArgumentException.class);
        assertThat(onService.apply("room@" + SERVICE.toUpperCase(Locale.ROOT) + "/nick@x")).isTrue();
        assertThat(onService.apply(SERVICE)).isTrue();
        assertThat(onService.apply("room@" + SERVICE.replace('.', '\uFF0E'))).as("full-width dots, parsed").isTrue();
        assertThat(onService.apply("room@other." + SERVICE)).isFalse();
        assertThat(onService.apply("room@" + SERVICE + "x")).isFalse();
        assertThat(onService.apply("alice@example.org/" + SERVICE)).as("a resource is not a domain").isFalse();
    }

    private static Message joinAnswer(String from, String to) {
        Message message = new Message();
        message.setFrom(from);
        message.setTo(to);
        Element form = message.addChildElement("x", Stanzas.DATA_FORMS).addAttribute("type", "submit");
        for (String[] field : new String[][] {{"FORM_TYPE", LinkNotices.REQUEST_FORM_TYPE}, {"user", "dave@example.org"},
                {"approve", "true"}}) {
            form.addElement("field").addAttribute("var", field[0]).addElement("value").setText(field[1]);
        }
        return message;
    }

    @Test
    void anAnswerToAJoinRequestReachesTheLinkPathWhateverTheSpellingOfTheGroupsDomain() {
        for (String to : new String[] {"crew@" + SERVICE, "crew@" + SERVICE.toUpperCase(Locale.ROOT),
                "crew@Groups.Example.org", "crew@" + SERVICE.replace('.', '\uFF0E'),
                "crew@" + SERVICE.toUpperCase(Locale.ROOT).replace('.', '\uFF0E')}) {
            answers.clear();
            assertThat(interceptor.check(joinAnswer(ALICE.toString(), to))).as(to).isEqualTo(Verdict.HANDLED);
            assertThat(answers).as(to).containsExactly("crew " + ALICE + " dave@example.org true");
        }
    }

    @Test
    void theSameFormElsewhereToAnOccupantToTheServiceOrOnAGroupsCopyIsNoAnswer() {
        for (String to : new String[] {"crew@other.example.org", "crew@" + SERVICE + "/bob", SERVICE,
                "bob@example.org/phone", SERVICE + "@example.org", "crew@" + SERVICE + ".evil.example",
                "crew@gr\u00f6ups.example.org"}) {
            assertPasses(joinAnswer(ALICE.toString(), to));
        }
        // A group's copy to a member, from the group in the spellings Openfire could give it: one address test.
        for (String from : new String[] {"crew@" + SERVICE + "/alice", "crew@" + SERVICE.toUpperCase(Locale.ROOT) + "/alice",
                "crew@" + SERVICE.replace('.', '\uFF0E') + "/alice"}) {
            assertPasses(joinAnswer(from, "bob@example.org/phone"));
            assertPasses(joinAnswer(from, "crew@" + SERVICE));
        }
        assertThat(answers).isEmpty();
    }

    @Test
    void anAnswerThePathCannotTakeIsConsumedWithItsError() {
        linkAnswer = () -> false;
        Verdict none = interceptor.check(joinAnswer(ALICE.toString(), ROOM.toString()));
        assertThat(none.handled()).isTrue();
        assertThat(none.error()).map(PacketError::getCondition).contains(PacketError.Condition.item_not_found);

        linkAnswer = () -> {
            throw new LinkRefusedException(Refusal.of(AppCondition.LINK_FORBIDDEN, "Only the group's owners and admins answer."));
        };
        Verdict refused = interceptor.check(joinAnswer(ALICE.toString(), ROOM.toString()));
        assertThat(refused.handled()).isTrue();
        assertThat(refused.error()).map(PacketError::getApplicationConditionName).contains("link-forbidden");

        linkAnswer = () -> {
            throw new IllegalStateException("the database is down");
        };
        Verdict failed = interceptor.check(joinAnswer(ALICE.toString(), ROOM.toString()));
        assertThat(failed.handled()).isTrue();
        assertThat(failed.error()).map(PacketError::getCondition).contains(PacketError.Condition.internal_server_error);

        Message error = joinAnswer(ALICE.toString(), ROOM.toString());
        error.setType(Message.Type.error);
        answers.clear();
        assertPasses(error);
        assertThat(answers).isEmpty();
    }

    @Test
    void anInvitationWithTheFormIsLeftToTheInvitationPathAsBeforeTheAnswersPathCameHere() {
        Message invite = joinAnswer(ALICE.toString(), ROOM.toString());
        invite.addChildElement("x", Stanzas.MUC_USER).addElement("invite").addAttribute("to", "mallory@example.org");
        assertThat(rejectionOf(invite).getApplicationConditionName()).isEqualTo("not-friends");
        assertThat(answers).isEmpty();
    }

    @Test
    void affiliationChangesOpenfireProcessedAreFollowedUpForTheNamedPeople() throws Exception {
        interceptor.interceptPacket(adminSet(Map.of("dave@example.org/phone", "member")), null, true, true);

        assertThat(changes.told).containsExactly("members crew@" + SERVICE + ": dave@example.org");
    }

    @Test
    void anAffiliationChangeByNicknameConcernsTheWholeGroup() throws Exception {
        IQ iq = adminSet(Map.of());
        iq.getChildElement().addElement("item").addAttribute("affiliation", "outcast").addAttribute("nick", "bob");

        interceptor.interceptPacket(iq, null, true, true);

        assertThat(changes.told).containsExactly("group crew@" + SERVICE);
    }

    @Test
    void aConfigurationFormOpenfireProcessedConcernsTheWholeGroupButADestructionIsLeftToItsEvent() throws Exception {
        interceptor.interceptPacket(ownerSubmit(Map.of("muc#roomconfig_roomname", "New name")), null, true, true);
        IQ destroy = new IQ(IQ.Type.set);
        destroy.setFrom(ALICE);
        destroy.setTo(ROOM);
        destroy.setChildElement("query", Stanzas.MUC_OWNER).addElement("destroy");
        interceptor.interceptPacket(destroy, null, true, true);

        assertThat(changes.told).containsExactly("group crew@" + SERVICE);
    }

    @Test
    void nothingIsFollowedUpForRoleChangesOtherDomainsReadsOrMessages() throws Exception {
        IQ role = adminSet(Map.of());
        role.getChildElement().addElement("item").addAttribute("role", "none").addAttribute("nick", "bob");
        interceptor.interceptPacket(role, null, true, true);
        IQ elsewhere = adminSet(Map.of("dave@example.org", "member"));
        elsewhere.setTo(new JID("crew@conference.example.org"));
        interceptor.interceptPacket(elsewhere, null, true, true);
        IQ read = adminSet(Map.of("dave@example.org", "member"));
        read.setType(IQ.Type.get);
        interceptor.interceptPacket(read, null, true, true);
        interceptor.interceptPacket(groupchat("<body>hi</body>"), null, true, true);

        assertThat(changes.told).isEmpty();
    }
}
