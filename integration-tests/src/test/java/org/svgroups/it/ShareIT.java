package org.svgroups.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.svgroups.it.Members.bareJid;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jivesoftware.smack.StanzaCollector;
import org.jivesoftware.smack.filter.AndFilter;
import org.jivesoftware.smack.filter.FromMatchesFilter;
import org.jivesoftware.smack.filter.MessageTypeFilter;
import org.jivesoftware.smack.filter.OrFilter;
import org.jivesoftware.smack.filter.StanzaIdFilter;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.MessageBuilder;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.jivesoftware.smack.packet.StanzaError;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jxmpp.jid.EntityBareJid;
import org.svgroups.client.GroupMessage;
import org.svgroups.client.Refusal;
import org.svgroups.client.Shares;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.client.SvGroupsException;
import org.svgroups.client.packet.OutOfBandData;
import org.svgroups.client.packet.ShareElement;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.share.Price;
import org.svgroups.core.share.Share;
import org.svgroups.core.share.ShareKind;
import org.svgroups.core.share.ShareXml;
import org.svgroups.core.share.Thumbnail;

/**
 * Sharing videos and products into groups (docs/share-protocol.md) on the real server, with the app's catalogue
 * played by {@link TestCatalogue}: a share reaches the other members as the catalogue describes the item, verified,
 * with a body and an XEP-0066 link that match it; a share from another host, a malformed or oversized one, an item
 * the catalogue holds as private, removed or unknown, and an 18+ item in a group with a minor are refused with the
 * right condition and reach nobody; an unreachable catalogue delivers unverified; plain and end-to-end encrypted
 * messages pass untouched; the per-minute limit refuses the share after the last allowed one.
 *
 * <p>dave owns the group {@link #crew}, with bob and carol; all three are in its room. What members receive is read
 * from the raw stanzas ({@link RoomTap}). Refusals are checked on the wire: an error with the message's id, condition,
 * standard condition and type comes back (not a timeout), and the other members receive dave's next message but no
 * message with a refused one's id, also in a quiet moment after it.
 */
