package org.svgroups.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.jxmpp.jid.EntityBareJid;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.svgroups.client.Group;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.client.SvGroupsException;
import org.svgroups.it.RealOpenfire;
import org.svgroups.it.StoredBookmarks;
import org.svgroups.it.TestCatalogue;
import org.svgroups.it.Users;

/**
 * The groups list, the group page (members, pending invitations, removing a member, dissolving) and the statistics,
 * on groups made through the client library.
 */
@AdminConsole
class GroupPagesIT {

    /** The counters reach the database every 10 s, and the groups list is kept 30 s. */
    private static final Duration FLUSH = Duration.ofSeconds(50);

    private static String groupPage(EntityBareJid group) {
        return "svgroups-group.jsp?group=" + URLEncoder.encode(group.getLocalpart().toString(), StandardCharsets.UTF_8);
    }

    private static String search(String text) {
        return "svgroups-groups.jsp?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Reloads the page until its text passes, for what the counters bring a few seconds later. */
    private static void reloadUntil(ConsoleBrowser console, String page, Predicate<String> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(FLUSH);
        console.open(page);
        while (!done.test(console.pageText()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            console.open(page);
        }
    }

    @Test
    void theListShowsEachGroupWithOwnerMembersAndActivityAndFindsItByMember(ConsoleBrowser console) throws Exception {
        try (SvGroupsClient alice = Users.connect("alice"); SvGroupsClient bob = Users.connect("bob")) {
            Group group = alice.createGroup("Console crew", List.of("bob", "carol"));
            console.open(search("Console crew"));
            assertThat(console.heading()).isEqualTo("Short-Video Groups: Groups");
            assertThat(console.missingMessages()).isEmpty();
            assertThat(console.pageText()).contains("Console crew", group.jid().toString(),
                    "alice@" + RealOpenfire.DOMAIN, "3 / 32");

            alice.join(group.jid());
            bob.join(group.jid());
            bob.send(group.jid(), "hello console");
            reloadUntil(console, search("Console crew"), text -> !text.contains("none yet"));
            assertThat(console.pageText()).as("last activity").doesNotContain("none yet");

            console.open(search("CAROL@"));
            assertThat(console.pageText()).contains("Console crew");
            console.open(search("nobody-like-this"));
            assertThat(console.pageText()).contains("No group matches “nobody-like-this”.");
            console.open("svgroups-groups.jsp?sort=members&order=desc");
            console.screenshot("groups");
        }
    }

    @Test
    void theGroupPageShowsPeopleAndInvitationsAndRemovesAMemberOnceConfirmed(ConsoleBrowser console) throws Exception {
        try (SvGroupsClient alice = Users.connect("alice"); SvGroupsClient carolsPhone = Users.connect("carol")) {
            Group group = alice.createGroup("Removal crew", List.of("bob", "carol", RealOpenfire.MINOR));
            StoredBookmarks.await(carolsPhone, group.jid());
            console.open(groupPage(group.jid()));
            assertThat(console.heading()).isEqualTo("Short-Video Groups: Group");
            assertThat(console.missingMessages()).isEmpty();
            String text = console.pageText();
            assertThat(text).contains("Members: 3 of 32", "alice@" + RealOpenfire.DOMAIN + " owner",
                    "bob@" + RealOpenfire.DOMAIN + " member", "Pending invitations",
                    RealOpenfire.MINOR + "@" + RealOpenfire.DOMAIN + " minor alice@" + RealOpenfire.DOMAIN);
            console.screenshot("group");

            String carol = "carol@" + RealOpenfire.DOMAIN;
            console.click(By.xpath("//table[@id='svgroups-members']//tr[td[1][text()='" + carol
                    + "']]//a"));
            assertThat(console.pageText()).contains("Remove " + carol + " from the group?");
            assertThat(alice.listGroups()).filteredOn(g -> g.jid().equals(group.jid())).singleElement()
                    .satisfies(g -> assertThat(g.members()).as("nothing done before confirming").isEqualTo(3));

            console.submit("confirm");
            assertThat(console.success()).contains(carol + " was removed from the group.");
            assertThat(console.pageText()).contains("Members: 2 of 32").doesNotContain(carol + " member");
            assertThat(alice.listGroups()).filteredOn(g -> g.jid().equals(group.jid())).singleElement()
                    .satisfies(g -> assertThat(g.members()).isEqualTo(2));
            assertThat(console.auditLog("svgroups member removed")).first()
                    .satisfies(event -> assertThat(event.details()).isEqualTo(carol + " from " + group.jid()));
            StoredBookmarks.awaitNone(carolsPhone, group.jid());
        }
    }

    @Test
    void theLastOwnerCannotBeRemoved(ConsoleBrowser console) throws Exception {
        try (SvGroupsClient alice = Users.connect("alice")) {
            Group group = alice.createGroup("Owner crew", List.of("bob"));
            console.open(groupPage(group.jid()) + "&remove=" + URLEncoder.encode("alice@" + RealOpenfire.DOMAIN, StandardCharsets.UTF_8));
            console.submit("confirm");

            assertThat(console.error()).hasValueSatisfying(error -> assertThat(error).contains("last owner"));
            assertThat(console.pageText()).contains("alice@" + RealOpenfire.DOMAIN + " owner");
        }
    }

    @Test
    void dissolvingAsksForConfirmationThenTellsTheMembersAndTheGroupIsGone(ConsoleBrowser console) throws Exception {
        try (SvGroupsClient alice = Users.connect("alice"); SvGroupsClient bob = Users.connect("bob")) {
            Group group = alice.createGroup("Doomed crew", List.of("bob"));
            bob.join(group.jid());
            console.open(groupPage(group.jid()));
            console.click(By.id("svgroups-dissolve"));
            assertThat(console.pageText()).contains("Dissolve the group " + group.jid() + "?");
            assertThat(bob.listGroups()).extracting(g -> g.jid()).as("nothing done before confirming").contains(group.jid());
            console.screenshot("group-dissolve");

            console.fill("reason", "spam reports");
            console.submit("confirm");

            assertThat(console.currentPage()).startsWith("plugins/svgroups/svgroups-groups.jsp");
            assertThat(console.success()).contains("The group “" + group.jid().getLocalpart() + "” was dissolved.");
            assertThat(console.brokenImages()).isEmpty();
            assertThat(bob.listGroups()).extracting(g -> g.jid()).doesNotContain(group.jid());
            assertThat(alice.listGroups()).extracting(g -> g.jid()).doesNotContain(group.jid());
            StoredBookmarks.awaitNone(bob, group.jid());
            console.open(search("Doomed crew"));
            assertThat(console.pageText()).contains("No group matches");
            assertThat(console.auditLog("svgroups group dissolved")).first()
                    .satisfies(event -> assertThat(event.details()).isEqualTo(group.jid() + ": spam reports"));
        }
    }

    @Test
    void aGroupNamedLikeAScriptIsShownAsText(ConsoleBrowser console) throws Exception {
        String name = "<script>window.svgroupsXss=1</script><b>bold</b>";
        try (SvGroupsClient alice = Users.connect("alice")) {
            Group group = alice.createGroup(name, List.of("bob"));
            for (String page : List.of(search("svgroupsXss"), groupPage(group.jid()))) {
                console.open(page);
                assertThat(console.pageText()).contains(name);
                assertThat(((JavascriptExecutor) console.driver()).executeScript("return window.svgroupsXss === undefined"))
                        .as("the script did not run on %s", page).isEqualTo(true);
                assertThat(console.driver().findElements(By.cssSelector("#jive-main-content b"))).isEmpty();
            }
            console.screenshot("groups-xss");
        }
    }

    @Test
    void statisticsCountInvitationsByOutcomeAndSharesByDayAndItem(ConsoleBrowser console) throws Exception {
        try (SvGroupsClient alice = Users.connect("alice")) {
            Group group = alice.createGroup("Stats crew", List.of("bob"));
            assertThatThrownBy(() -> alice.invite(group.jid(), RealOpenfire.STRANGER, null))
                    .as("not-friends: counted as refused").isInstanceOf(SvGroupsException.class);
            alice.join(group.jid());
            alice.share(group.jid(), TestCatalogue.DANCE);
            alice.share(group.jid(), TestCatalogue.DANCE);
            alice.share(group.jid(), TestCatalogue.HOODIE);
            console.open("svgroups-statistics.jsp?days=7");
            assertThat(console.heading()).isEqualTo("Short-Video Groups: Statistics");
            assertThat(console.missingMessages()).isEmpty();
            reloadUntil(console, "svgroups-statistics.jsp?days=7", text -> !text.contains("Refused: 0")
                    && !text.contains("Sent: 0") && text.contains(TestCatalogue.DANCE.id()));
            assertThat(console.pageText()).contains("Groups:", "not friends (or blocked)", "Shares per day",
                    "Most shared items", "video " + TestCatalogue.DANCE.id(), "product " + TestCatalogue.HOODIE.id())
                    .doesNotContain("Sent: 0", "Refused: 0", "Shares in the period: 0");
            console.screenshot("statistics");

            console.open("svgroups-statistics.jsp?from=2026-02-30&to=2026-03-01");
            assertThat(console.error()).hasValueSatisfying(error -> assertThat(error).contains("The period asked for was not shown"));
            assertThat(console.pageText()).contains("“2026-02-30” is not a date");
        }
    }
}
