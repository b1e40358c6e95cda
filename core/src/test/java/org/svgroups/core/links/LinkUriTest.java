package org.svgroups.core.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkUriTest {

    private static final String TOKEN = "Q2hhbmdlIHRoaXMgdG9rZW";

    @Test
    void aLinkIsAnXmppUriWithSvgroupsOwnJoinAction() {
        LinkUri link = new LinkUri("k3xq7vbm2ard@groups.example.org", TOKEN);

        assertThat(link.uri()).isEqualTo("xmpp:k3xq7vbm2ard@groups.example.org?svgroups-join;token=" + TOKEN);
        assertThat(LinkUri.parse(link.uri())).contains(link);
    }

    @Test
    void aNodeWithCharactersRfc5122EscapesSurvivesTheRoundTrip() {
        LinkUri link = new LinkUri("d\u00e9j\u00e0 vu+1@groups.example.org", TOKEN);

        assertThat(link.uri()).startsWith("xmpp:d%C3%A9j%C3%A0%20vu%2B1@groups.example.org?");
        assertThat(LinkUri.parse(link.uri())).contains(link);
    }

    @Test
    void otherUrisAreNotLinks() {
        assertThat(LinkUri.parse(null)).isEmpty();
        assertThat(LinkUri.parse("https://app.example/join/" + TOKEN)).isEmpty();
        assertThat(LinkUri.parse("xmpp:room@groups.example.org?join")).isEmpty();
        assertThat(LinkUri.parse("xmpp:groups.example.org?svgroups-join;token=" + TOKEN)).isEmpty();
        assertThat(LinkUri.parse("xmpp:room@groups.example.org?svgroups-join;token=<script>")).isEmpty();
        assertThat(LinkUri.parse("xmpp:r%ZZ@groups.example.org?svgroups-join;token=" + TOKEN)).isEmpty();
    }
}
