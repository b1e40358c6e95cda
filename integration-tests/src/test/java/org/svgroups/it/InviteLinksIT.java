package org.svgroups.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.svgroups.it.Members.bareJid;
import static org.svgroups.it.Members.jid;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jivesoftware.smack.SmackFuture;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smackx.muc.MUCAffiliation;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.Jid;
import org.svgroups.client.CreatedLink;
import org.svgroups.client.LinkInfo;
import org.svgroups.client.Refusal;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.client.SvGroupsException;
import org.svgroups.client.packet.LinksIq;
import org.svgroups.core.links.LinkToken;
import org.svgroups.core.links.LinkUri;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.it.server.OpenfireInstance;

/**
 * Joining a group by invite link on the real server: who gets in (an adult; a minor with a friend in the group),
 * who does not and with which refusal (a minor without a friend, a block either way exactly like an invalid link,
 * expired, revoked and used-up links, a full group, someone under age, another group's link, a forged token), the
 * guess limit, and who may create and see links. Groups are made by numbered users (alice's friends), whose daily
 * allowance of groups the rest of the suite leaves alone; alice is the friend inside.
 */
@ExtendWith(RealOpenfire.class)
class InviteLinksIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A group of {@code owner} (a numbered user) with alice as member. */
    private static EntityBareJid groupOf(SvGroupsClient owner, String name) throws SvGroupsException {
        return owner.createGroup(name, List.of("alice")).jid();
    }

    private static Refusal refusal(SvGroupsClient user, String uri) {
        try {
            user.joinByLink(uri);
        } catch (SvGroupsException.Refused e) {
            return e.getRefusal();
        } catch (SvGroupsException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError(user.user() + " joined by " + uri + " but should have been refused");
    }

    private static void assertCondition(Refusal refusal, AppCondition condition) {
        assertThat(refusal.condition()).as(refusal.toString()).contains(condition);
    }

    private static String forged(EntityBareJid group) {
        return new LinkUri(group.toString(), new LinkToken(RANDOM).generate()).uri();
    }

    @Test
    void anAdultJoinsByLinkBecomesAMemberAndGetsTheBookmark() throws Exception {
        try (SvGroupsClient owner = Users.connect(RealOpenfire.numbered(20)); SvGroupsClient dave = Users.connect("dave")) {
            EntityBareJid group = groupOf(owner, "Link crew");
            CreatedLink link = owner.createLink(group, null, null);

            assertThat(link.uri()).isEqualTo("xmpp:" + group + "?svgroups-join;token=" + link.token());
            assertThat(link.token()).hasSize(22);
            assertThat(Duration.between(link.link().created(), link.link().expires()).toDays()).isEqualTo(7);

            assertThat(dave.joinByLink(link.uri()).toString()).isEqualTo(group.toString());

            assertThat(Members.of(owner, group)).containsEntry(jid("dave"), MUCAffiliation.member);
            assertThat(StoredBookmarks.await(dave, group).getJid().toString()).isEqualTo(group.toString());
            // Joining again changes nothing and counts no use.
            dave.joinByLink(link.uri());
            assertThat(owner.links(group)).singleElement().extracting(LinkInfo::uses).isEqualTo(1);
        }
    }

    @Test
    void aMinorJoinsOnlyWhereAFriendIs() throws Exception {
        try (SvGroupsClient withFriend = Users.connect(RealOpenfire.numbered(21));
             SvGroupsClient withoutFriend = Users.connect(RealOpenfire.numbered(22));
             SvGroupsClient tess = Users.connect(RealOpenfire.MINOR)) {
            EntityBareJid friendly = groupOf(withFriend, "Alice is here");
            EntityBareJid strangers = withoutFriend.createGroup("Nobody tess knows", List.of()).jid();

            tess.joinByLink(withFriend.createLink(friendly, null, null).uri());
            Refusal refused = refusal(tess, withoutFriend.createLink(strangers, null, null).uri());

            assertThat(Members.of(withFriend, friendly)).containsEntry(jid(RealOpenfire.MINOR), MUCAffiliation.member);
            assertCondition(refused, AppCondition.NOT_FRIENDS);
            assertThat(refused.text()).contains("friend");
            assertThat(Members.of(withoutFriend, strangers)).doesNotContainKey(jid(RealOpenfire.MINOR));
        }
    }

    @Test
    void aBlockEitherWayIsRefusedExactlyLikeAForgedLink() throws Exception {
        try (SvGroupsClient owner = Users.connect(RealOpenfire.numbered(23)); SvGroupsClient alice = Users.connect("alice");
             SvGroupsClient bea = Users.connect(RealOpenfire.BLOCKER); SvGroupsClient sam = Users.connect(RealOpenfire.STRANGER)) {
            EntityBareJid group = groupOf(owner, "Blocks stay secret");
            String uri = owner.createLink(group, null, null).uri();
            Refusal forged = refusal(sam, forged(group));
            assertCondition(forged, AppCondition.LINK_INVALID);
            assertThat(forged.stanzaCondition()).isEqualTo(StanzaError.Condition.item_not_found);

            Blocking.block(bea.connection(), alice.user());
            Blocking.block(alice.connection(), sam.user());
            try {
                assertThat(refusal(bea, uri)).as("bea blocked alice, who is in the group").isEqualTo(forged);
                assertThat(refusal(sam, uri)).as("alice, in the group, blocked sam").isEqualTo(forged);
            } finally {
                Blocking.unblock(bea.connection(), alice.user());
                Blocking.unblock(alice.connection(), sam.user());
            }
            assertThat(Members.of(owner, group)).doesNotContainKeys(jid(RealOpenfire.BLOCKER), jid(RealOpenfire.STRANGER));
            // Control: without the blocks the same link lets them in.
            bea.joinByLink(uri);
            sam.joinByLink(uri);
            assertThat(Members.of(owner, group)).containsKeys(jid(RealOpenfire.BLOCKER), jid(RealOpenfire.STRANGER));
            // The suite's other tests know sam as someone in no group.
            sam.leave(group);
        }
    }

    @Test
    void aRevokedLinkAndAUsedUpLinkEachSaySo() throws Exception {
        try (SvGroupsClient owner = Users.connect(RealOpenfire.numbered(24)); SvGroupsClient dave = Users.connect("dave");
             SvGroupsClient sam = Users.connect(RealOpenfire.STRANGER)) {
            EntityBareJid group = groupOf(owner, "Once only");
            CreatedLink once = owner.createLink(group, 1, 1);
            CreatedLink revoked = owner.createLink(group, null, null);
            owner.revokeLink(group, revoked.link().id());

            dave.joinByLink(once.uri());
            Refusal usedUp = refusal(sam, once.uri());
            Refusal withdrawn = refusal(sam, revoked.uri());

            assertCondition(usedUp, AppCondition.LINK_USED_UP);
            assertCondition(withdrawn, AppCondition.LINK_REVOKED);
            assertThat(Members.of(owner, group)).containsKey(jid("dave")).doesNotContainKey(jid(RealOpenfire.STRANGER));
            // Neither is active any more: the owner's list is empty.
            assertThat(owner.links(group)).isEmpty();
        }
    }

    @Test
    void anExpiredLinkSaysSoAndLinksOutliveARestart(OpenfireInstance server) throws Exception {
        EntityBareJid group;
        CreatedLink expiring;
        CreatedLink lasting;
        try (SvGroupsClient owner = Users.connect(RealOpenfire.numbered(25))) {
            group = groupOf(owner, "Past its date");
            expiring = owner.createLink(group, 1, null);
            lasting = owner.createLink(group, 30, null);
        }
        // A day passes for the first link: its expiry is moved into the past while the server is down.
        server.updateWhileStopped(List.<Object[]>of(new Object[] {
            "UPDATE ofSvgInviteLink SET expires = ? WHERE groupJID = ? AND linkId = ?",
            System.currentTimeMillis() - 1000, group.toString(), expiring.link().id()}));

        try (SvGroupsClient owner = Users.connect(RealOpenfire.numbered(25)); SvGroupsClient dave = Users.connect("dave")) {
            assertCondition(refusal(dave, expiring.uri()), AppCondition.LINK_EXPIRED);
            assertThat(owner.links(group)).extracting(LinkInfo::id).containsExactly(lasting.link().id());
            dave.joinByLink(lasting.uri());
            assertThat(Members.of(owner, group)).containsEntry(jid("dave"), MUCAffiliation.member);
        }
    }

    @Test
    void aFullGroupAndSomeoneUnderAgeAreRefusedWithTheGroupRulesConditions() throws Exception {
        try (SvGroupsClient owner = Users.connect(RealOpenfire.numbered(26)); SvGroupsClient alice = Users.connect("alice");
             SvGroupsClient kim = Users.connect(RealOpenfire.UNDER_AGE); SvGroupsClient dave = Users.connect("dave")) {
            EntityBareJid group = groupOf(owner, "Packed");
            String uri = owner.createLink(group, null, null).uri();
            assertCondition(refusal(kim, uri), AppCondition.AGE_RESTRICTED);

            // alice, made admin, fills the group with her friends up to the cap of 32.
            MultiUserChat asOwner = MultiUserChatManager.getInstanceFor(owner.connection()).getMultiUserChat(group);
            asOwner.grantAdmin(bareJid("alice"));
            List<Jid> members = new ArrayList<>();
            for (int i = 1; members.size() < 30; i++) {
                if (i != 26) {
                    members.add(bareJid(RealOpenfire.numbered(i)));
                }
            }
            MultiUserChatManager.getInstanceFor(alice.connection()).getMultiUserChat(group).grantMembership(members);
            assertThat(Members.of(owner, group)).hasSize(32);

            Refusal full = refusal(dave, uri);
            assertCondition(full, AppCondition.GROUP_FULL);
            assertThat(full.text()).contains("32");
            assertThat(Members.of(owner, group)).hasSize(32).doesNotContainKey(jid("dave"));
        }
    }

    @Test
    void aLinkOfAnotherGroupAndAForgedTokenAreInvalid() throws Exception {
        try (SvGroupsClient owner = Users.connect(RealOpenfire.numbered(27)); SvGroupsClient bob = Users.connect("bob")) {
            EntityBareJid group = groupOf(owner, "Mine");
            EntityBareJid other = groupOf(owner, "Other");
            CreatedLink otherLink = owner.createLink(other, null, null);

            Refusal crossed = refusal(bob, new LinkUri(group.toString(), otherLink.token()).uri());
            Refusal forged = refusal(bob, forged(group));
            assertThatThrownBy(() -> bob.connection().createStanzaCollectorAndSend(
                    new LinksIq(group, IQ.Type.set, "join", Map.of("token", "x' onload='<b &amp;"))).nextResultOrThrow())
                    .isInstanceOfSatisfying(XMPPException.XMPPErrorException.class,
                            e -> assertThat(Refusal.from(e.getStanzaError())).isEqualTo(forged));

            assertCondition(crossed, AppCondition.LINK_INVALID);
            assertThat(crossed).isEqualTo(forged);
            assertThat(Members.of(owner, group)).doesNotContainKey(jid("bob"));
            assertThat(Members.of(owner, other)).doesNotContainKey(jid("bob"));
        }
    }

    @Test
    void tenThousandGuessesAllFailAndAfterTenEvenARealLinkIsRateLimited() throws Exception {
        try (SvGroupsClient owner = Users.connect(RealOpenfire.numbered(28));
             SvGroupsClient guesser = Users.connect(RealOpenfire.numbered(29))) {
            EntityBareJid group = groupOf(owner, "Guess proof");
            CreatedLink real = owner.createLink(group, null, null);
            LinkToken tokens = new LinkToken(RANDOM);
            for (int i = 0; i < 10; i++) {
                assertCondition(refusal(guesser, forged(group)), AppCondition.LINK_INVALID);
            }
            Refusal limited = refusal(guesser, real.uri());
            assertCondition(limited, AppCondition.RATE_LIMITED);

            AtomicInteger rateLimited = new AtomicInteger();
            List<SmackFuture<IQ, Exception>> guesses = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                guesses.add(guesser.connection().sendIqRequestAsync(
                        new LinksIq(group, IQ.Type.set, "join", Map.of("token", tokens.generate()))));
                if (guesses.size() == 200) {
                    collect(guesses, rateLimited);
                }
            }
            collect(guesses, rateLimited);

            assertThat(rateLimited).hasValue(10_000);
            assertThat(Members.of(owner, group)).doesNotContainKey(jid(RealOpenfire.numbered(29)));
            assertThat(owner.links(group)).singleElement().extracting(LinkInfo::uses).isEqualTo(0);
        }
    }

    private static void collect(List<SmackFuture<IQ, Exception>> guesses, AtomicInteger rateLimited) throws Exception {
        for (SmackFuture<IQ, Exception> guess : guesses) {
            try {
                guess.getOrThrow();
                throw new AssertionError("a guessed token was accepted");
            } catch (XMPPException.XMPPErrorException e) {
                if (Refusal.from(e.getStanzaError()).condition().orElseThrow() == AppCondition.RATE_LIMITED) {
                    rateLimited.incrementAndGet();
                }
            }
        }
        guesses.clear();
    }

    @Test
    void ownersCreateAndSeeEveryLinkPlainMembersNeitherByDefault() throws Exception {
        try (SvGroupsClient owner = Users.connect(RealOpenfire.numbered(30)); SvGroupsClient alice = Users.connect("alice");
             SvGroupsClient sam = Users.connect(RealOpenfire.STRANGER)) {
            EntityBareJid group = groupOf(owner, "Owners only");
            CreatedLink link = owner.createLink(group, 3, 5);

            assertThatThrownBy(() -> alice.createLink(group, null, null)).isInstanceOfSatisfying(SvGroupsException.Refused.class,
                    e -> assertThat(e.getCondition()).contains(AppCondition.LINK_FORBIDDEN));
            assertThatThrownBy(() -> sam.links(group)).isInstanceOfSatisfying(SvGroupsException.Refused.class,
                    e -> assertThat(e.getCondition()).contains(AppCondition.NOT_MEMBER));
            assertThatThrownBy(() -> alice.revokeLink(group, link.link().id())).isInstanceOfSatisfying(
                    SvGroupsException.Refused.class, e -> assertThat(e.getCondition()).contains(AppCondition.LINK_FORBIDDEN));
            assertThatThrownBy(() -> owner.createLink(group, 31, null)).isInstanceOfSatisfying(SvGroupsException.Refused.class,
                    e -> assertThat(e.getStanzaCondition()).isEqualTo(StanzaError.Condition.bad_request));
            // A member sees only their own links: none.
            assertThat(alice.links(group)).isEmpty();

            LinkInfo listed = owner.links(group).get(0);
            assertThat(listed.id()).isEqualTo(link.link().id());
            assertThat(listed.creator().toString()).isEqualTo(owner.user().toString());
            assertThat(listed.maxUses()).hasValue(5);
            assertThat(listed.toString()).doesNotContain(link.token());
        }
    }

    @Test
    void onlyTheTokensHashIsStoredAndADissolvedGroupsLinksAndRequestsGo(OpenfireInstance server) throws Exception {
        EntityBareJid kept;
        EntityBareJid dissolved;
        EntityBareJid teens;
        CreatedLink keptLink;
        try (SvGroupsClient owner = Users.connect(RealOpenfire.numbered(19)); SvGroupsClient tess = Users.connect(RealOpenfire.MINOR);
             SvGroupsClient dave = Users.connect("dave")) {
            kept = groupOf(owner, "Kept");
            dissolved = groupOf(owner, "Dissolved");
            teens = tess.createGroup("Dissolved teens", List.of()).jid();
            keptLink = owner.createLink(kept, null, null);
            owner.createLink(dissolved, null, null);
            String teenLink = tess.createLink(teens, null, null).uri();
            assertThatThrownBy(() -> dave.joinByLink(teenLink)).isInstanceOfSatisfying(SvGroupsException.Refused.class,
                    e -> assertThat(e.getCondition()).contains(AppCondition.APPROVAL_PENDING));

            MultiUserChatManager.getInstanceFor(owner.connection()).getMultiUserChat(dissolved).destroy("done", null);
            MultiUserChatManager.getInstanceFor(tess.connection()).getMultiUserChat(teens).destroy("done", null);
        }

        List<Map<String, Object>> rows = server.queryWhileStopped(
                "SELECT groupJID AS g, tokenHash AS secret, linkId AS id, creator AS who FROM ofSvgInviteLink"
                        + " UNION ALL SELECT groupJID, userJID, linkId, userJID FROM ofSvgJoinRequest");

        assertThat(rows).extracting(row -> row.get("g")).doesNotContain(dissolved.toString(), teens.toString());
        assertThat(rows).filteredOn(row -> kept.toString().equals(row.get("g"))).singleElement().satisfies(row -> {
            assertThat(row.get("secret")).isEqualTo(LinkToken.hash(keptLink.token()));
            assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(keptLink.token()));
        });
    }
}
