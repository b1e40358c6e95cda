package org.svgroups.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.svgroups.core.FixedGroupSettings;
import org.svgroups.core.group.Membership;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.share.Catalogue;
import org.svgroups.core.share.Share;
import org.svgroups.core.share.ShareKind;
import org.svgroups.core.share.Thumbnail;
import org.svgroups.core.testing.CatalogueTable;
import org.svgroups.core.testing.Clocks;
import org.svgroups.core.testing.Directory;
import org.svgroups.core.testing.FixedShareSettings;
import org.svgroups.core.testing.MovableClock;
import org.svgroups.core.testing.Shares;

/** Today is 2026-11-25, 10:30:00 UTC. */
class ShareRulesTest {

    private static final String ALICE = "alice@example.org";
    private static final String BOB = "bob@example.org";
    private static final String TEEN = "teen@example.org";

    private static final Membership ADULTS = Membership.of(List.of(ALICE), List.of(), List.of(BOB));
    private static final Membership WITH_A_MINOR = Membership.of(List.of(ALICE), List.of(), List.of(BOB, TEEN));

    private final Directory people = new Directory().born(ALICE, "1990-01-01").born(BOB, "1988-02-02").born(TEEN, "2009-06-01");
    private final CatalogueTable catalogue = new CatalogueTable();
    private final Map<String, Integer> shareCounts = new HashMap<>();
    private final MovableClock clock = new MovableClock(Clocks.NOW);

    private ShareRules rules(FixedShareSettings settings, Optional<Catalogue> catalogue) {
        return new ShareRules(settings, FixedGroupSettings.defaults(), catalogue, people, shareCounts, clock);
    }

    private ShareRules withCatalogue() {
        return rules(FixedShareSettings.defaults(), Optional.of(catalogue));
    }

    private ShareRules withoutCatalogue() {
        return rules(FixedShareSettings.defaults(), Optional.empty());
    }

    private static ShareDecision share(ShareRules rules, String sender, String... elements) {
        return rules.check(ADULTS, sender, List.of(elements));
    }

    private static Refusal refusalOf(ShareDecision decision) {
        return decision.refusal().orElseThrow(() -> new AssertionError("expected a refusal, got " + decision.share()));
    }

    private static Share delivered(ShareDecision decision) {
        assertThat(decision.refusal()).as("refusal").isEmpty();
        return decision.share();
    }

    // --- one readable share ---

    @Test
    void twoSharesInOneMessageAreInvalid() {
        String one = Shares.video("1").xml();
        String two = Shares.video("2").xml();

        Refusal refusal = refusalOf(share(withCatalogue(), ALICE, one, two));

        assertThat(refusal.condition()).isEqualTo(AppCondition.SHARE_INVALID);
        assertThat(refusal.text()).contains("exactly one share");
        assertThat(catalogue.lookups()).isEmpty();
    }

    @Test
    void aMessageWithNoShareAtAllIsAlsoRefusedAsInvalid() {
        // What the code does (the adapter only calls it with at least one share): the text says "at most one".
        assertThat(refusalOf(withCatalogue().check(ADULTS, ALICE, List.of())).condition()).isEqualTo(AppCondition.SHARE_INVALID);
    }

    @Test
    void aMalformedShareIsInvalidAndTheRefusalSaysWhy() {
        Refusal notXml = refusalOf(share(withCatalogue(), ALICE, "<share xmlns='urn:svgroups:share:0' kind='video'"));
        Refusal badKind = refusalOf(share(withCatalogue(), ALICE,
                "<share xmlns='urn:svgroups:share:0' kind='music' id='1' url='https://videos.example/v/1'/>"));

        assertThat(notXml.condition()).isEqualTo(AppCondition.SHARE_INVALID);
        assertThat(notXml.text()).contains("not well-formed");
        assertThat(badKind.condition()).isEqualTo(AppCondition.SHARE_INVALID);
        assertThat(badKind.text()).contains("'video' or 'product'");
        assertThat(catalogue.lookups()).isEmpty();
    }

