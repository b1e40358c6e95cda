package org.svgroups.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jivesoftware.smack.XMPPException.XMPPErrorException;
import org.jivesoftware.smackx.muc.MultiUserChat;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;
import org.svgroups.client.Group;
import org.svgroups.client.Refusal;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.settings.Setting;
import org.svgroups.core.settings.SettingsForm;
import org.svgroups.it.RealOpenfire;
import org.svgroups.it.TestNotifyEndpoint;
import org.svgroups.it.Users;
import org.svgroups.it.console.ConsoleBrowser.AuditEvent;

/** The plugin's settings page: reached from the Group Chat tab, shows every setting, saves, validates, audits. */
@AdminConsole
class SettingsPageIT {

    static final String PAGE = "svgroups-settings.jsp";
    static final String TITLE = "Short-Video Groups: Settings";
    private static final String CAP = SettingsForm.MEMBER_CAP.key();
    private static final String DEFAULT_CAP = "32";
    private static final String GROUPS_PER_DAY = SettingsForm.GROUPS_PER_DAY.key();

    /** Every setting's label, as the English bundle has it. */
    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("svgroups.service.subdomain", "Service subdomain");
        LABELS.put("svgroups.group.member-cap", "Member cap");
        LABELS.put("svgroups.bookmarks.enabled", "Bookmarks of members' groups");
        LABELS.put("svgroups.age.minimum", "Minimum age");
        LABELS.put("svgroups.age.consent", "Consent age");
        LABELS.put("svgroups.age.unknown-allowed", "Users without a birthdate allowed");
        LABELS.put("svgroups.friends.source", "Friends come from");
        LABELS.put("svgroups.friends.http.url", "Follow graph URL template");
        LABELS.put("svgroups.friends.http.timeout", "Follow graph timeout");
        LABELS.put("svgroups.friends.http.cache-lifetime", "Follow graph answers kept for");
        LABELS.put("svgroups.friends.http.unreachable-allows", "Unreachable follow graph counts as friendship");
        LABELS.put("svgroups.invitation.lifetime", "Pending invitation lifetime");
        LABELS.put("svgroups.rate.groups-per-day", "Groups per user per day");
        LABELS.put("svgroups.rate.invitations-per-hour", "Invitations per user per hour");
        LABELS.put("svgroups.links.lifetime", "Link lifetime");
        LABELS.put("svgroups.links.max-lifetime", "Longest link lifetime");
        LABELS.put("svgroups.links.members-may-create", "Members may create links");
        LABELS.put("svgroups.links.approval", "Newcomers by link wait for approval in");
        LABELS.put("svgroups.links.failed-tries-per-hour", "Invalid links tried per user per hour");
        LABELS.put("svgroups.share.origins", "Allowed share hosts");
        LABELS.put("svgroups.share.per-minute", "Shares per user per minute");
        LABELS.put("svgroups.share.catalogue.url", "Catalogue URL template");
        LABELS.put("svgroups.share.catalogue.timeout", "Catalogue timeout");
        LABELS.put("svgroups.share.catalogue.cache-lifetime", "Catalogue answers kept for");
        LABELS.put("svgroups.share.catalogue.unreachable-delivers", "Deliver shares when the catalogue is unreachable");
        LABELS.put("svgroups.share.refuse-unreadable", "Refuse end-to-end encrypted messages");
        LABELS.put("svgroups.archive.enabled", "Keep group history");
        LABELS.put("svgroups.archive.full-history", "Members read the whole history");
        LABELS.put("svgroups.archive.retention-days", "Days history is kept (0: always)");
        LABELS.put("svgroups.reports.per-hour", "Reports per user per hour");
        LABELS.put("svgroups.reports.retention-days", "Days a closed report is kept");
        LABELS.put("svgroups.notify.url", "App backend URL for events");
        LABELS.put("svgroups.notify.secret", "Signing secret");
        LABELS.put("svgroups.notify.previews", "Text previews of plain messages");
        LABELS.put("svgroups.notify.timeout", "Time allowed for one POST");
        LABELS.put("svgroups.notify.batch-size", "Events per POST");
        LABELS.put("svgroups.notify.queue-capacity", "Events that may wait");
    }

    /** The server is shared with every other real-server test: put the member cap back whatever happened. */
    @AfterEach
    void restoreTheMemberCap(ConsoleBrowser console) {
        console.open(PAGE);
        if (!DEFAULT_CAP.equals(console.value(CAP))) {
            saveCap(console, DEFAULT_CAP);
        }
    }

    @Test
    void isReachedFromTheGroupChatTab(ConsoleBrowser console) {
        console.openConsole("index.jsp");
        console.clickLink("Group Chat");
        assertThat(console.subnav()).contains("Short-Video Groups");

        console.clickLink("Short-Video Groups");

        assertThat(console.currentPage()).isEqualTo(ConsoleBrowser.PLUGIN_PATH + PAGE);
        assertThat(console.heading()).isEqualTo(TITLE);
        assertThat(console.sidebar()).containsExactly("Settings", "Groups", "Reports", "Statistics", "Users");
        console.clickLink("Users");
        assertThat(console.currentPage()).isEqualTo(ConsoleBrowser.PLUGIN_PATH + UsersPageIT.PAGE);
    }

    @Test
    void showsEverySettingWithItsLabelValueAndDefault(ConsoleBrowser console) {
        console.open(PAGE);

        assertThat(console.driver().getTitle()).endsWith(TITLE);
        assertThat(console.heading()).isEqualTo(TITLE);
        assertThat(console.missingMessages()).isEmpty();
        assertThat(SettingsForm.ALL).extracting(Setting::key).containsExactlyElementsOf(LABELS.keySet());
        LABELS.forEach((key, label) -> {
            assertThat(console.hasField(key)).as("field %s", key).isTrue();
            assertThat(console.label(key)).as("label of %s", key).isEqualTo(label);
        });
        assertThat(console.pageText()).contains("Groups", "Age and consent", "Friends", "Invitations and limits",
                "Invite links", "Sharing", "History", "Setting", "New value", "Current value", "Default");
        assertThat(console.value(CAP)).isEqualTo(DEFAULT_CAP);
        assertThat(console.value("svgroups.friends.source")).isEqualTo("roster");
        assertThat(console.value("svgroups.age.unknown-allowed")).isEqualTo("true");
        assertThat(console.value("svgroups.links.lifetime")).isEqualTo("7");
        assertThat(console.value("svgroups.links.approval")).isEqualTo("minor-owned");
        // The run's server sets a share limit of its own; the page shows it as the current value.
        assertThat(console.value("svgroups.share.per-minute")).isEqualTo(Integer.toString(RealOpenfire.SHARES_PER_MINUTE));
        assertThat(console.success()).isEmpty();
        assertThat(console.error()).isEmpty();
        console.screenshot("settings");
    }

    @Test
    void theSigningSecretIsNeitherShownNorInThePageAndSavingOtherSettingsKeepsIt(ConsoleBrowser console) {
        console.open(PAGE);

        assertThat(console.driver().getPageSource()).doesNotContain(TestNotifyEndpoint.SECRET);
        assertThat(console.value(SettingsForm.NOTIFY_SECRET.key())).isEmpty();
        assertThat(console.pageText()).contains("(set, not shown)");

        saveCap(console, "21");
        assertThat(console.error()).isEmpty();
        List<AuditEvent> events = console.auditLog("svgroups settings changed");
        assertThat(events).first().satisfies(event -> assertThat(event.details()).isEqualTo(CAP + ": 32 → 21"));
        assertThat(events).allSatisfy(event -> assertThat(event.details()).doesNotContain(TestNotifyEndpoint.SECRET));
    }

    @Test
    void savesAChangedSettingKeepsItAndAuditsIt(ConsoleBrowser console) {
        saveCap(console, "20");

        assertThat(console.success()).contains("Settings saved.");
        assertThat(console.error()).isEmpty();
        assertThat(console.value(CAP)).isEqualTo("20");

        console.open(PAGE);
        assertThat(console.value(CAP)).isEqualTo("20");
        assertThat(console.success()).isEmpty();

        List<AuditEvent> events = console.auditLog("svgroups settings changed");
        assertThat(events).first().satisfies(event -> {
            assertThat(event.username()).isEqualTo(AdminConsoleExtension.ADMIN);
            assertThat(event.details()).isEqualTo(CAP + ": 32 → 20");
        });
        console.screenshot("audit-log");
    }

    @Test
    void savingWithoutAnyChangeSaysSo(ConsoleBrowser console) {
        console.open(PAGE);
        console.submit("save");

        assertThat(console.success()).contains("Settings saved: nothing changed.");
        assertThat(console.value(CAP)).isEqualTo(DEFAULT_CAP);
    }

    @Test
    void theServerEnforcesTheSavedCap(ConsoleBrowser console) throws Exception {
        saveCap(console, "2");
        assertThat(console.success()).contains("Settings saved.");

        try (SvGroupsClient alice = Users.connect("alice")) {
            Group group = alice.createGroup("Capped from the console", List.of("bob"));
            MultiUserChat room = MultiUserChatManager.getInstanceFor(alice.connection()).getMultiUserChat(group.jid());
            assertThatThrownBy(() -> room.grantMembership(JidCreate.from("carol@" + RealOpenfire.DOMAIN)))
                    .isInstanceOfSatisfying(XMPPErrorException.class, e -> assertThat(
                            Refusal.from(e.getStanzaError()).condition()).contains(AppCondition.GROUP_FULL));

            saveCap(console, DEFAULT_CAP);
            room.grantMembership(JidCreate.from("carol@" + RealOpenfire.DOMAIN));
            assertThat(room.getMembers()).hasSize(2);
        }
    }

    @Test
    void refusesAnOutOfRangeValueNextToTheFieldAndChangesNothing(ConsoleBrowser console) {
        console.open(PAGE);
        String groupsPerDay = console.value(GROUPS_PER_DAY);
        String otherGroupsPerDay = Integer.toString(Integer.parseInt(groupsPerDay) + 1);
        console.fill(GROUPS_PER_DAY, otherGroupsPerDay);
        console.fill(CAP, "1001");
        console.submit("save");

        assertThat(console.success()).isEmpty();
        assertThat(console.error()).contains("Nothing was saved: correct the values marked below.");
        assertThat(console.fieldError(CAP)).contains("Enter a whole number from 2 to 1000.");
        assertThat(console.fieldError(GROUPS_PER_DAY)).isEmpty();
        // What was submitted stays in the form, to be corrected.
        assertThat(console.value(CAP)).isEqualTo("1001");
        assertThat(console.value(GROUPS_PER_DAY)).isEqualTo(otherGroupsPerDay);
        console.screenshot("settings-refused");

        console.open(PAGE);
        assertThat(console.value(CAP)).isEqualTo(DEFAULT_CAP);
        assertThat(console.value(GROUPS_PER_DAY)).isEqualTo(groupsPerDay);
    }

    @Test
    void refusesAFormWithAForgedOrMissingCsrfToken(ConsoleBrowser console) {
        for (Runnable tamper : List.<Runnable>of(() -> console.setInput("csrf", "forged"), () -> console.removeInput("csrf"))) {
            console.open(PAGE);
            console.fill(CAP, "25");
            tamper.run();
            console.submit("save");

            assertThat(console.success()).isEmpty();
            assertThat(console.error()).hasValueSatisfying(text -> assertThat(text)
                    .isEqualTo("The form had expired: nothing was saved. Please submit it again."));
            console.open(PAGE);
            assertThat(console.value(CAP)).isEqualTo(DEFAULT_CAP);
        }
    }

    private static void saveCap(ConsoleBrowser console, String cap) {
        console.open(PAGE);
        console.fill(CAP, cap);
        console.submit("save");
    }
}
