package org.svgroups.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.svgroups.it.ArchivedHistory.idOf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jivesoftware.smack.filter.AndFilter;
import org.jivesoftware.smack.filter.MessageTypeFilter;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.EntityBareJid;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.svgroups.client.HistoryMessage;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.client.SvGroupsException;
import org.svgroups.core.moderation.Tombstone;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.reports.ReportReason;
import org.svgroups.core.reports.ReportTarget;
import org.svgroups.it.RealOpenfire;
import org.svgroups.it.Users;

/**
 * The Reports queue (minors first, newest first, filters), a report's page (the copy of messages, markup escaped)
 * and acting on a report: confirmation with a mandatory statement of reasons, the audit log, the notices to the
 * reporter and the person acted upon, and a suspension that keeps someone out of every group.
 */
@AdminConsole
class ReportPagesIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String MARKUP = "<script>alert('x')</script><b>dumb</b>";

    @Test
    void theQueueListsReportsWithMinorsFirstAndAReportShowsItsMessagesEscaped(ConsoleBrowser console) throws Exception {
        try (SvGroupsClient bob = Users.connect("bob"); SvGroupsClient alice = Users.connect("alice");
             SvGroupsClient tess = Users.connect(RealOpenfire.MINOR)) {
            EntityBareJid teens = bob.createGroup("Reports console teens", List.of("alice")).jid();
            alice.invite(teens, RealOpenfire.MINOR, "come");
            tess.accept(teens);
            String minorReport = alice.report(teens, ReportTarget.member("bob@" + RealOpenfire.DOMAIN), ReportReason.HATE,
                    null, null);
            EntityBareJid adults = bob.createGroup("Reports console adults", List.of("alice")).jid();
            bob.send(adults, "before");
            bob.send(adults, MARKUP);
            String id = idOf(alice, adults, MARKUP);
            String report = alice.report(adults, ReportTarget.message(id), ReportReason.HARASSMENT,
                    "<img src=x onerror=alert(1)> every day", null);

            console.open("svgroups-reports.jsp?state=open");
            assertThat(console.heading()).isEqualTo("Short-Video Groups: Reports");
            assertThat(console.missingMessages()).isEmpty();
            List<List<String>> rows = console.tableRows();
            assertThat(rows.get(0).get(0)).as("the report involving a minor first, though older").contains("minor involved");
            assertThat(rows.get(0)).contains("hate", "a member", "bob@" + RealOpenfire.DOMAIN, teens.toString(), "open");
            assertThat(rows.get(1)).contains("harassment or bullying", "a message", adults.toString());
            console.screenshot("reports");
            console.open("svgroups-reports.jsp?reason=hate");
            assertThat(console.tableRows()).allSatisfy(row -> assertThat(row).contains("hate"));

            console.open("svgroups-report.jsp?id=" + report);
            assertThat(console.heading()).isEqualTo("Short-Video Groups: Report");
            assertThat(console.missingMessages()).isEmpty();
            String text = console.pageText();
            assertThat(text).contains("Report " + report, "harassment or bullying", "alice@" + RealOpenfire.DOMAIN,
                    "<img src=x onerror=alert(1)> every day", "before", MARKUP + " ← the reported message");
            assertThat(console.driver().getPageSource()).doesNotContain("<script>alert").doesNotContain("<img src=x")
                    .contains("&lt;script&gt;");
            assertThat(console.driver().findElements(By.id("svgroups-action-dismiss"))).hasSize(1);
            assertThat(console.driver().findElements(By.id("svgroups-action-retract"))).hasSize(1);
            assertThat(text).doesNotContain("not available on this server yet");
            console.screenshot("report");

            console.open("svgroups-statistics.jsp?days=7");
            assertThat(console.missingMessages()).isEmpty();
            assertThat(console.pageText()).contains("Reports and actions taken (transparency report)");
            String today = LocalDate.now(ZoneOffset.UTC).toString();
            Object csv = ((JavascriptExecutor) console.driver()).executeAsyncScript("var done = arguments[0];"
                    + "fetch(document.getElementById('svgroups-transparency-csv').href).then(function (r) {"
                    + " return r.text().then(function (t) {"
                    + " done(r.headers.get('Content-Type') + ' ' + t.split('\\r\\n').join('|')); }); });");
            // Line ends shown as '|': CRLF, as RFC 4180 has them.
            assertThat(csv.toString()).startsWith("text/csv").contains(" from,to,section,item,count|")
                    .containsPattern(",reports,hate,[1-9][0-9]*\\|").contains(today).doesNotContain("<html");

            console.open("svgroups-report.jsp?id=" + minorReport);
            assertThat(console.pageText()).contains("A minor is involved");
            console.open("svgroups-report.jsp?id=12345");
            assertThat(console.error()).hasValueSatisfying(error -> assertThat(error).contains("There is no such report."));
        }
    }

    @Test
    void removingThePersonReportedIsConfirmedWithReasonsAuditedAndTold(ConsoleBrowser console) throws Exception {
        try (SvGroupsClient bob = Users.connect("bob"); SvGroupsClient alice = Users.connect("alice");
             SvGroupsClient dave = Users.connect("dave")) {
            EntityBareJid group = bob.createGroup("Reports console removal", List.of("alice", "dave")).jid();
            dave.send(group, "nobody likes you");
            String id = idOf(alice, group, "nobody likes you");
            String report = alice.report(group, ReportTarget.message(id), ReportReason.HARASSMENT, null, null);
            BlockingQueue<Message> atAlice = notices(alice);
            BlockingQueue<Message> atDave = notices(dave);

            console.open("svgroups-report.jsp?id=" + report);
            console.click(By.id("svgroups-action-remove"));
            assertThat(console.pageText()).contains("Confirm: Remove the person from the group.");
            console.fill("statement", "   ");
            console.submit("confirm");
            assertThat(console.error()).hasValueSatisfying(e -> assertThat(e).contains("Give the reasons"));
            assertThat(bob.listGroups()).filteredOn(g -> g.jid().equals(group)).singleElement()
                    .satisfies(g -> assertThat(g.members()).as("nothing done without reasons").isEqualTo(3));

            console.fill("statement", "Repeated insults <towards> a member.");
            console.submit("confirm");
            assertThat(console.success()).hasValueSatisfying(s -> assertThat(s).contains("Done: Remove the person from the group."));
            assertThat(console.pageText()).contains("closed", "Repeated insults <towards> a member.");
            assertThat(console.driver().findElements(By.id("svgroups-action-dismiss"))).as("a closed report offers nothing").isEmpty();
            assertThat(bob.listGroups()).filteredOn(g -> g.jid().equals(group)).singleElement()
                    .satisfies(g -> assertThat(g.members()).isEqualTo(2));
            assertThat(console.auditLog("svgroups report remove")).first().satisfies(event -> assertThat(event.details())
                    .isEqualTo("report " + report + " in " + group + " about dave@" + RealOpenfire.DOMAIN
                            + ": Repeated insults <towards> a member."));

            Message toAlice = atAlice.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(toAlice).as("the reporter is told the outcome").isNotNull();
            assertThat(toAlice.getFrom().toString()).isEqualTo(RealOpenfire.SERVICE);
            assertThat(toAlice.getBody()).contains("Your report about a message in the group “Reports console removal”",
                    "The person was removed from the group.", "Reason: Repeated insults <towards> a member.");
            Message toDave = atDave.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(toDave).as("the person acted upon is told what and why").isNotNull();
            assertThat(toDave.getBody()).isEqualTo("A moderator removed you from the group “Reports console removal”."
                    + " Reason: Repeated insults <towards> a member.").doesNotContain("alice");
        }
    }

    @Test
    void retractingTheReportedMessageTombstonesItAsTheGroupAndTheReportKeepsItsCopy(ConsoleBrowser console)
            throws Exception {
        try (SvGroupsClient bob = Users.connect("bob"); SvGroupsClient alice = Users.connect("alice");
             SvGroupsClient dave = Users.connect("dave")) {
            EntityBareJid group = bob.createGroup("Reports console retraction", List.of("alice", "dave")).jid();
            dave.send(group, "you are all losers");
            String id = idOf(alice, group, "you are all losers");
            String report = alice.report(group, ReportTarget.message(id), ReportReason.HARASSMENT, null, null);
            BlockingQueue<Message> atAlice = notices(alice);
            BlockingQueue<Message> atDave = notices(dave);

            console.open("svgroups-report.jsp?id=" + report);
            console.click(By.id("svgroups-action-retract"));
            assertThat(console.pageText()).contains("Confirm: Retract the message.");
            console.fill("statement", "Insults towards the group.");
            console.submit("confirm");
            assertThat(console.success()).hasValueSatisfying(s -> assertThat(s).contains("Done: Retract the message."));

            Tombstone tombstone = bob.history(group, 10, null).messages().stream().filter(m -> m.id().equals(id))
                    .findFirst().flatMap(HistoryMessage::tombstone)
                    .orElseThrow(() -> new AssertionError("no tombstone of " + id));
            assertThat(tombstone.moderatedBy()).as("the group itself, not the admin").isEqualTo(group.toString());
            assertThat(tombstone.reason()).isEqualTo("Insults towards the group.");
            assertThat(console.pageText()).as("the report keeps its copy").contains("you are all losers", "closed");
            assertThat(console.auditLog("svgroups report retract")).first()
                    .satisfies(event -> assertThat(event.details()).contains("report " + report, "Insults towards the group."));
            assertThat(atAlice.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the reporter is told").isNotNull()
                    .satisfies(m -> assertThat(m.getBody()).contains("The message was removed."));
            assertThat(atDave.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the sender is told").isNotNull()
                    .satisfies(m -> assertThat(m.getBody()).isEqualTo("A moderator removed your message in the group"
                            + " \u201cReports console retraction\u201d. Reason: Insults towards the group."));

            // Its sender took the next reported message back before a moderator got to it: the report keeps its
            // copy, and retracting it is refused with a clear error, the report staying open.
            dave.send(group, "losers, all of you");
            String taken = idOf(alice, group, "losers, all of you");
            String late = alice.report(group, ReportTarget.message(taken), ReportReason.HARASSMENT, null, null);
            dave.retract(group, taken);
            console.open("svgroups-report.jsp?id=" + late);
            assertThat(console.pageText()).contains("losers, all of you");
            console.click(By.id("svgroups-action-retract"));
            console.fill("statement", "Insults again.");
            console.submit("confirm");
            assertThat(console.error()).hasValueSatisfying(e -> assertThat(e).contains("could not be retracted"));
            console.open("svgroups-report.jsp?id=" + late);
            assertThat(console.driver().findElements(By.id("svgroups-action-dismiss"))).as("still open").hasSize(1);
        }
    }

    @Test
    void aSuspendedUserIsKeptOutOfEveryGroup(ConsoleBrowser console) throws Exception {
        String suspended = RealOpenfire.numbered(31);
        try (SvGroupsClient owner = Users.connect(suspended); SvGroupsClient alice = Users.connect("alice")) {
            EntityBareJid group = owner.createGroup("Reports console suspension", List.of("alice")).jid();
            String report = alice.report(group, ReportTarget.member(suspended + "@" + RealOpenfire.DOMAIN),
                    ReportReason.SCAM, "asks everyone for money", null);

            console.open("svgroups-report.jsp?id=" + report + "&action=suspend");
            console.fill("days", "3");
            console.fill("statement", "Scam attempts.");
            console.submit("confirm");
            assertThat(console.success()).isPresent();
            assertThat(console.auditLog("svgroups report suspend")).first()
                    .satisfies(event -> assertThat(event.details()).contains("for 3 days: Scam attempts."));

            Throwable created = catchThrowable(() -> owner.createGroup("After suspension", List.of("alice")));
            assertThat(created).isInstanceOfSatisfying(SvGroupsException.Refused.class,
                    e -> assertThat(e.getRefusal().is(AppCondition.SUSPENDED)).as(e.getRefusal().toString()).isTrue());
            // Entering is refused, also straight after leaving; a suspension does not end a presence already in a room.
            owner.exit(group);
            assertThat(catchThrowable(() -> owner.join(group))).isInstanceOfSatisfying(SvGroupsException.Refused.class,
                    e -> assertThat(e.getRefusal().is(AppCondition.SUSPENDED)).as(e.toString()).isTrue());
            alice.join(group);
            MultiUserChat atAlice = MultiUserChatManager.getInstanceFor(alice.connection()).getMultiUserChat(group);
            // Smack fills the occupants from the presences it handles on its own thread, after the join returns.
            Instant deadline = Instant.now().plusSeconds(5);
            while (atAlice.getOccupants().isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
            assertThat(atAlice.getOccupants())
                    .as("alice is in, the suspended owner is not").extracting(o -> o.getResourceOrEmpty().toString())
                    .containsExactly("alice");
        }
    }

    /** Headline messages with a body (not PEP events, also headlines) the user receives from now on. */
    private static BlockingQueue<Message> notices(SvGroupsClient user) {
        BlockingQueue<Message> received = new LinkedBlockingQueue<>();
        user.connection().addAsyncStanzaListener(stanza -> received.add((Message) stanza),
                new AndFilter(MessageTypeFilter.HEADLINE, stanza -> ((Message) stanza).getBody() != null));
        return received;
    }
}
