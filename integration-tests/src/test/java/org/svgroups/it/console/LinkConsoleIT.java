package org.svgroups.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.jxmpp.jid.EntityBareJid;
import org.openqa.selenium.By;
import org.svgroups.client.CreatedLink;
import org.svgroups.client.SvGroupsClient;
import org.svgroups.client.SvGroupsException;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.settings.SettingsForm;
import org.svgroups.it.RealOpenfire;
import org.svgroups.it.Users;

/**
 * Invite links in the console: the Group page lists a group's active links (never a token) and revokes one once
 * confirmed, audited; it lists the join requests waiting for approval; the Settings page lets plain members create
 * links.
 */
@AdminConsole
class LinkConsoleIT {

    private static final String MEMBERS_MAY_CREATE = SettingsForm.LINK_MEMBERS_MAY_CREATE.key();

    private static String groupPage(EntityBareJid group) {
        return "svgroups-group.jsp?group=" + URLEncoder.encode(group.getLocalpart().toString(), StandardCharsets.UTF_8);
    }

    @Test
    void theGroupPageListsLinksWithoutTokensAndRevokesOneOnceConfirmed(ConsoleBrowser console) throws Exception {
        try (SvGroupsClient owner = Users.connect(RealOpenfire.numbered(32)); SvGroupsClient bob = Users.connect("bob")) {
            EntityBareJid group = owner.createGroup("Console links", List.of("alice")).jid();
            CreatedLink link = owner.createLink(group, 5, 3);
            String creator = owner.user().toString();

            console.open(groupPage(group));
            assertThat(console.missingMessages()).isEmpty();
            assertThat(console.pageText()).contains("Invite links", creator, "0 of 3", "No join request is waiting.")
                    .doesNotContain(link.token());

            console.click(By.xpath("//table[@id='svgroups-links']//tr[td[1][text()='" + creator + "']]//a"));
            assertThat(console.pageText()).contains("Revoke the invite link created by " + creator + "?");
            assertThat(owner.links(group)).as("nothing done before confirming").hasSize(1);

            console.submit("confirm");
            assertThat(console.success()).contains("The invite link was revoked.");
            assertThat(console.pageText()).contains("No active invite link.");
            assertThat(owner.links(group)).isEmpty();
            assertThatThrownBy(() -> bob.joinByLink(link.uri())).isInstanceOfSatisfying(SvGroupsException.Refused.class,
                    e -> assertThat(e.getCondition()).contains(AppCondition.LINK_REVOKED));
            assertThat(console.auditLog("svgroups invite link revoked")).first()
                    .satisfies(event -> assertThat(event.details()).contains(link.link().id(), group.toString(), creator)
                            .doesNotContain(link.token()));
        }
    }

    @Test
    void theGroupPageListsTheRequestsWaitingForApproval(ConsoleBrowser console) throws Exception {
        EntityBareJid group;
        try (SvGroupsClient tess = Users.connect(RealOpenfire.MINOR); SvGroupsClient dave = Users.connect("dave")) {
            group = tess.createGroup("Console teens", List.of()).jid();
            CreatedLink link = tess.createLink(group, null, null);
            assertThatThrownBy(() -> dave.joinByLink(link.uri())).isInstanceOfSatisfying(SvGroupsException.Refused.class,
                    e -> assertThat(e.getCondition()).contains(AppCondition.APPROVAL_PENDING));
        }
        console.open(groupPage(group));
        assertThat(console.missingMessages()).isEmpty();
        assertThat(console.pageText()).contains("Join requests waiting for approval", "dave@" + RealOpenfire.DOMAIN + " unknown");
        console.screenshot("group-links");
    }

    @Test
    void plainMembersCreateLinksOnlyWhileTheSettingAllows(ConsoleBrowser console) throws Exception {
        try (SvGroupsClient owner = Users.connect(RealOpenfire.numbered(33)); SvGroupsClient alice = Users.connect("alice")) {
            EntityBareJid group = owner.createGroup("Members share too", List.of("alice")).jid();
            assertThatThrownBy(() -> alice.createLink(group, null, null)).isInstanceOfSatisfying(
                    SvGroupsException.Refused.class, e -> assertThat(e.getCondition()).contains(AppCondition.LINK_FORBIDDEN));

            save(console, "true");
            try {
                CreatedLink own = alice.createLink(group, null, null);
                assertThat(alice.links(group)).extracting(l -> l.id()).containsExactly(own.link().id());
                assertThat(owner.links(group)).hasSize(1);
                alice.revokeLink(group, own.link().id());
            } finally {
                save(console, "false");
            }
            assertThatThrownBy(() -> alice.createLink(group, null, null)).isInstanceOfSatisfying(
                    SvGroupsException.Refused.class, e -> assertThat(e.getCondition()).contains(AppCondition.LINK_FORBIDDEN));
        }
    }

    private static void save(ConsoleBrowser console, String membersMayCreate) {
        console.open("svgroups-settings.jsp");
        assertThat(console.pageText()).contains("Invite links", "Members may create links");
        console.fill(MEMBERS_MAY_CREATE, membersMayCreate);
        console.submit("save");
        assertThat(console.error()).isEmpty();
        console.open("svgroups-settings.jsp");
        assertThat(console.value(MEMBERS_MAY_CREATE)).isEqualTo(membersMayCreate);
    }
}
