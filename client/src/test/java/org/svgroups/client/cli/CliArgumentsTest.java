package org.svgroups.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.junit.jupiter.api.Test;
import org.svgroups.client.ClientConfig;
import org.svgroups.core.share.Price;
import org.svgroups.core.share.Share;
import org.svgroups.core.share.ShareKind;

class CliArgumentsTest {

    private static final String[] LOGIN = {"--host", "127.0.0.1", "--user", "alice", "--password", "secret"};

    private static CliArguments parse(String... argv) throws UsageException {
        return CliArguments.parse(argv, Map.of());
    }

    private static String[] login(String... rest) {
        String[] argv = new String[LOGIN.length + rest.length];
        System.arraycopy(LOGIN, 0, argv, 0, LOGIN.length);
        System.arraycopy(rest, 0, argv, LOGIN.length, rest.length);
        return argv;
    }

    @Test
    void parsesOptionsAndCommand() throws Exception {
        CliArguments a = parse("--host", "127.0.0.1", "--user", "alice", "--password", "secret", "--domain",
                "svgroups.test", "--port", "5223", "--service", "groups.svgroups.test", "--insecure",
                "create-group", "Dance crew", "bob", "carol@svgroups.test");

        assertThat(a.command()).isEqualTo(Command.CREATE_GROUP);
        assertThat(a.args()).containsExactly("Dance crew", "bob", "carol@svgroups.test");
        ClientConfig config = a.toConfig();
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(5223);
        assertThat(config.domain()).isEqualTo("svgroups.test");
        assertThat(config.username()).isEqualTo("alice");
        assertThat(config.password()).isEqualTo("secret");
        assertThat(config.service()).isEqualTo("groups.svgroups.test");
        assertThat(config.securityMode()).isEqualTo(SecurityMode.disabled);
    }

    @Test
    void defaultsArePort5222DomainFromHostTlsRequiredAndDiscoveredService() throws Exception {
        ClientConfig config = parse(login("list-groups")).toConfig();

        assertThat(config.port()).isEqualTo(5222);
        assertThat(config.domain()).isEqualTo("127.0.0.1");
        assertThat(config.securityMode()).isEqualTo(SecurityMode.required);
        assertThat(config.service()).isNull();
        assertThat(config.nickname()).isEqualTo("alice");
    }

    @Test
    void acceptsInlineValuesAndOptionsAfterTheCommand() throws Exception {
        CliArguments a = parse("invite", "abc", "bob", "--host=h", "--user=alice", "--password=p=q", "welcome!");

        assertThat(a.command()).isEqualTo(Command.INVITE);
        assertThat(a.args()).containsExactly("abc", "bob", "welcome!");
        assertThat(a.host()).isEqualTo("h");
        assertThat(a.password()).isEqualTo("p=q");
    }

    @Test
    void doubleDashLetsArgumentsStartWithADash() throws Exception {
        CliArguments a = parse(login("send", "abc", "--", "-5 points", "--insecure"));

        assertThat(a.args()).containsExactly("abc", "-5 points", "--insecure");
        assertThat(a.insecure()).isFalse();
    }

    @Test
    void passwordMayComeFromTheEnvironment() throws Exception {
        CliArguments a = CliArguments.parse(new String[] {"--host", "h", "--user", "alice", "list-groups"},
                Map.of(CliArguments.PASSWORD_ENV, "from-env"));

        assertThat(a.password()).isEqualTo("from-env");
    }

    @Test
    void noCommandOrHelpFlagMeansHelpWithoutCredentials() throws Exception {
        assertThat(parse().command()).isEqualTo(Command.HELP);
        assertThat(parse("--help", "list-groups").command()).isEqualTo(Command.HELP);
        assertThat(parse("help").command()).isEqualTo(Command.HELP);
    }

