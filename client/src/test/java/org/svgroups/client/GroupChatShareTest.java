package org.svgroups.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.jivesoftware.smack.packet.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.svgroups.client.packet.OutOfBandData;
import org.svgroups.client.packet.ShareElement;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.share.Price;
import org.svgroups.core.share.Share;
import org.svgroups.core.share.ShareKind;
import org.svgroups.core.share.Thumbnail;

/** Sharing videos and products into a group, and reading the shares others post, against the scripted server. */
class GroupChatShareTest extends AliceOnFakeServer {

    private static final Share DANCE = Shares.video("123", "https://videos.example/v/123", "Dance tutorial");

    /** What the server delivers for DANCE when the catalogue knows it: its metadata and canonical URL, verified. */
    private static final String DELIVERED = "<body>Dance Tutorial (part 1) https://videos.example/v/123?ref=share</body>"
            + "<share xmlns='urn:svgroups:share:0' kind='video' id='123' url='https://videos.example/v/123?ref=share'"
            + " verified='true'><title>Dance Tutorial (part 1)</title><author>@dancer</author>"
            + "<thumbnail url='https://img.videos.example/123.jpg' width='720' height='1280'/>"
            + "<duration>42</duration></share>"
            + "<x xmlns='jabber:x:oob'><url>https://videos.example/v/123?ref=share</url>"
            + "<desc>Dance Tutorial (part 1)</desc></x>";

    private Message sentShare() {
        List<Message> sent = server.sent(Message.class, m -> m.getType() == Message.Type.groupchat);
        assertThat(sent).hasSize(1);
        return sent.get(0);
    }

    private void pushFromBob(String children) {
        server.push("<presence xmlns='jabber:client' from='" + group + "/bob' to='" + server.getUser() + "'>"
                        + "<x xmlns='http://jabber.org/protocol/muc#user'>"
                        + "<item affiliation='member' role='participant' jid='bob@svgroups.test/phone'/></x></presence>",
                "<message xmlns='jabber:client' type='groupchat' id='b1' from='" + group + "/bob' to='"
                        + server.getUser() + "'>" + children + "</message>");
    }

    private GroupMessage nextFromOthers() throws InterruptedException {
        return chat.awaitMessage(group, m -> !m.own(), Duration.ofSeconds(2)).orElseThrow();
    }

    @Test
    void aShareIsOneGroupchatMessageWithBodyLinkAndExactlyOneShare() throws Exception {
        chat.share(group, DANCE);

        Message sent = sentShare();
        assertThat(sent.getTo().toString()).isEqualTo(group.toString());
        assertThat(sent.getBody()).isEqualTo("Dance tutorial https://videos.example/v/123");
        assertThat(sent.getExtensions(ShareElement.ELEMENT, ShareElement.NAMESPACE)).hasSize(1);
        assertThat(ShareElement.from(sent).get(0).getShare()).contains(DANCE);
        assertThat(sent.getExtensions(OutOfBandData.ELEMENT, OutOfBandData.NAMESPACE)).hasSize(1);
        // On the wire, exactly as the protocol page shows it.
        assertThat(sent.toXML().toString())
                .contains("<body>Dance tutorial https://videos.example/v/123</body>")
                .contains("<share xmlns='urn:svgroups:share:0' kind='video' id='123' url='https://videos.example/v/123'>"
                        + "<title>Dance tutorial</title></share>")
                .contains("<x xmlns='jabber:x:oob'><url>https://videos.example/v/123</url><desc>Dance tutorial</desc></x>")
                .doesNotContain("verified");
    }

    @Test
    void withoutATitleTheBodyIsTheLinkAndTheLinkHasNoDescription() throws Exception {
        chat.share(group, Shares.video("123", "https://videos.example/v/123", null));

        Message sent = sentShare();
        assertThat(sent.getBody()).isEqualTo("https://videos.example/v/123");
        assertThat(sent.toXML().toString())
                .contains("<share xmlns='urn:svgroups:share:0' kind='video' id='123' url='https://videos.example/v/123'/>")
                .contains("<x xmlns='jabber:x:oob'><url>https://videos.example/v/123</url></x>");
    }

