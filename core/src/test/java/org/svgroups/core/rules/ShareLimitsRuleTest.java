package org.svgroups.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.share.Share;
import org.svgroups.core.testing.Shares;

class ShareLimitsRuleTest {

    private final ShareLimitsRule rule = new ShareLimitsRule();

    private static String urlOfLength(int length) {
        String start = "https://videos.example/v/123?pad=";
        return start + "x".repeat(length - start.length());
    }

    private void assertPasses(Share share) {
        assertThat(rule.check(share)).isEmpty();
    }

    private void assertRefused(Share share, String textPart) {
        Refusal refusal = rule.check(share).orElseThrow(() -> new AssertionError("expected a refusal for " + share));
        assertThat(refusal.condition()).isEqualTo(AppCondition.SHARE_INVALID);
        assertThat(refusal.text()).contains(textPart);
    }

    @Test
    void aPlainVideoAndAPlainProductPass() {
        assertPasses(Shares.video("123").build());
        assertPasses(Shares.product("abc").build());
        assertPasses(Shares.video("123").title("t").author("a").thumbnail("https://videos.example/t.jpg", 720, 1280).duration(30).build());
        assertPasses(Shares.product("abc").title("t").author("a").thumbnail("https://shop.example/t.jpg", 1, 1).price("9.99", "EUR").build());
    }

    @Test
    void anIdIsOneTo64LettersDigitsDotsDashesOrUnderscores() {
        assertPasses(Shares.video("a").build());
        assertPasses(Shares.video("aZ09._-").build());
        assertPasses(Shares.video("x".repeat(64)).build());
        assertRefused(Shares.video("x".repeat(65)).build(), "1 to 64");
        assertRefused(Shares.video("").build(), "1 to 64");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "a b", "a?b", "a#b", "a%2Fb", "é", "a\nb", "a:b", "a@b"})
    void anIdWithOtherCharactersIsRefused(String id) {
        assertRefused(Shares.video("123").id(id).build(), "The item id");
    }

    @Test
    void aTitleOf200CharactersPassesAnd201IsRefused() {
        assertPasses(Shares.video("123").title("t".repeat(200)).build());
        assertRefused(Shares.video("123").title("t".repeat(201)).build(), "title is longer than 200");
    }

    @Test
    void anAuthorOf100CharactersPassesAnd101IsRefused() {
        assertPasses(Shares.video("123").author("a".repeat(100)).build());
        assertRefused(Shares.video("123").author("a".repeat(101)).build(), "author is longer than 100");
    }

    @Test
    void aUrlOf2048CharactersPassesAnd2049IsRefused() {
        assertPasses(Shares.video("123").url(urlOfLength(2048)).build());
        assertRefused(Shares.video("123").url(urlOfLength(2049)).build(), "https URL of at most 2048");
    }

    @Test
    void anHttpUrlIsRefused() {
        assertRefused(Shares.video("123").url("http://videos.example/v/123").build(), "https URL");
    }

    @Test
    void aUrlWithUserInfoIsRefused() {
        assertRefused(Shares.video("123").url("https://someone@videos.example/v/123").build(), "https URL");
        assertRefused(Shares.video("123").url("https://videos.example:pw@evil.example/v/123").build(), "https URL");
    }

    @Test
    void aRelativeOrMalformedUrlIsRefused() {
        assertRefused(Shares.video("123").url("/v/123").build(), "https URL");
        assertRefused(Shares.video("123").url("https://videos.example/v/1 23").build(), "https URL");
    }

    @Test
    void theThumbnailUrlFollowsTheSameRules() {
        assertRefused(Shares.video("123").thumbnail("http://videos.example/t.jpg", 10, 10).build(), "thumbnail URL");
        assertRefused(Shares.video("123").thumbnail("https://me@videos.example/t.jpg", 10, 10).build(), "thumbnail URL");
        assertRefused(Shares.video("123").thumbnail(urlOfLength(2049), 10, 10).build(), "thumbnail URL");
        assertPasses(Shares.video("123").thumbnail(urlOfLength(2048), 10, 10).build());
    }

    @Test
    void thumbnailSidesAreOneTo8192Pixels() {
        String url = "https://videos.example/t.jpg";
        assertPasses(Shares.video("123").thumbnail(url, 1, 1).build());
        assertPasses(Shares.video("123").thumbnail(url, 8192, 8192).build());
        assertRefused(Shares.video("123").thumbnail(url, 0, 10).build(), "1 to 8192 pixels");
        assertRefused(Shares.video("123").thumbnail(url, 10, 0).build(), "1 to 8192 pixels");
        assertRefused(Shares.video("123").thumbnail(url, 8193, 10).build(), "1 to 8192 pixels");
        assertRefused(Shares.video("123").thumbnail(url, 10, 8193).build(), "1 to 8192 pixels");
        assertRefused(Shares.video("123").thumbnail(url, -1, -1).build(), "1 to 8192 pixels");
    }

    @Test
    void aVideoLastsZeroToOneDay() {
        assertPasses(Shares.video("123").duration(0).build());
        assertPasses(Shares.video("123").duration(86_400).build());
        assertRefused(Shares.video("123").duration(86_401).build(), "0 to 86400 seconds");
        assertRefused(Shares.video("123").duration(-1).build(), "0 to 86400 seconds");
    }

    @Test
    void aDurationOnAProductIsRefused() {
        assertRefused(Shares.product("abc").duration(10).build(), "A duration is for videos only");
    }

    @Test
    void aPriceOnAVideoIsRefused() {
        assertRefused(Shares.video("123").price("1.00", "EUR").build(), "A price is for products only");
    }

    @Test
    void aPriceHasAtMostFourDecimals() {
        assertPasses(Shares.product("abc").price("1.2345", "EUR").build());
        assertRefused(Shares.product("abc").price("1.23456", "EUR").build(), "at most 4 decimals");
        assertRefused(Shares.product("abc").price("1.00000", "EUR").build(), "at most 4 decimals");
    }

    @Test
    void aPriceIsZeroToOneHundredMillion() {
        assertPasses(Shares.product("abc").price("0", "EUR").build());
        assertPasses(Shares.product("abc").price("100000000", "EUR").build());
        assertPasses(Shares.product("abc").price("1E+3", "EUR").build());
        assertRefused(Shares.product("abc").price("100000000.0001", "EUR").build(), "0 to 100000000");
        assertRefused(Shares.product("abc").price("-0.01", "EUR").build(), "0 to 100000000");
        assertRefused(Shares.product("abc").price("1E+9", "EUR").build(), "0 to 100000000");
    }

    @Test
    void theCurrencyIsThreeCapitalLetters() {
        assertPasses(Shares.product("abc").price("1", "EUR").build());
        assertPasses(Shares.product("abc").price("1", "JPY").build());
        assertRefused(Shares.product("abc").price("1", "eur").build(), "ISO 4217");
        assertRefused(Shares.product("abc").price("1", "EURO").build(), "ISO 4217");
        assertRefused(Shares.product("abc").price("1", "€").build(), "ISO 4217");
        assertRefused(Shares.product("abc").price("1", "").build(), "ISO 4217");
    }
}