@ExtendWith(RealOpenfire.class)
class ShareIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    /** How long a member must hear nothing after a refused share (beyond the message dave sends after it). */
    private static final Duration QUIET = Duration.ofSeconds(2);
    private static final String SHARE_NS = Share.NAMESPACE;
    private static final String OOB_NS = "jabber:x:oob";
    private static final String OMEMO_NS = "eu.siacs.conversations.axolotl";
    /**
     * What Openfire's room adds to every message it broadcasts: a stanza id (XEP-0359), an occupant id (XEP-0421)
     * and, in a non-anonymous room, the sender's full JID as an {@code ofrom} address (XEP-0033).
     */
    private static final Set<String> ADDED_BY_THE_ROOM = Set.of("urn:xmpp:sid:0", "urn:xmpp:occupant-id:0",
            "http://jabber.org/protocol/address");

    /** The ids of the messages refused in the current test. */
    private static final List<String> refused = new ArrayList<>();

    private static SvGroupsClient dave;
    private static SvGroupsClient bob;
    private static SvGroupsClient carol;
    /** dave's group, with bob and carol. */
    private static EntityBareJid crew;

    @BeforeAll
    static void createGroup() throws Exception {
        dave = Users.connect("dave");
        bob = Users.connect("bob");
        carol = Users.connect("carol");
        crew = dave.createGroup("Share crew", List.of("bob", "carol")).jid();
        for (SvGroupsClient member : List.of(dave, bob, carol)) {
            member.join(crew);
        }
    }

    @BeforeEach
    void forgetRefusals() {
        refused.clear();
    }

    @AfterAll
    static void disconnect() {
        for (SvGroupsClient client : new SvGroupsClient[] {dave, bob, carol}) {
            if (client != null) {
                client.close();
            }
        }
    }

    // ---- delivered, as the catalogue describes the item ---------------------------------------------------------

    @Test
    void aVideoReachesTheOtherMembersAsTheCatalogueDescribesItVerified(TestCatalogue catalogue) throws Exception {
        // dave's client claims its own title, author, thumbnail and duration, and links with a tracking query.
        Share claimed = new Share(ShareKind.VIDEO, TestCatalogue.DANCE.id(),
                TestCatalogue.DANCE.url() + "?utm_source=app", "My dance video", "@impostor",
                new Thumbnail("https://" + TestCatalogue.CDN + "/t/fake.jpg", 100, 100), 999, null, null);
        GroupMessage reflected;
        try (RoomTap atBob = RoomTap.on(bob, crew); RoomTap atCarol = RoomTap.on(carol, crew)) {
            reflected = dave.share(crew, claimed);

            assertThat(reflected.share()).as("the share dave's reflection carries").contains(TestCatalogue.DANCE);
            for (RoomTap tap : List.of(atBob, atCarol)) {
                Message received = tap.next(reflected.stanza().getStanzaId(), WAIT);
                assertThat((Object) received).as("the share at %s", tap.who()).isNotNull();
                assertDeliveredAsCatalogued(received, TestCatalogue.DANCE);
            }
        }
        // What bob's client library makes of it.
        String id = reflected.stanza().getStanzaId();
        GroupMessage atBob = bob.awaitMessage(crew, m -> id.equals(m.stanza().getStanzaId()), WAIT).orElseThrow();
        assertThat((Object) atBob.sender()).isEqualTo(bareJid("dave"));
        assertThat(atBob.share()).contains(TestCatalogue.DANCE);
        assertThat(atBob.body()).isEqualTo(TestCatalogue.DANCE.title() + " " + TestCatalogue.DANCE.url());
        assertThat(catalogue.requestsFor(ShareKind.VIDEO, TestCatalogue.DANCE.id())).as("catalogue look-ups").isPositive();
    }

    @Test
    void aProductCarriesTheCataloguePriceAndNothingTheCatalogueDoesNotGive() throws Exception {
        // The catalogue gives the hoodie no author: the sender's does not get through.
        Share claimed = new Share(ShareKind.PRODUCT, TestCatalogue.HOODIE.id(), TestCatalogue.HOODIE.url(),
                "Hoodie, nearly free", "@reseller", null, null, new Price(new BigDecimal("1.00"), "EUR"), null);
        try (RoomTap atBob = RoomTap.on(bob, crew)) {
            GroupMessage reflected = dave.share(crew, claimed);

            assertThat(reflected.share()).contains(TestCatalogue.HOODIE);
            Message received = atBob.next(reflected.stanza().getStanzaId(), WAIT);
            assertThat((Object) received).as("the share at bob").isNotNull();
            assertDeliveredAsCatalogued(received, TestCatalogue.HOODIE);
            assertThat(received.toXML().toString()).doesNotContain("@reseller", "1.00", "nearly free");
        }
    }

    @Test
    void aBodyAndALinkThatPointElsewhereAreCorrectedToTheDeliveredItem() throws Exception {
        String phishing = "https://evil.example/login";
        try (RoomTap atBob = RoomTap.on(bob, crew)) {
            Message reflected = post(dave, crew, "Free followers " + phishing,
                    new ShareElement(new Share(ShareKind.VIDEO, TestCatalogue.DANCE.id(), TestCatalogue.DANCE.url(),
                            "Free followers", null, null, null, null, null)),
                    new RawXml("x", OOB_NS, "<x xmlns='" + OOB_NS + "'><url>" + phishing + "</url><desc>Free followers</desc></x>"));
            assertThat(reflected.getType()).as("the room's answer: %s", reflected.toXML()).isEqualTo(Message.Type.groupchat);

            Message received = atBob.next(reflected.getStanzaId(), WAIT);
            assertThat((Object) received).as("the share at bob").isNotNull();
            assertDeliveredAsCatalogued(received, TestCatalogue.DANCE);
            assertThat(received.toXML().toString()).doesNotContain(phishing);
        }
    }

    @Test
    void aShareWithoutBodyOrLinkGetsBothAdded() throws Exception {
        try (RoomTap atBob = RoomTap.on(bob, crew)) {
            Message reflected = post(dave, crew, null, RawXml.share("<share xmlns='" + SHARE_NS + "' kind='product' id='"
                    + TestCatalogue.HOODIE.id() + "' url='" + TestCatalogue.HOODIE.url() + "'/>"));
            assertThat(reflected.getType()).as("the room's answer: %s", reflected.toXML()).isEqualTo(Message.Type.groupchat);

            Message received = atBob.next(reflected.getStanzaId(), WAIT);
            assertThat((Object) received).as("the share at bob").isNotNull();
            assertDeliveredAsCatalogued(received, TestCatalogue.HOODIE);
        }
    }

    // ---- refused, and nobody receives it ---------------------------------------------------------------------------

    @Test
    void sharesFromHostsThatAreNotTheAppsAreRefusedAndReachNobody(TestCatalogue catalogue) throws Exception {
        String id = "lure-1";
        try (RoomTap atBob = RoomTap.on(bob, crew); RoomTap atCarol = RoomTap.on(carol, crew)) {
            refusedShare(dave, crew, video(id, "https://videos.evil.example/v/" + id),
                    AppCondition.SHARE_ORIGIN_NOT_ALLOWED);
            // Not listed itself: no wildcards.
            refusedShare(dave, crew, video(id, "https://cdn." + TestCatalogue.VIDEOS + "/v/" + id),
                    AppCondition.SHARE_ORIGIN_NOT_ALLOWED);
            // The item's URL is the app's, its thumbnail is not.
            refusedShare(dave, crew, new Share(ShareKind.VIDEO, id, "https://" + TestCatalogue.VIDEOS + "/v/" + id, "Cute cats",
                            null, new Thumbnail("https://img.evil.example/cats.jpg", 720, 1280), null, null, null),
                    AppCondition.SHARE_ORIGIN_NOT_ALLOWED);

            assertNobodyReceivedIt(atBob, atCarol);
        }
        assertThat(catalogue.requestsFor(ShareKind.VIDEO, id)).as("catalogue look-ups of a refused share").isZero();
    }

    @Test
    void malformedSharesAreRefusedAsInvalidAndReachNobody() throws Exception {
        String url = TestCatalogue.DANCE.url();
        try (RoomTap atBob = RoomTap.on(bob, crew); RoomTap atCarol = RoomTap.on(carol, crew)) {
            refusedPost(dave, crew, AppCondition.SHARE_INVALID, "a song",
                    RawXml.share("<share xmlns='" + SHARE_NS + "' kind='song' id='dance-101' url='" + url + "'/>"));
            refusedPost(dave, crew, AppCondition.SHARE_INVALID, "two shares",
                    new ShareElement(video(TestCatalogue.DANCE.id(), url)),
                    new ShareElement(video(TestCatalogue.DANCE.id(), url)));
            refusedPost(dave, crew, AppCondition.SHARE_INVALID, "no url",
                    RawXml.share("<share xmlns='" + SHARE_NS + "' kind='video' id='dance-101'><title>Hi</title></share>"));
            refusedPost(dave, crew, AppCondition.SHARE_INVALID, "a duration on a product",
                    RawXml.share("<share xmlns='" + SHARE_NS + "' kind='product' id='hoodie-42' url='"
                            + TestCatalogue.HOODIE.url() + "'><duration>12</duration></share>"));
            // Not https; with user information (which would make evil.example look like the app's host).
            refusedShare(dave, crew, video("dance-101", "http://" + TestCatalogue.VIDEOS + "/v/dance-101"),
                    AppCondition.SHARE_INVALID);
            refusedShare(dave, crew, video("dance-101", "https://" + TestCatalogue.VIDEOS + "@evil.example/v/dance-101"),
                    AppCondition.SHARE_INVALID);
            // Names one item, links another.
            StanzaError mismatch = refusedShare(dave, crew,
                    video("dance-101", "https://" + TestCatalogue.VIDEOS + "/v/other-7"), AppCondition.SHARE_INVALID);
            assertThat(mismatch.getDescriptiveText()).isEqualTo("The item id 'dance-101' does not match its URL.");

            assertNobodyReceivedIt(atBob, atCarol);
        }
    }

    @Test
    void oversizedSharesAreRefusedAsInvalidAndReachNobody() throws Exception {
        String url = TestCatalogue.DANCE.url();
        try (RoomTap atBob = RoomTap.on(bob, crew); RoomTap atCarol = RoomTap.on(carol, crew)) {
            refusedShare(dave, crew, Shares.video("dance-101", url, "t".repeat(201)), AppCondition.SHARE_INVALID);
            refusedShare(dave, crew, new Share(ShareKind.VIDEO, "dance-101", url, "Dance", "a".repeat(101), null, null,
                    null, null), AppCondition.SHARE_INVALID);
            // Within every bound but one: the whole element is over 8192 characters (an unknown child carries it).
            String padded = "<share xmlns='" + SHARE_NS + "' kind='video' id='dance-101' url='" + url + "'><title>Dance</title>"
                    + "<note xmlns='urn:example:padding'>" + "p".repeat(ShareXml.MAX_LENGTH) + "</note></share>";
            StanzaError tooLarge = refusedPost(dave, crew, AppCondition.SHARE_INVALID, "a share of " + padded.length()
                    + " characters", RawXml.share(padded));
            assertThat(tooLarge.getDescriptiveText()).contains("too large");

            assertNobodyReceivedIt(atBob, atCarol);
        }
        // Control: a title of exactly 200 characters is within bounds (and replaced by the catalogue's).
        assertThat(dave.share(crew, Shares.video("dance-101", url, "t".repeat(200))).share()).contains(TestCatalogue.DANCE);
    }

    @Test
    void itemsTheCatalogueHoldsAsPrivateRemovedOrUnknownAreRefusedAndReachNobody(TestCatalogue catalogue) throws Exception {
        try (RoomTap atBob = RoomTap.on(bob, crew); RoomTap atCarol = RoomTap.on(carol, crew)) {
            for (String id : List.of(TestCatalogue.PRIVATE_VIDEO, TestCatalogue.REMOVED_VIDEO)) {
                StanzaError error = refusedShare(dave, crew,
                        Shares.video(id, "https://" + TestCatalogue.VIDEOS + "/v/" + id, "Look at this"),
                        AppCondition.CONTENT_UNAVAILABLE);
                assertThat(error.getDescriptiveText()).as(id).isEqualTo("This item is private or was removed.");
                assertThat(catalogue.requestsFor(ShareKind.VIDEO, id)).as("catalogue look-ups of %s", id).isPositive();
            }
            StanzaError unknown = refusedShare(dave, crew, video(TestCatalogue.UNKNOWN_VIDEO,
                    "https://" + TestCatalogue.VIDEOS + "/v/" + TestCatalogue.UNKNOWN_VIDEO), AppCondition.CONTENT_UNAVAILABLE);
            assertThat(unknown.getDescriptiveText()).isEqualTo("This item does not exist.");

            assertNobodyReceivedIt(atBob, atCarol);
        }
    }

    // ---- minimum age -------------------------------------------------------------------------------------------------

    @Test
    void anAdultsOnlyItemIsRefusedInAGroupWithAMinorAndReachesNobody() throws Exception {
        try (SvGroupsClient tess = Users.connect(RealOpenfire.MINOR)) {
            EntityBareJid mixed = carol.createGroup("Mixed ages", List.of("bob")).jid();
            carol.invite(mixed, RealOpenfire.MINOR, "join us");
            tess.accept(mixed);
            assertThat(Members.of(carol, mixed)).containsKey(Members.jid(RealOpenfire.MINOR));
            carol.join(mixed);
            bob.join(mixed);
            tess.join(mixed);
            try (RoomTap atBob = RoomTap.on(bob, mixed); RoomTap atTess = RoomTap.on(tess, mixed)) {
                StanzaError error = refusedShare(carol, mixed, Shares.product(TestCatalogue.VAPE.id(),
                        TestCatalogue.VAPE.url(), "Vape", null), AppCondition.AGE_RESTRICTED);
                assertThat(error.getDescriptiveText())
                        .isEqualTo("This item is for people aged 18 and over, and not everyone in the group is.");

                assertNobodyReceivedIt(carol, mixed, atBob, atTess);
            }
            // Control: in the same group, an item for everyone is delivered.
            try (RoomTap atTess = RoomTap.on(tess, mixed)) {
                GroupMessage reflected = carol.share(mixed, Shares.product(TestCatalogue.HOODIE.id(),
                        TestCatalogue.HOODIE.url(), null, null));
                assertThat(reflected.share()).contains(TestCatalogue.HOODIE);
                Message received = atTess.next(reflected.stanza().getStanzaId(), WAIT);
                assertThat((Object) received).as("the hoodie at tess").isNotNull();
                assertDeliveredAsCatalogued(received, TestCatalogue.HOODIE);
            }
        }
    }

    @Test
    void anAdultsOnlyItemIsDeliveredInAGroupOfAdults() throws Exception {
        EntityBareJid adults = carol.createGroup("Adults only", List.of("bob")).jid();
        carol.join(adults);
        bob.join(adults);
        try (RoomTap atBob = RoomTap.on(bob, adults)) {
            GroupMessage reflected = carol.share(adults, Shares.product(TestCatalogue.VAPE.id(), TestCatalogue.VAPE.url(),
                    "Vape", null));

            assertThat(reflected.share()).contains(TestCatalogue.VAPE);
            Message received = atBob.next(reflected.stanza().getStanzaId(), WAIT);
            assertThat((Object) received).as("the share at bob").isNotNull();
            assertDeliveredAsCatalogued(received, TestCatalogue.VAPE);
        }
    }

    @Test
    void aMinorWithOnlyAPendingInvitationDoesNotCountAsAMember() throws Exception {
        try (SvGroupsClient tess = Users.connect(RealOpenfire.MINOR)) {
            EntityBareJid group = carol.createGroup("Invited, not joined", List.of("bob")).jid();
            carol.invite(group, RealOpenfire.MINOR, "maybe later");
            assertThat(tess.invitations().receivedFor(group)).as("tess's pending invitation").isPresent();
            assertThat(Members.of(carol, group)).doesNotContainKey(Members.jid(RealOpenfire.MINOR));

            assertThat(carol.share(group, Shares.product(TestCatalogue.VAPE.id(), TestCatalogue.VAPE.url(), "Vape", null))
                    .share()).contains(TestCatalogue.VAPE);
        }
    }

    // ---- the catalogue cannot be asked -------------------------------------------------------------------------------

    @Test
    void aCatalogueThatFailsDeliversTheShareAsSentMarkedUnverified(TestCatalogue catalogue) throws Exception {
        String id = TestCatalogue.FAILING_VIDEO;
        String url = "https://" + TestCatalogue.VIDEOS + "/v/" + id;
        try (RoomTap atBob = RoomTap.on(bob, crew)) {
            // A sender cannot mark its own share as verified.
            Message reflected = post(dave, crew, null, RawXml.share("<share xmlns='" + SHARE_NS + "' kind='video' id='" + id
                    + "' url='" + url + "' verified='true'><title>Fresh moves</title><author>@dave</author>"
                    + "<duration>30</duration></share>"));
            assertThat(reflected.getType()).as("the room's answer: %s", reflected.toXML()).isEqualTo(Message.Type.groupchat);

            Message received = atBob.next(reflected.getStanzaId(), WAIT);
            assertThat((Object) received).as("the share at bob").isNotNull();
            assertDelivered(received, new Share(ShareKind.VIDEO, id, url, "Fresh moves", "@dave", null, 30, null, false));
        }
        assertThat(catalogue.requestsFor(ShareKind.VIDEO, id)).as("catalogue look-ups of %s", id).isPositive();
    }

    @Test
    void aCatalogueThatAnswersTooLateDeliversTheShareAsSentMarkedUnverified(TestCatalogue catalogue) throws Exception {
        String id = TestCatalogue.SLOW_PRODUCT;
        Share sent = Shares.product(id, "https://" + TestCatalogue.SHOP + "/p/" + id, "Great deal", Shares.price("2.00", "EUR"));
        try (RoomTap atBob = RoomTap.on(bob, crew)) {
            Instant start = Instant.now();
            GroupMessage reflected = dave.share(crew, sent);
            Duration took = Duration.between(start, Instant.now());

            assertThat(took).as("the plugin waits for the catalogue no longer than its timeout, not for the answer")
                    .isLessThan(TestCatalogue.SLOW_ANSWER.minusSeconds(1));
            assertThat(reflected.share()).contains(sent.withVerified(false));
            Message received = atBob.next(reflected.stanza().getStanzaId(), WAIT);
            assertThat((Object) received).as("the share at bob").isNotNull();
            assertDelivered(received, sent.withVerified(false));
        }
        assertThat(catalogue.requestsFor(ShareKind.PRODUCT, id)).as("catalogue look-ups of %s", id).isPositive();
    }

    // ---- what is not a share passes untouched ------------------------------------------------------------------------

    @Test
    void aPlainMessagePassesUntouched() throws Exception {
        String text = "check https://evil.example/x and " + TestCatalogue.DANCE.url();
        ExtensionElement fileLink = new RawXml("x", OOB_NS, "<x xmlns='" + OOB_NS
                + "'><url>https://upload.example/files/cat.jpg</url><desc>my cat</desc></x>");
        try (RoomTap atBob = RoomTap.on(bob, crew)) {
            Message sent = build(crew, text, fileLink);
            Message reflected = post(dave, sent);
            assertThat(reflected.getType()).isEqualTo(Message.Type.groupchat);

            Message received = atBob.next(sent.getStanzaId(), WAIT);
            assertThat((Object) received).as("the message at bob").isNotNull();
            assertThat(received.getBody()).isEqualTo(text);
            assertUntouched(sent, received);
        }
    }

    @Test
    void anEndToEndEncryptedMessagePassesUntouched() throws Exception {
        String encrypted = "<encrypted xmlns='" + OMEMO_NS + "'><header sid='1'><key rid='2'>AAAA</key><iv>AAAA</iv></header>"
                + "<payload>AAAA</payload></encrypted>";
        List<ExtensionElement> omemo = List.of(new RawXml("encrypted", OMEMO_NS, encrypted),
                new RawXml("encryption", "urn:xmpp:eme:0", "<encryption xmlns='urn:xmpp:eme:0' namespace='" + OMEMO_NS
                        + "' name='OMEMO'/>"),
                new RawXml("store", "urn:xmpp:hints", "<store xmlns='urn:xmpp:hints'/>"));
        try (RoomTap atBob = RoomTap.on(bob, crew); RoomTap atCarol = RoomTap.on(carol, crew)) {
            // As OMEMO clients send it (with a fallback body), and without any body.
            Message withFallback = build(crew, "I sent you an OMEMO encrypted message but your client doesn't seem to support that.",
                    omemo.toArray(ExtensionElement[]::new));
            Message bare = build(crew, null, new RawXml("encrypted", OMEMO_NS, encrypted));
            for (Message sent : List.of(withFallback, bare)) {
                Message reflected = post(dave, sent);
                assertThat(reflected.getType()).as("the room's answer: %s", reflected.toXML()).isEqualTo(Message.Type.groupchat);
                for (RoomTap tap : List.of(atBob, atCarol)) {
                    Message received = tap.next(sent.getStanzaId(), WAIT);
                    assertThat((Object) received).as("the encrypted message at %s", tap.who()).isNotNull();
                    assertThat(StanzaXml.canonical(received.getExtensionElement("encrypted", OMEMO_NS).toXML().toString()))
                            .as("the encrypted element at %s", tap.who()).isEqualTo(StanzaXml.canonical(encrypted));
                    assertUntouched(sent, received);
                }
            }
        }
    }

    @Test
    void aShareInTheClearBesideAnEncryptedPayloadIsStillChecked() throws Exception {
        try (RoomTap atBob = RoomTap.on(bob, crew)) {
            refusedPost(dave, crew, AppCondition.SHARE_ORIGIN_NOT_ALLOWED, "an encrypted message with a share in the clear",
                    new RawXml("encrypted", OMEMO_NS, "<encrypted xmlns='" + OMEMO_NS
                            + "'><header sid='1'><iv>AAAA</iv></header><payload>AAAA</payload></encrypted>"),
                    new ShareElement(video("lure-2", "https://videos.evil.example/v/lure-2")));
            assertNobodyReceivedIt(atBob);
        }
    }

    // ---- rate limit ----------------------------------------------------------------------------------------------------

    @Test
    void theShareAfterThePerMinuteLimitIsRateLimitedAndReachesNobody() throws Exception {
        try (SvGroupsClient sharon = Users.connect(RealOpenfire.SHARE_RATE_LIMITED)) {
            EntityBareJid picks = sharon.createGroup("Sharon's picks", List.of()).jid();
            sharon.join(picks);
            Share rate = Shares.video(TestCatalogue.RATE.id(), TestCatalogue.RATE.url(), "again");
            // The server counts in fixed one-minute windows: start early in one, and abort if the run crosses it.
            long secondOfMinute = Instant.now().getEpochSecond() % 60;
            if (secondOfMinute > 50) {
                Thread.sleep((61 - secondOfMinute) * 1000);
            }
            long minuteAtStart = currentMinute();
            for (int i = 1; i <= RealOpenfire.SHARES_PER_MINUTE; i++) {
                assertThat(sharon.share(picks, rate).share()).as("share %d", i).contains(TestCatalogue.RATE);
            }
            try (RoomTap atSharon = RoomTap.on(sharon, picks)) {
                StanzaError error;
                try {
                    error = refusedShare(sharon, picks, rate, AppCondition.RATE_LIMITED);
                } catch (AssertionError e) {
                    Assumptions.assumeTrue(currentMinute() == minuteAtStart, "the shares straddled a minute boundary");
                    throw e;
                }
                // The time to retry: the start of the next window.
                assertThat(error.getDescriptiveText()).as("says when to retry")
                        .contains(DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC)
                                .format(Instant.ofEpochSecond((minuteAtStart + 1) * 60)));
                assertNobodyReceivedIt(sharon, picks, atSharon);
            }
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------------------

    /** The share as the catalogue describes it: share, body and link all say the same, marked verified. */
    private static void assertDeliveredAsCatalogued(Message received, Share catalogued) {
        assertThat(catalogued.verified()).isTrue();
        assertDelivered(received, catalogued);
    }

    /**
     * Exactly one share, equal to {@code expected} (verified included); a body of its title and URL; exactly one
     * XEP-0066 link, to its URL, described by its title.
     */
    private static void assertDelivered(Message received, Share expected) {
        String xml = received.toXML().toString();
        List<ShareElement> shares = ShareElement.from(received);
        assertThat(shares).as("share elements in %s", xml).hasSize(1);
        assertThat(shares.get(0).getShare()).as("the share in %s", xml).contains(expected);
        assertThat(received.getBody()).as("the body of %s", xml).isEqualTo(expected.plainText());
        assertThat(received.getExtensions("x", OOB_NS)).as("jabber:x:oob elements in %s", xml).hasSize(1);
        OutOfBandData link = OutOfBandData.from(received).orElseThrow(() -> new AssertionError("no XEP-0066 URL in " + xml));
        assertThat(link.getUrl()).as("the XEP-0066 URL in %s", xml).isEqualTo(expected.url());
        assertThat(link.getDescription()).as("the XEP-0066 description in %s", xml).isEqualTo(expected.title());
    }

    /** The message came through with the children it was sent with, in order (what the room adds aside). */
    private static void assertUntouched(Message sent, Message received) {
        assertThat(StanzaXml.children(received, ADDED_BY_THE_ROOM)).as("the children of %s", received.toXML())
                .isEqualTo(StanzaXml.children(sent, Set.of()));
        assertThat(ShareElement.from(received)).isEmpty();
    }

    /**
     * Shares through the client library and expects the refusal: the library throws it (it did not time out), and
     * the error message with the share's id carries {@code condition} with its standard condition and type.
     *
     * @return the error, for its text
     */
    private static StanzaError refusedShare(SvGroupsClient sender, EntityBareJid group, Share share, AppCondition condition)
            throws Exception {
        StanzaCollector errors = sender.connection().createStanzaCollector(
                new AndFilter(MessageTypeFilter.ERROR, FromMatchesFilter.createBare(group)));
        try {
            Throwable thrown = catchThrowable(() -> sender.share(group, share));
            assertThat(thrown).as("sharing %s", share).isInstanceOfSatisfying(SvGroupsException.Refused.class,
                    refused -> assertThat(refused.getCondition()).as("%s: %s", share, refused.getRefusal()).contains(condition));
            Message error = errors.nextResult(WAIT.toMillis());
            assertThat((Object) error).as("the error message for %s", share).isNotNull();
            refused.add(error.getStanzaId());
            assertRefusal(error, condition, share.toString());
            return error.getError();
        } finally {
            errors.cancel();
        }
    }

    /** Sends a groupchat message with these children and expects the refusal {@code condition}. */
    private static StanzaError refusedPost(SvGroupsClient sender, EntityBareJid group, AppCondition condition, String what,
                                           ExtensionElement... extensions) throws Exception {
        Message reply = post(sender, group, "Look at this", extensions);
        refused.add(reply.getStanzaId());
        assertRefusal(reply, condition, what);
        return reply.getError();
    }

    private static void assertRefusal(Message reply, AppCondition condition, String what) {
        assertThat(reply.getType()).as("the room's answer to %s: %s", what, reply.toXML()).isEqualTo(Message.Type.error);
        StanzaError error = reply.getError();
        Refusal refusal = Refusal.from(error);
        assertThat(refusal.condition()).as("%s: %s", what, refusal).contains(condition);
        assertThat(error.getCondition()).as("%s: %s", what, refusal).isEqualTo(standardCondition(condition));
        assertThat(error.getType()).as("%s: %s", what, refusal).isEqualTo(errorType(condition));
        assertThat(refusal.text()).as("%s: %s", what, refusal).isNotBlank();
    }

    private static StanzaError.Condition standardCondition(AppCondition condition) {
        return switch (condition) {
            case SHARE_INVALID -> StanzaError.Condition.bad_request;
            case SHARE_ORIGIN_NOT_ALLOWED -> StanzaError.Condition.not_acceptable;
            case RATE_LIMITED -> StanzaError.Condition.resource_constraint;
            case CONTENT_UNAVAILABLE -> StanzaError.Condition.item_not_found;
            case AGE_RESTRICTED -> StanzaError.Condition.forbidden;
            default -> throw new IllegalArgumentException("not a share refusal: " + condition);
        };
    }

    private static StanzaError.Type errorType(AppCondition condition) {
        return switch (condition) {
            case SHARE_INVALID, SHARE_ORIGIN_NOT_ALLOWED -> StanzaError.Type.MODIFY;
            case RATE_LIMITED -> StanzaError.Type.WAIT;
            case CONTENT_UNAVAILABLE -> StanzaError.Type.CANCEL;
            case AGE_RESTRICTED -> StanzaError.Type.AUTH;
            default -> throw new IllegalArgumentException("not a share refusal: " + condition);
        };
    }

    /** In {@link #crew}: dave posts a marker after the refused shares. */
    private static void assertNobodyReceivedIt(RoomTap... taps) throws Exception {
        assertNobodyReceivedIt(dave, crew, taps);
    }

    /**
     * None of the messages refused in this test reached anyone: {@code poster} posts a marker message after them;
     * each tap receives that marker, and neither before it nor in a quiet moment after it (Openfire routes to each
     * occupant in order, but a moment more costs little) a message with the id of a refused one. (By id, because a
     * message delivered at the end of the previous test may still be on its way to some members.)
     */
    private static void assertNobodyReceivedIt(SvGroupsClient poster, EntityBareJid group, RoomTap... taps) throws Exception {
        assertThat(refused).as("refused messages").isNotEmpty();
        String marker = "after the refusals " + UUID.randomUUID();
        poster.send(group, marker);
        Map<RoomTap, List<Message>> received = new LinkedHashMap<>();
        for (RoomTap tap : taps) {
            received.put(tap, new ArrayList<>(tap.until(marker, WAIT)));
        }
        Thread.sleep(QUIET.toMillis());
        for (RoomTap tap : taps) {
            List<Message> all = received.get(tap);
            all.addAll(tap.drain());
            String seen = all.stream().map(m -> m.toXML().toString()).toList().toString();
            assertThat(all).as("what %s received from the room: %s", tap.who(), seen)
                    .extracting(Message::getBody).contains(marker);
            assertThat(all).as("what %s received from the room: %s", tap.who(), seen)
                    .extracting(Message::getStanzaId).doesNotContainAnyElementsOf(refused);
        }
    }

    /** Sends a groupchat message with these children (and a body, unless null) and returns the room's answer. */
    private static Message post(SvGroupsClient sender, EntityBareJid group, String body, ExtensionElement... extensions)
            throws Exception {
        return post(sender, build(group, body, extensions));
    }

    private static Message build(EntityBareJid group, String body, ExtensionElement... extensions) {
        MessageBuilder message = StanzaBuilder.buildMessage("share-it-" + UUID.randomUUID()).to(group).ofType(Message.Type.groupchat);
        if (body != null) {
            message.setBody(body);
        }
        for (ExtensionElement extension : extensions) {
            message.addExtension(extension);
        }
        return message.build();
    }

    /**
     * Sends a message to its group (entering the room if needed) and returns the room's answer with the same id:
     * its reflection, or an error. Fails if neither comes.
     */
    private static Message post(SvGroupsClient sender, Message message) throws Exception {
        EntityBareJid group = message.getTo().asEntityBareJidOrThrow();
        sender.join(group);
        StanzaCollector answers = sender.connection().createStanzaCollector(new AndFilter(FromMatchesFilter.createBare(group),
                new StanzaIdFilter(message.getStanzaId()), new OrFilter(MessageTypeFilter.GROUPCHAT, MessageTypeFilter.ERROR)));
        try {
            sender.connection().sendStanza(message);
            Message answer = answers.nextResult(WAIT.toMillis());
            assertThat((Object) answer).as("the room's answer to %s", message.toXML()).isNotNull();
            return answer;
        } finally {
            answers.cancel();
        }
    }

    /** A video as a client sends it without a title. */
    private static Share video(String id, String url) {
        return Shares.video(id, url, null);
    }

    private static long currentMinute() {
        return Instant.now().getEpochSecond() / 60;
    }
}
