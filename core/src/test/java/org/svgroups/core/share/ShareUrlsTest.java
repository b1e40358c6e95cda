package org.svgroups.core.share;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShareUrlsTest {

    private static String urlOfLength(int length) {
        String start = "https://videos.example/v/123?pad=";
        return start + "x".repeat(length - start.length());
    }

    @Test
    void anHttpsUrlGivesItsHostInLowerCase() {
        assertThat(ShareUrls.httpsHost("https://videos.example/v/123")).contains("videos.example");
        assertThat(ShareUrls.httpsHost("HTTPS://Videos.EXAMPLE/v/123")).contains("videos.example");
        assertThat(ShareUrls.httpsHost("https://videos.example:8443/v/123?x=1#t=3")).contains("videos.example");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://videos.example/v/123",
            "ftp://videos.example/v/123",
            "javascript:alert(1)",
            "data:text/html,hi",
            "//videos.example/v/123",
            "/v/123",
            "videos.example/v/123",
            "https:///v/123",
            "https://user@videos.example/v/123",
            "https://user:secret@videos.example/v/123",
            "https://videos.example@evil.example/v/123",
            "https://videos.example/v/a b",
            "https://videos.example/v/<123>",
            ""})
    void anythingButAnAbsoluteHttpsUrlWithoutUserInfoHasNoHost(String url) {
        assertThat(ShareUrls.httpsHost(url)).isEmpty();
    }

    @Test
    void noUrlHasNoHost() {
        assertThat(ShareUrls.httpsHost(null)).isEmpty();
    }

    @Test
    void aUrlOf2048CharactersIsAcceptedAndOneOf2049IsNot() {
        assertThat(urlOfLength(ShareUrls.MAX_LENGTH)).hasSize(2048);
        assertThat(ShareUrls.httpsHost(urlOfLength(2048))).contains("videos.example");
        assertThat(ShareUrls.httpsHost(urlOfLength(2049))).isEmpty();
    }

    @Test
    void theIdMustBeAWholePathSegment() {
        assertThat(ShareUrls.pathNames("https://videos.example/v/123", "123")).isTrue();
        assertThat(ShareUrls.pathNames("https://videos.example/v/123/", "123")).isTrue();
        assertThat(ShareUrls.pathNames("https://videos.example/123/watch", "123")).isTrue();
        assertThat(ShareUrls.pathNames("https://videos.example/v/1234", "123")).isFalse();
        assertThat(ShareUrls.pathNames("https://videos.example/v/0123", "123")).isFalse();
        assertThat(ShareUrls.pathNames("https://videos.example/v/123.mp4", "123")).isFalse();
    }

    @Test
    void theIdInTheQueryFragmentOrHostDoesNotCount() {
        assertThat(ShareUrls.pathNames("https://videos.example/watch?v=123", "123")).isFalse();
        assertThat(ShareUrls.pathNames("https://videos.example/v/9?id=/123", "123")).isFalse();
        assertThat(ShareUrls.pathNames("https://videos.example/v/9#/123", "123")).isFalse();
        assertThat(ShareUrls.pathNames("https://123/v/9", "123")).isFalse();
    }

    @Test
    void theComparisonIsOnTheRawPathAndCaseSensitive() {
        // Percent-encoding hides what a segment is; the canonical URL of an item spells its id out.
        assertThat(ShareUrls.pathNames("https://videos.example/v/12%33", "123")).isFalse();
        assertThat(ShareUrls.pathNames("https://videos.example/v/abc", "ABC")).isFalse();
    }

    @Test
    void aUrlThatIsNotAUriNamesNothing() {
        assertThat(ShareUrls.pathNames("https://videos.example/v/1 23", "123")).isFalse();
        assertThat(ShareUrls.pathNames("mailto:123", "123")).isFalse();
    }
}