    @Test
    void aProductCarriesItsPrice() throws Exception {
        chat.share(group, Shares.product("hoodie-42", "https://shop.example/p/hoodie-42", "Crew hoodie",
                Shares.price("19.99", "EUR")));

        assertThat(sentShare().toXML().toString()).contains("<share xmlns='urn:svgroups:share:0' kind='product'"
                + " id='hoodie-42' url='https://shop.example/p/hoodie-42'><title>Crew hoodie</title>"
                + "<price currency='EUR'>19.99</price></share>");
    }

    @Test
    void aSenderCannotClaimTheShareIsVerified() throws Exception {
        chat.share(group, DANCE.withVerified(true));

        assertThat(ShareElement.from(sentShare()).get(0).getShare().orElseThrow().verified()).isNull();
        assertThat(sentShare().toXML().toString()).doesNotContain("verified");
    }

    @Test
    void shareReturnsTheShareAsTheGroupGotItFromTheCatalogue() throws Exception {
        server.deliveredPayload = DELIVERED;

        GroupMessage echo = chat.share(group, DANCE);

        assertThat(echo.own()).isTrue();
        assertThat(echo.body()).isEqualTo("Dance Tutorial (part 1) https://videos.example/v/123?ref=share");
        assertThat(echo.share()).contains(new Share(ShareKind.VIDEO, "123", "https://videos.example/v/123?ref=share",
                "Dance Tutorial (part 1)", "@dancer", new Thumbnail("https://img.videos.example/123.jpg", 720, 1280),
                42, null, true));
        assertThat(chat.isJoined(group)).isTrue();
    }