    @Test
    void retractTakesAGroupAndAnIdAndModerateAReason() throws Exception {
        CliArguments retract = parse(login("retract", "abc", "id-7"));
        assertThat(retract.command()).isEqualTo(Command.RETRACT);
        assertThat(retract.args()).containsExactly("abc", "id-7");
        CliArguments moderate = parse(login("moderate", "abc", "id-7", "--reason", "spam and scams"));
        assertThat(moderate.command()).isEqualTo(Command.MODERATE);
        assertThat(moderate.reason()).isEqualTo("spam and scams");
        assertThat(parse(login("moderate", "abc", "id-7")).reason()).isNull();
        assertThatThrownBy(() -> parse(login("retract", "abc"))).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> parse(login("retract", "abc", "id-7", "--reason", "r"))).isInstanceOf(UsageException.class)
                .hasMessage("retract takes no --reason");
    }

    @Test
    void historyTakesAPositiveMaxAndAnId() throws Exception {
        CliArguments newest = parse(login("history", "abc"));
        assertThat(newest.command()).isEqualTo(Command.HISTORY);
        assertThat(newest.historyMax()).isEqualTo(CliArguments.DEFAULT_HISTORY);
        assertThat(newest.historyBefore()).isNull();
        CliArguments earlier = parse(login("history", "abc", "--max", "50", "--before", "id-7"));
        assertThat(earlier.historyMax()).isEqualTo(50);
        assertThat(earlier.historyBefore()).isEqualTo("id-7");
        assertThatThrownBy(() -> parse(login("history", "abc", "--max", "0"))).isInstanceOf(UsageException.class)
                .hasMessage("--max must be a positive whole number, not '0'");
        assertThatThrownBy(() -> parse(login("history"))).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> parse(login("send", "abc", "hi", "--max", "5"))).isInstanceOf(UsageException.class)
                .hasMessage("send takes no --max");
    }

    @Test
    void listenTakesOptionalPositiveSeconds() throws Exception {
        assertThat(parse(login("listen", "abc")).listenSeconds()).isZero();
        assertThat(parse(login("listen", "abc", "30")).listenSeconds()).isEqualTo(30);
        assertThatThrownBy(() -> parse(login("listen", "abc", "0"))).isInstanceOf(UsageException.class)
                .hasMessage("SECONDS must be a positive whole number, not '0'");
        assertThatThrownBy(() -> parse(login("listen", "abc", "soon"))).isInstanceOf(UsageException.class);
    }

    @Test
    void sendJoinsTheRestOfTheWordsAsText() throws Exception {
        assertThat(parse(login("send", "abc", "hello", "world")).args()).containsExactly("abc", "hello", "world");
    }

    @Test
    void parsesTheInvitationCommands() throws Exception {
        assertThat(parse(login("invitations")).command()).isEqualTo(Command.INVITATIONS);
        assertThat(parse(login("accept", "abc")).command()).isEqualTo(Command.ACCEPT);
        CliArguments decline = parse(login("decline", "abc"));
        assertThat(decline.command()).isEqualTo(Command.DECLINE);
        assertThat(decline.args()).containsExactly("abc");
        assertThat(parse(login("decline", "abc", "maybe later")).args()).containsExactly("abc", "maybe later");
        CliArguments direct = parse(login("invite-direct", "abc", "bob", "dance?"));
        assertThat(direct.command()).isEqualTo(Command.INVITE_DIRECT);
        assertThat(direct.args()).containsExactly("abc", "bob", "dance?");
        assertThat(parse(login("invite-direct", "abc", "bob")).args()).containsExactly("abc", "bob");
    }

    @Test
    void shareVideoTakesTheIdFromTheUrlUnlessGiven() throws Exception {
        CliArguments a = parse(login("share-video", "abc", "https://videos.example/v/123?utm=x", "--title", "Dance tutorial"));

        assertThat(a.command()).isEqualTo(Command.SHARE_VIDEO);
        assertThat(a.args()).containsExactly("abc", "https://videos.example/v/123?utm=x");
        assertThat(a.share()).isEqualTo(new Share(ShareKind.VIDEO, "123", "https://videos.example/v/123?utm=x",
                "Dance tutorial", null, null, null, null, null));
        assertThat(parse(login("share-video", "--id=v-9", "abc", "https://videos.example/v/v-9/watch")).share().id())
                .isEqualTo("v-9");
        assertThat(parse(login("share-video", "abc", "https://videos.example/v/1")).share().title()).isNull();
    }

    @Test
    void shareProductNeedsPriceAndCurrency() throws Exception {
        CliArguments a = parse(login("share-product", "abc", "https://shop.example/p/hoodie-42", "--price", "19.99",
                "--currency", "eur", "--title", "Crew hoodie"));

        assertThat(a.command()).isEqualTo(Command.SHARE_PRODUCT);
        assertThat(a.share()).isEqualTo(new Share(ShareKind.PRODUCT, "hoodie-42", "https://shop.example/p/hoodie-42",
                "Crew hoodie", null, null, null, new Price(new BigDecimal("19.99"), "EUR"), null));
        assertThat(a.options()).containsEntry("--currency", "EUR").containsEntry("--id", "hoodie-42");
    }

    @Test
    void onlyTheShareCommandsShare() throws Exception {
        assertThatThrownBy(() -> parse(login("list-groups")).share()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejectsWrongShareCommandLines() {
        record Case(List<String> argv, String message) {
        }
        List<Case> cases = List.of(
                new Case(List.of(login("share-video", "abc")), "usage: svgroups-cli [OPTIONS] share-video GROUP URL [--id ID] [--title T]"),
                new Case(List.of(login("share-video", "abc", "https://v.example/1", "extra")),
                        "usage: svgroups-cli [OPTIONS] share-video GROUP URL [--id ID] [--title T]"),
                new Case(List.of(login("share-video", "abc", "https://videos.example/")),
                        "cannot take an item id from the URL 'https://videos.example/': give --id"),
                new Case(List.of(login("share-video", "abc", "https://v.example/1", "--id", " ")), "--id must not be empty"),
                new Case(List.of(login("share-video", "abc", "https://v.example/1", "--price", "3")),
                        "share-video takes no --price"),
                new Case(List.of(login("send", "abc", "hi", "--title", "x")), "send takes no --title"),
                new Case(List.of(login("share-product", "abc", "https://s.example/p/1", "--currency", "EUR")),
                        "share-product needs --price"),
                new Case(List.of(login("share-product", "abc", "https://s.example/p/1", "--price", "3")),
                        "share-product needs --currency"),
                new Case(List.of(login("share-product", "abc", "https://s.example/p/1", "--price", "cheap", "--currency", "EUR")),
                        "--price must be a decimal number such as 19.99, not 'cheap'"),
                new Case(List.of(login("share-product", "abc", "https://s.example/p/1", "--price", "3", "--currency", "euro")),
                        "--currency must be a three-letter ISO 4217 code such as EUR, not 'euro'"),
                new Case(List.of(login("share-video", "abc", "https://v.example/1", "--title")), "--title needs a value"));

        for (Case c : cases) {
            assertThatThrownBy(() -> parse(c.argv().toArray(String[]::new)))
                    .as("%s", c.argv())
                    .isInstanceOf(UsageException.class)
                    .hasMessage(c.message());
        }
    }

    @Test
    void rejectsWrongCommandLines() {
        record Case(List<String> argv, String message) {
        }
        List<Case> cases = List.of(
                new Case(List.of(login("frobnicate")), "unknown command 'frobnicate'"),
                new Case(List.of(login("--verbose", "list-groups")),
                        "unknown option --verbose (put -- before arguments that start with a dash)"),
                new Case(List.of(login("list-groups", "extra")), "usage: svgroups-cli [OPTIONS] list-groups"),
                new Case(List.of(login("invite", "abc")), "usage: svgroups-cli [OPTIONS] invite GROUP USER [REASON]"),
                new Case(List.of(login("create-group")), "usage: svgroups-cli [OPTIONS] create-group NAME [MEMBER...]"),
                new Case(List.of(login("leave", "a", "b")), "usage: svgroups-cli [OPTIONS] leave GROUP"),
                new Case(List.of(login("invitations", "abc")), "usage: svgroups-cli [OPTIONS] invitations"),
                new Case(List.of(login("accept")), "usage: svgroups-cli [OPTIONS] accept GROUP"),
                new Case(List.of(login("accept", "abc", "def")), "usage: svgroups-cli [OPTIONS] accept GROUP"),
                new Case(List.of(login("decline")), "usage: svgroups-cli [OPTIONS] decline GROUP [REASON]"),
                new Case(List.of(login("decline", "abc", "no", "thanks")),
                        "usage: svgroups-cli [OPTIONS] decline GROUP [REASON]"),
                new Case(List.of(login("invite-direct", "abc")),
                        "usage: svgroups-cli [OPTIONS] invite-direct GROUP USER [REASON]"),
                new Case(List.of(login("invite-direct", "abc", "bob", "hi", "there")),
                        "usage: svgroups-cli [OPTIONS] invite-direct GROUP USER [REASON]"),
                new Case(List.of("--user", "alice", "--password", "p", "list-groups"), "--host is required"),
                new Case(List.of("--host", "h", "--password", "p", "list-groups"), "--user is required"),
                new Case(List.of("--host", "h", "--user", "alice", "list-groups"),
                        "--password (or SVGROUPS_PASSWORD) is required"),
                new Case(List.of(login("--port", "http", "list-groups")),
                        "--port must be a positive whole number, not 'http'"),
                new Case(List.of(login("--port", "70000", "list-groups")), "--port must be at most 65535"),
                new Case(List.of(login("list-groups", "--host")), "--host needs a value"),
                new Case(List.of(login("--insecure=yes", "list-groups")), "--insecure takes no value"));

        for (Case c : cases) {
            assertThatThrownBy(() -> parse(c.argv().toArray(String[]::new)))
                    .as("%s", c.argv())
                    .isInstanceOf(UsageException.class)
                    .hasMessage(c.message());
        }
    }

    @Test
    void toStringHidesThePassword() throws Exception {
        assertThat(parse(login("list-groups")).toString()).doesNotContain("secret").contains("password=***");
    }

    @Test
    void createLinkTakesPositiveDaysAndUsesAndOtherCommandsDoNot() throws Exception {
        CliArguments a = parse(login("create-link", "abc", "--expires-days", "3", "--uses=1"));
        assertThat(a.command()).isEqualTo(Command.CREATE_LINK);
        assertThat(a.linkOption(Command.Option.EXPIRES_DAYS)).isEqualTo(3);
        assertThat(a.linkOption(Command.Option.USES)).isEqualTo(1);
        assertThat(parse(login("create-link", "abc")).linkOption(Command.Option.USES)).isNull();

        assertThatThrownBy(() -> parse(login("create-link", "abc", "--uses", "0"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("--uses");
        assertThatThrownBy(() -> parse(login("links", "abc", "--uses", "2"))).isInstanceOf(UsageException.class);
        assertThat(parse(login("requests")).args()).isEmpty();
        assertThatThrownBy(() -> parse(login("approve", "abc"))).isInstanceOf(UsageException.class);
    }
}
