package org.svgroups.client.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smack.packet.StanzaBuilder;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.svgroups.client.packet.OutOfBandData;
import org.svgroups.client.packet.ShareElement;
import org.svgroups.core.share.Price;
import org.svgroups.core.share.Share;
import org.svgroups.core.share.ShareKind;
import org.svgroups.core.share.Thumbnail;

class ShareElementProviderTest {

    private static final String VIDEO = "<share xmlns='urn:svgroups:share:0' kind='video' id='123'"
            + " url='https://videos.example/v/123' verified='true'>"
            + "<title>Dance tutorial</title><author>@dancer</author>"
            + "<thumbnail url='https://img.videos.example/123.jpg' width='720' height='1280'/>"
            + "<duration>42</duration></share>";

    @BeforeAll
    static void registerProviders() {
        SvGroupsProviders.register();
    }

    private static Message message(String children) throws Exception {
        return PacketParserUtils.parseStanza("<message xmlns='jabber:client' type='groupchat' id='m1'"
                + " from='abc@groups.example/bob' to='alice@example/phone'>" + children + "</message>");
    }

    @Test
    void readsADeliveredVideoWithEveryPart() throws Exception {
        Message message = message("<body>Dance tutorial https://videos.example/v/123</body>" + VIDEO
                + "<x xmlns='jabber:x:oob'><url>https://videos.example/v/123</url><desc>Dance tutorial</desc></x>");

        List<ShareElement> shares = ShareElement.from(message);

        assertThat(shares).hasSize(1);
        assertThat(shares.get(0).isValid()).isTrue();
        assertThat(shares.get(0).getProblem()).isEmpty();
        assertThat(shares.get(0).getShare()).contains(new Share(ShareKind.VIDEO, "123", "https://videos.example/v/123",
                "Dance tutorial", "@dancer", new Thumbnail("https://img.videos.example/123.jpg", 720, 1280), 42, null,
                true));
        // The rest of the message is read as usual.
        assertThat(message.getBody()).isEqualTo("Dance tutorial https://videos.example/v/123");
        assertThat(OutOfBandData.from(message)).hasValueSatisfying(oob -> {
            assertThat(oob.getUrl()).isEqualTo("https://videos.example/v/123");
            assertThat(oob.getDescription()).isEqualTo("Dance tutorial");
        });
    }

    @Test
    void readsAnUnverifiedProductWithItsPrice() throws Exception {
        Message message = message("<share xmlns='urn:svgroups:share:0' kind='product' id='hoodie-42'"
                + " url='https://shop.example/p/hoodie-42' verified='false'><title>Crew hoodie</title>"
                + "<price currency='EUR'>19.99</price></share>");

        Share share = ShareElement.from(message).get(0).getShare().orElseThrow();

        assertThat(share.kind()).isEqualTo(ShareKind.PRODUCT);
        assertThat(share.price()).isEqualTo(new Price(new BigDecimal("19.99"), "EUR"));
        assertThat(share.verified()).isFalse();
    }

    @Test
    void aShareAsSentHasNoVerdict() throws Exception {
        Message message = message("<share xmlns='urn:svgroups:share:0' kind='video' id='123' url='https://videos.example/v/123'/>");

        assertThat(ShareElement.from(message).get(0).getShare().orElseThrow().verified()).isNull();
    }

    @Test
    void aPrefixedShareAndUnknownChildrenInOtherNamespacesAreRead() throws Exception {
        Message message = message("<s:share xmlns:s='urn:svgroups:share:0' kind='video' id='123'"
                + " url='https://videos.example/v/123'><s:title>Hi</s:title><later xmlns='urn:example:x'><deep/></later>"
                + "</s:share>");

        Share share = ShareElement.from(message).get(0).getShare().orElseThrow();

        assertThat(share.title()).isEqualTo("Hi");
    }

    @Test
    void escapedTextSurvivesTheTripThroughTheParser() throws Exception {
        Message message = message("<share xmlns='urn:svgroups:share:0' kind='video' id='123'"
                + " url='https://videos.example/v/123?a=1&amp;b=2'><title>Tom &amp; Jerry &lt;3 &apos;quoted&apos;</title></share>");

        Share share = ShareElement.from(message).get(0).getShare().orElseThrow();

        assertThat(share.url()).isEqualTo("https://videos.example/v/123?a=1&b=2");
        assertThat(share.title()).isEqualTo("Tom & Jerry <3 'quoted'");
    }