    // --- order of the checks ---

    @Test
    void theLimitsAreCheckedBeforeTheOrigin() {
        String tooLongTitleFromElsewhere = Shares.video("1").url("https://evil.example/v/1").title("t".repeat(201)).xml();

        Refusal refusal = refusalOf(share(withCatalogue(), ALICE, tooLongTitleFromElsewhere));

        assertThat(refusal.condition()).isEqualTo(AppCondition.SHARE_INVALID);
        assertThat(refusal.text()).contains("title");
    }

    @Test
    void contentFromAnotherHostIsRefusedWithoutAskingTheCatalogue() {
        Refusal refusal = refusalOf(share(withCatalogue(), ALICE, Shares.video("1").url("https://evil.example/v/1").xml()));

        assertThat(refusal.condition()).isEqualTo(AppCondition.SHARE_ORIGIN_NOT_ALLOWED);
        assertThat(catalogue.lookups()).isEmpty();
    }

    @Test
    void anIdThatIsNotInItsUrlIsInvalid() {
        assertThat(refusalOf(share(withCatalogue(), ALICE, Shares.video("1").url("https://videos.example/v/2").xml())).condition())
                .isEqualTo(AppCondition.SHARE_INVALID);
    }

    @Test
    void withNoAllowedHostNothingCanBeShared() {
        ShareRules rules = rules(FixedShareSettings.allowing(), Optional.of(catalogue));

        Refusal refusal = refusalOf(share(rules, ALICE, Shares.video("1").xml()));

        assertThat(refusal.condition()).isEqualTo(AppCondition.SHARE_ORIGIN_NOT_ALLOWED);
        assertThat(refusal.text()).contains("not set up");
    }

    // --- per-minute rate ---

    @Test
    void aSenderMayShareSoManyTimesAMinuteAndTheNextIsRateLimitedUntilTheNextMinute() {
        ShareRules rules = rules(FixedShareSettings.defaults().withSharesPerMinute(2), Optional.empty());

        assertThat(share(rules, ALICE, Shares.video("1").xml()).refusal()).isEmpty();
        assertThat(share(rules, ALICE, Shares.video("2").xml()).refusal()).isEmpty();
        Refusal refusal = refusalOf(share(rules, ALICE, Shares.video("3").xml()));

        assertThat(refusal.condition()).isEqualTo(AppCondition.RATE_LIMITED);
        assertThat(refusal.text()).contains("2 shares per minute").contains("2026-11-25 10:31 UTC");

        clock.advance(Duration.ofMinutes(1));
        assertThat(share(rules, ALICE, Shares.video("3").xml()).refusal()).isEmpty();
    }

    @Test
    void eachSenderHasTheirOwnRate() {
        ShareRules rules = rules(FixedShareSettings.defaults().withSharesPerMinute(1), Optional.empty());

        assertThat(share(rules, ALICE, Shares.video("1").xml()).refusal()).isEmpty();
        assertThat(share(rules, BOB, Shares.video("1").xml()).refusal()).isEmpty();
        assertThat(refusalOf(share(rules, ALICE, Shares.video("2").xml())).condition()).isEqualTo(AppCondition.RATE_LIMITED);
    }

    @Test
    void sharesRefusedBeforeTheRateCheckDoNotCount() {
        ShareRules rules = rules(FixedShareSettings.defaults().withSharesPerMinute(1), Optional.empty());

        assertThat(refusalOf(share(rules, ALICE, Shares.video("1").xml(), Shares.video("2").xml())).condition()).isEqualTo(AppCondition.SHARE_INVALID);
        assertThat(refusalOf(share(rules, ALICE, "<not-a-share/>")).condition()).isEqualTo(AppCondition.SHARE_INVALID);
        assertThat(refusalOf(share(rules, ALICE, Shares.video("1").title("t".repeat(201)).xml())).condition()).isEqualTo(AppCondition.SHARE_INVALID);
        assertThat(refusalOf(share(rules, ALICE, Shares.video("1").url("https://evil.example/v/1").xml())).condition())
                .isEqualTo(AppCondition.SHARE_ORIGIN_NOT_ALLOWED);

        assertThat(share(rules, ALICE, Shares.video("1").xml()).refusal()).isEmpty();
    }