    @Test
    void anUnverifiedShareSaysSo() throws Exception {
        server.deliveredPayload = "<body>Dance tutorial https://videos.example/v/123</body>"
                + "<share xmlns='urn:svgroups:share:0' kind='video' id='123' url='https://videos.example/v/123'"
                + " verified='false'><title>Dance tutorial</title></share>";

        GroupMessage echo = chat.share(group, DANCE);

        assertThat(echo.share().map(Share::verified)).contains(false);
        assertThat(echo.share().map(Share::title)).contains("Dance tutorial");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "share-invalid            | modify | bad-request         | The item id '999' does not match its URL.",
        "share-origin-not-allowed | modify | not-acceptable      | Only content from videos.example can be shared into groups.",
        "content-unavailable      | cancel | item-not-found      | This item is private or was removed.",
        "age-restricted           | auth   | forbidden           | This item is for people aged 18 and over, and not everyone in the group is.",
        "rate-limited             | wait   | resource-constraint | Limit reached: 10 shares per minute. Try again after 2026-11-26 10:01 UTC (in 1 min)."})
    void aRefusedShareIsRefusedWithItsCondition(String condition, String type, String stanzaCondition, String text) {
        server.messageError = FakeGroupServer.error(type, stanzaCondition, text,
                "<" + condition + " xmlns='urn:svgroups:errors:0'/>");

        assertThatThrownBy(() -> chat.share(group, DANCE))
                .isInstanceOfSatisfying(SvGroupsException.Refused.class, e -> {
                    assertThat(e.getCondition()).contains(AppCondition.fromElementName(condition).orElseThrow());
                    assertThat(e.getRefusal().is(AppCondition.fromElementName(condition).get())).isTrue();
                    assertThat(e.getStanzaCondition().toString()).isEqualTo(stanzaCondition);
                    assertThat(e.getText()).isEqualTo(text);
                    assertThat(e.getGroup().map(Object::toString)).contains(group.toString());
                })
                .hasMessage(condition + ": " + text);
    }

    @Test
    void theShareConditionsTravelWithTheStandardConditionsCoreNames() {
        assertThat(AppCondition.SHARE_INVALID.stanzaCondition()).isEqualTo("bad-request");
        assertThat(AppCondition.SHARE_ORIGIN_NOT_ALLOWED.stanzaCondition()).isEqualTo("not-acceptable");
        assertThat(AppCondition.CONTENT_UNAVAILABLE.stanzaCondition()).isEqualTo("item-not-found");
        assertThat(AppCondition.UNREADABLE_REFUSED.stanzaCondition()).isEqualTo("not-acceptable");
    }

    @Test
    void anUnconfirmedShareIsANoResponse() {
        server.reflectMessages = false;
        server.setReplyTimeout(300);

        assertThatThrownBy(() -> chat.share(group, DANCE))
                .isInstanceOf(SvGroupsException.NoResponse.class)
                .hasMessage("share into " + group + ": the group did not confirm the message within 300 ms");
    }

    @Test
    void aShareFromAnotherMemberArrivesVerifiedWithItsSender() throws Exception {
        chat.join(group);

        pushFromBob(DELIVERED);

        GroupMessage message = nextFromOthers();
        assertThat(message.nickname()).isEqualTo("bob");
        assertThat(message.sender().toString()).isEqualTo("bob@svgroups.test");
        assertThat(message.share()).hasValueSatisfying(share -> {
            assertThat(share.kind()).isEqualTo(ShareKind.VIDEO);
            assertThat(share.id()).isEqualTo("123");
            assertThat(share.url()).isEqualTo("https://videos.example/v/123?ref=share");
            assertThat(share.author()).isEqualTo("@dancer");
            assertThat(share.verified()).isTrue();
        });
    }

    @Test
    void aProductFromAnotherMemberCarriesItsPrice() throws Exception {
        chat.join(group);

        pushFromBob("<body>Crew hoodie https://shop.example/p/hoodie-42</body>"
                + "<share xmlns='urn:svgroups:share:0' kind='product' id='hoodie-42' url='https://shop.example/p/hoodie-42'"
                + " verified='true'><title>Crew hoodie</title><price currency='EUR'>19.99</price></share>");

        assertThat(nextFromOthers().share().map(Share::price)).contains(new Price(new BigDecimal("19.99"), "EUR"));
    }

    @Test
    void aPlainMessageSharesNothing() throws Exception {
        chat.join(group);

        pushFromBob("<body>look at https://videos.example/v/123</body>");

        assertThat(nextFromOthers().share()).isEmpty();
    }

    @Test
    void aMalformedShareLeavesTheMessageReadableAndTheConnectionUp() throws Exception {
        chat.join(group);

        pushFromBob("<body>Dance tutorial https://videos.example/v/123</body>"
                + "<share xmlns='urn:svgroups:share:0' kind='movie' id='123' url='https://videos.example/v/123'/>");
        GroupMessage message = nextFromOthers();
        server.push("<message xmlns='jabber:client' type='groupchat' id='b2' from='" + group + "/bob' to='"
                + server.getUser() + "'><body>still talking</body></message>");

        assertThat(message.body()).isEqualTo("Dance tutorial https://videos.example/v/123");
        assertThat(message.share()).isEmpty();
        assertThat(ShareElement.from(message.stanza())).singleElement().satisfies(e ->
                assertThat(e.getProblem()).contains("The share's kind must be 'video' or 'product'."));
        assertThat(nextFromOthers().body()).isEqualTo("still talking");
    }

    @Test
    void moreThanOneShareIsNoShare() throws Exception {
        chat.join(group);

        pushFromBob("<body>two</body>"
                + "<share xmlns='urn:svgroups:share:0' kind='video' id='1' url='https://videos.example/v/1'/>"
                + "<share xmlns='urn:svgroups:share:0' kind='video' id='2' url='https://videos.example/v/2'/>");

        assertThat(nextFromOthers().share()).isEmpty();
    }

    @Test
    void aShareWithoutBodyStillArrivesWithItsPlainTextAsBody() throws Exception {
        chat.join(group);

        pushFromBob("<share xmlns='urn:svgroups:share:0' kind='video' id='123' url='https://videos.example/v/123'>"
                + "<title>Dance tutorial</title></share>");

        GroupMessage message = nextFromOthers();
        assertThat(message.body()).isEqualTo("Dance tutorial https://videos.example/v/123");
        assertThat(message.share().map(Share::id)).contains("123");
    }

    @Test
    void aHandBuiltMessageWithoutStanzaSharesNothing() {
        assertThat(new GroupMessage(group, "bob", null, "hi", false, false, null).share()).isEmpty();
    }
}