    @Test
    void aMalformedShareIsKeptAsInvalidAndTheMessageStillParses() throws Exception {
        record Case(String share, String problem) {
        }
        for (Case c : List.of(
                new Case("<share xmlns='urn:svgroups:share:0' kind='movie' id='1' url='https://v.example/1'/>",
                        "The share's kind must be 'video' or 'product'."),
                new Case("<share xmlns='urn:svgroups:share:0' kind='video' id='1'/>",
                        "The share's <share/> needs a 'url'."),
                new Case("<share xmlns='urn:svgroups:share:0' kind='video' id='1' url='https://v.example/1'>"
                        + "<duration>long</duration></share>", "The share's duration must be a whole number."),
                new Case("<share xmlns='urn:svgroups:share:0' kind='video' id='1' url='https://v.example/1'>"
                        + "<title>a</title><title>b</title></share>", "The share has more than one <title/>."),
                new Case("<share xmlns='urn:svgroups:share:0' kind='video' id='1' url='https://v.example/1'><title>"
                        + "x".repeat(9000) + "</title></share>", "The share is too large"))) {
            Message message = message(c.share() + "<body>still here</body><x xmlns='jabber:x:oob'><url>u</url></x>");

            List<ShareElement> shares = ShareElement.from(message);

            assertThat(shares).as(c.problem()).hasSize(1);
            assertThat(shares.get(0).isValid()).isFalse();
            assertThat(shares.get(0).getShare()).isEmpty();
            assertThat(shares.get(0).getProblem()).hasValueSatisfying(p -> assertThat(p).startsWith(c.problem()));
            // The parser went on past the share: what follows it was read.
            assertThat(message.getBody()).isEqualTo("still here");
            assertThat(OutOfBandData.from(message)).isPresent();
            // Kept as received, so the message serialises as it came.
            assertThat(shares.get(0).toXML().toString()).contains("kind=").contains("urn:svgroups:share:0");
        }
    }

    @Test
    void writtenSharesReadBackEqual() throws Exception {
        Share video = new Share(ShareKind.VIDEO, "123", "https://videos.example/v/123?x=1&y=2", "<Tom & 'Jerry'>",
                "\"@dancer\"", new Thumbnail("https://img.videos.example/123.jpg", 720, 1280), 0, null, false);
        Share product = new Share(ShareKind.PRODUCT, "hoodie-42", "https://shop.example/p/hoodie-42", null, null, null,
                null, new Price(new BigDecimal("0.5000"), "EUR"), null);

        for (Share share : List.of(video, product)) {
            Message sent = StanzaBuilder.buildMessage("m1").addExtension(new ShareElement(share)).build();

            Message received = PacketParserUtils.parseStanza(sent.toXML().toString());

            assertThat(ShareElement.from(received)).singleElement()
                    .satisfies(e -> assertThat(e.getShare()).contains(share));
        }
    }

    @Test
    void aShareParsedBeforeTheProvidersWereRegisteredIsStillRead() {
        // What Smack makes of an element without a provider.
        StandardExtensionElement raw = StandardExtensionElement.builder("share", "urn:svgroups:share:0")
                .addAttribute("kind", "video").addAttribute("id", "123").addAttribute("url", "https://videos.example/v/123")
                .addElement("title", "Dance tutorial").build();
        Message message = StanzaBuilder.buildMessage("m1").addExtension(raw).build();

        assertThat(ShareElement.from(message)).singleElement()
                .satisfies(e -> assertThat(e.getShare().map(Share::title)).contains("Dance tutorial"));
    }

    @Test
    void outOfBandDataWritesUrlAndOptionalDescription() {
        assertThat(new OutOfBandData("https://videos.example/v/1?a=1&b=2", "Tom & Jerry").toXML().toString())
                .isEqualTo("<x xmlns='jabber:x:oob'><url>https://videos.example/v/1?a=1&amp;b=2</url>"
                        + "<desc>Tom &amp; Jerry</desc></x>");
        assertThat(new OutOfBandData("https://videos.example/v/1", " ").toXML().toString())
                .isEqualTo("<x xmlns='jabber:x:oob'><url>https://videos.example/v/1</url></x>");
    }
}