    @Test
    void sharesRefusedAfterTheRateCheckStillCount() {
        // What the code does: the rate is taken before the catalogue is asked, so an unavailable item uses it up.
        ShareRules rules = rules(FixedShareSettings.defaults().withSharesPerMinute(1), Optional.of(catalogue));
        catalogue.available(Shares.video("2").build());

        assertThat(refusalOf(share(rules, ALICE, Shares.video("1").xml())).condition()).isEqualTo(AppCondition.CONTENT_UNAVAILABLE);
        assertThat(refusalOf(share(rules, ALICE, Shares.video("2").xml())).condition()).isEqualTo(AppCondition.RATE_LIMITED);
    }

    @Test
    void aRateLimitedShareIsNotLookedUp() {
        ShareRules rules = rules(FixedShareSettings.defaults().withSharesPerMinute(1), Optional.of(catalogue));
        catalogue.available(Shares.video("1").build()).available(Shares.video("2").build());

        share(rules, ALICE, Shares.video("1").xml());
        share(rules, ALICE, Shares.video("2").xml());

        assertThat(catalogue.lookups()).containsExactly("video:1");
    }

    // --- the catalogue ---

    @Test
    void anAvailableVideoIsDeliveredAsTheCatalogueDescribesItAndMarkedVerified() {
        Share canonical = Shares.video("123").title("Dance challenge").author("@maya")
                .thumbnail("https://videos.example/t/123.jpg", 720, 1280).duration(37).build();
        catalogue.available(canonical);
        String sent = Shares.video("123").url("https://videos.example/share/v/123?utm_source=spam")
                .title("FREE MONEY click here").author("@impostor").thumbnail("https://videos.example/fake.jpg", 1, 1)
                .duration(1).xml();

        Share delivered = delivered(share(withCatalogue(), ALICE, sent));

        assertThat(delivered).isEqualTo(new Share(ShareKind.VIDEO, "123", "https://videos.example/v/123", "Dance challenge", "@maya",
                new Thumbnail("https://videos.example/t/123.jpg", 720, 1280), 37, null, true));
        assertThat(catalogue.lookups()).containsExactly("video:123");
    }

    @Test
    void anAvailableProductIsDeliveredWithTheCataloguesPrice() {
        catalogue.available(Shares.product("ring").title("Ring light").author("Lumi Shop").price("49.90", "EUR").build());
        String sent = Shares.product("ring").title("Ring light, almost free").price("0.01", "EUR").xml();

        Share delivered = delivered(share(withCatalogue(), ALICE, sent));

        assertThat(delivered.url()).isEqualTo("https://shop.example/p/ring");
        assertThat(delivered.title()).isEqualTo("Ring light");
        assertThat(delivered.author()).isEqualTo("Lumi Shop");
        assertThat(delivered.price().amount()).isEqualByComparingTo("49.90");
        assertThat(delivered.price().currency()).isEqualTo("EUR");
        assertThat(delivered.verified()).isTrue();
        assertThat(catalogue.lookups()).containsExactly("product:ring");
    }

    @Test
    void nothingOfTheSendersMetadataSurvivesWhenTheCatalogueHasNone() {
        catalogue.available(Shares.video("123").build());
        String sent = Shares.video("123").title("my title").author("me").thumbnail("https://videos.example/x.jpg", 5, 5).duration(9).xml();

        Share delivered = delivered(share(withCatalogue(), ALICE, sent));

        assertThat(delivered).isEqualTo(Shares.video("123").verified(true).build());
    }

    @Test
    void aPrivateItemIsUnavailable() {
        catalogue.notShareable(ShareKind.VIDEO, "123");

        Refusal refusal = refusalOf(share(withCatalogue(), ALICE, Shares.video("123").xml()));

        assertThat(refusal.condition()).isEqualTo(AppCondition.CONTENT_UNAVAILABLE);
        assertThat(refusal.text()).contains("private");
    }

    @Test
    void anItemTheCatalogueDoesNotHaveIsUnavailable() {
        catalogue.available(Shares.product("123").build()); // the same id, but a product

        assertThat(refusalOf(share(withCatalogue(), ALICE, Shares.video("123").xml())).condition()).isEqualTo(AppCondition.CONTENT_UNAVAILABLE);
    }

    @Test
    void anUnreachableCatalogueDeliversTheShareAsSentMarkedUnverified() {
        catalogue.unreachable();
        Share sent = Shares.video("123").title("my title").duration(12).build();

        Share delivered = delivered(share(withCatalogue(), ALICE, Shares.from(sent).xml()));

        assertThat(delivered).isEqualTo(Shares.from(sent).verified(false).build());
    }

    @Test
    void anUnreachableCatalogueRefusesTheShareWhenTheSettingSaysSo() {
        catalogue.unreachable();
        ShareRules rules = rules(FixedShareSettings.defaults().withUnreachableCatalogueDelivers(false), Optional.of(catalogue));

        Refusal refusal = refusalOf(share(rules, ALICE, Shares.video("123").xml()));

        assertThat(refusal.condition()).isEqualTo(AppCondition.CONTENT_UNAVAILABLE);
        assertThat(refusal.text()).contains("unreachable");
    }

    @Test
    void anAdultsOnlyItemIsRefusedInAGroupWithAMinorAndDeliveredAmongAdults() {
        catalogue.available(Shares.product("vape").title("Vape kit").build(), 18);
        String sent = Shares.product("vape").xml();

        Refusal refusal = refusalOf(withCatalogue().check(WITH_A_MINOR, ALICE, List.of(sent)));

        assertThat(refusal.condition()).isEqualTo(AppCondition.AGE_RESTRICTED);
        assertThat(refusal.text()).doesNotContain("teen");
        assertThat(delivered(withCatalogue().check(ADULTS, ALICE, List.of(sent))).title()).isEqualTo("Vape kit");
    }

    @Test
    void anItemForEveryoneIsDeliveredInAGroupWithAMinor() {
        catalogue.available(Shares.video("123").title("Puppies").build(), 0);

        assertThat(delivered(withCatalogue().check(WITH_A_MINOR, TEEN, List.of(Shares.video("123").xml()))).verified()).isTrue();
    }

    // --- no catalogue ---

    @Test
    void withoutACatalogueTheShareIsDeliveredAsSentMarkedUnverified() {
        Share sent = Shares.product("ring").title("Ring light").author("Lumi").thumbnail("https://shop.example/r.jpg", 64, 64)
                .price("9.99", "EUR").build();

        Share delivered = delivered(share(withoutCatalogue(), ALICE, Shares.from(sent).xml()));

        assertThat(delivered).isEqualTo(Shares.from(sent).verified(false).build());
    }

    @Test
    void aSenderClaimingVerifiedIsStillUnverifiedWithoutACatalogue() {
        String claimed = Shares.video("123").title("trust me").verified(true).xml();

        assertThat(claimed).contains("verified='true'");
        assertThat(delivered(share(withoutCatalogue(), ALICE, claimed)).verified()).isFalse();
    }

    @Test
    void aSenderClaimingVerifiedIsStillUnverifiedWhenTheCatalogueIsUnreachable() {
        catalogue.unreachable();

        assertThat(delivered(share(withCatalogue(), ALICE, Shares.video("123").verified(true).xml())).verified()).isFalse();
    }

    @Test
    void aSenderClaimingUnverifiedIsVerifiedWhenTheCatalogueHasTheItem() {
        catalogue.available(Shares.video("123").build());

        assertThat(delivered(share(withCatalogue(), ALICE, Shares.video("123").verified(false).xml())).verified()).isTrue();
    }
}
