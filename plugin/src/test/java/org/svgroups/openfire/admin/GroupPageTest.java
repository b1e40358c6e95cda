package org.svgroups.openfire.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.svgroups.core.invitations.PendingInvitation;
import org.svgroups.core.links.InviteLink;
import org.svgroups.core.links.JoinRequest;
import org.svgroups.core.share.ShareCount;
import org.svgroups.core.share.ShareKind;
import org.svgroups.openfire.admin.GroupDirectory.ItemShares;
import org.svgroups.openfire.admin.GroupPage.Member;

class GroupPageTest {

    private static final String JID = "friends@" + FakeConsoleBackend.SERVICE;

    private final FakeConsoleBackend backend = new FakeConsoleBackend()
            .group("friends", "2026-01-01T00:00:00Z", "member:zed", "owner:alice", "admin:bob", "member:teen", "member:kid");
    private final GroupPage page = new GroupPage(backend);

    {
        backend.birthdates.put("alice@example.org", LocalDate.parse("1990-01-01"));
        backend.birthdates.put("teen@example.org", LocalDate.parse("2009-06-01"));
        backend.birthdates.put("kid@example.org", LocalDate.parse("2015-06-01"));
    }

    @Test
    void showsPeopleOwnersFirstWithTheirAgeGroup() {
        page.show("friends", null, false);

        assertThat(page.getMembers()).extracting(Member::jid).containsExactly("alice@example.org", "bob@example.org",
                "kid@example.org", "teen@example.org", "zed@example.org");
        assertThat(page.getMembers()).extracting(Member::affiliation).startsWith("svgroups.group.affiliation.owner[]",
                "svgroups.group.affiliation.admin[]", "svgroups.group.affiliation.member[]");
        assertThat(page.getMembers()).extracting(Member::ageGroup).containsExactly("svgroups.group.age.adult[]",
                "svgroups.group.age.unknown[]", "svgroups.group.age.under-age[]", "svgroups.group.age.minor[]",
                "svgroups.group.age.unknown[]");
    }

    @Test
    void showsPendingInvitationsOldestFirstAndRecentSharesLatestFirst() {
        backend.pending.add(new PendingInvitation(JID, "teen2@example.org", "alice@example.org", null,
                Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-12-01T10:00:00Z")));
        backend.pending.add(new PendingInvitation(JID, "teen3@example.org", "bob@example.org", "hi",
                Instant.parse("2026-11-20T10:00:00Z"), Instant.parse("2026-11-27T10:00:00Z")));
        backend.pending.add(new PendingInvitation("other@" + FakeConsoleBackend.SERVICE, "x@example.org",
                "alice@example.org", null, Instant.parse("2026-11-20T10:00:00Z"), Instant.parse("2026-11-27T10:00:00Z")));
        backend.shareCounts.add(new ShareCount(LocalDate.parse("2026-11-20"), JID, ShareKind.VIDEO, "v1", 3));
        backend.shareCounts.add(new ShareCount(LocalDate.parse("2026-11-24"), JID, ShareKind.PRODUCT, "p1", 1));
        backend.shareCounts.add(new ShareCount(LocalDate.parse("2026-10-01"), JID, ShareKind.VIDEO, "old", 9));

        page.show("friends", null, false);

        assertThat(page.getInvitations()).extracting(GroupPage.Invitation::invitee)
                .containsExactly("teen3@example.org", "teen2@example.org");
        assertThat(page.getInvitations().get(0).sent()).isEqualTo("2026-11-20T10:00:00Z");
        assertThat(page.getShares()).extracting(ItemShares::itemId).as("the last 30 days only").containsExactly("p1", "v1");
    }

    @Test
    void anUnknownGroupSaysSoAndShowsNothing() {
        page.show("nope", null, false);

        assertThat(page.getGroup()).isNull();
        assertThat(page.getNotFound()).isEqualTo("svgroups.group.error.not-found[nope]");
        assertThat(page.getMembers()).isEmpty();
        assertThat(page.getInvitations()).isEmpty();
        assertThat(page.getShares()).isEmpty();
    }

    @Test
    void removingAMemberIsAskedFirstThenDoneAndAudited() {
        page.show("friends", "ZED@example.org", false);
        assertThat(page.getConfirmRemove()).isEqualTo("zed@example.org");
        assertThat(backend.actions).isEmpty();

        GroupPage confirmed = new GroupPage(backend);
        confirmed.act("friends", "zed@example.org", false, null, "token", "token");

        assertThat(backend.actions).containsExactly("remove zed@example.org from friends");
        assertThat(confirmed.getRemoved()).isEqualTo("zed@example.org");
        assertThat(confirmed.getMembers()).extracting(Member::jid).doesNotContain("zed@example.org");
        assertThat(backend.audits).singleElement().satisfies(event -> {
            assertThat(event[0]).isEqualTo("svgroups member removed");
            assertThat(event[1]).isEqualTo("zed@example.org from " + JID);
        });
    }

    @Test
    void askingToRemoveSomeoneNotInTheGroupIsAnError() {
        page.show("friends", "mallory@example.org", false);

        assertThat(page.getConfirmRemove()).isNull();
        assertThat(page.getError()).isEqualTo("svgroups.group.error.not-in-group[mallory@example.org]");
    }

    @Test
    void theLastOwnerIsNotRemoved() {
        page.act("friends", "alice@example.org", false, null, "t", "t");

        assertThat(backend.actions).isEmpty();
        assertThat(backend.audits).isEmpty();
        assertThat(page.getError()).isEqualTo("svgroups.group.error.last-owner[alice@example.org]");
    }

    @Test
    void withoutMatchingCsrfTokensNothingIsDone() {
        page.act("friends", "zed@example.org", false, null, "cookie", "other");
        GroupPage noCookie = new GroupPage(backend);
        noCookie.act("friends", null, true, "bye", null, "form");

        assertThat(backend.actions).isEmpty();
        assertThat(page.getError()).isEqualTo("svgroups.group.error.csrf[]");
        assertThat(noCookie.isDissolved()).isFalse();
    }

    @Test
    void dissolvingIsAskedFirstThenDoneWithTheReasonAndAudited() {
        page.show("friends", null, true);
        assertThat(page.isConfirmDissolve()).isTrue();
        assertThat(backend.actions).isEmpty();

        GroupPage confirmed = new GroupPage(backend);
        confirmed.act("friends", null, true, "  spam  ", "t", "t");

        assertThat(confirmed.isDissolved()).isTrue();
        assertThat(backend.actions).containsExactly("dissolve friends (spam)");
        assertThat(backend.audits).singleElement().satisfies(event -> {
            assertThat(event[0]).isEqualTo("svgroups group dissolved");
            assertThat(event[1]).isEqualTo(JID + ": spam");
        });
    }

    @Test
    void anOverlongReasonIsRefusedAndTheGroupStays() {
        page.act("friends", null, true, "x".repeat(GroupPage.MAX_REASON_LENGTH + 1), "t", "t");

        assertThat(page.isDissolved()).isFalse();
        assertThat(page.isConfirmDissolve()).as("asked again").isTrue();
        assertThat(page.getError()).isEqualTo("svgroups.group.error.reason-too-long[500]");
        assertThat(backend.rooms).containsKey("friends");
    }

    @Test
    void aGroupAlreadyDissolvedIsReportedMissing() {
        new GroupPage(backend).act("friends", null, true, "", "t", "t");

        page.act("friends", null, true, "", "t", "t");

        assertThat(page.getNotFound()).isEqualTo("svgroups.group.error.not-found[friends]");
        assertThat(backend.actions).containsExactly("dissolve friends (null)");
    }

    @Test
    void listsActiveLinksWithoutTokensAndWaitingRequestsOldestFirst() {
        backend.links.add(new InviteLink("00000000000000b2", JID, "bob@example.org", Instant.parse("2026-11-24T10:00:00Z"),
                Instant.parse("2026-12-01T10:00:00Z"), 5, 2, false));
        backend.links.add(new InviteLink("00000000000000a1", JID, "alice@example.org", Instant.parse("2026-11-20T10:00:00Z"),
                Instant.parse("2026-11-27T10:00:00Z"), 0, 1, false));
        backend.links.add(new InviteLink("00000000000000c3", JID, "alice@example.org", Instant.parse("2026-11-20T10:00:00Z"),
                Instant.parse("2026-11-27T10:00:00Z"), 0, 0, true));
        backend.links.add(new InviteLink("00000000000000d4", JID, "alice@example.org", Instant.parse("2026-11-01T10:00:00Z"),
                Instant.parse("2026-11-08T10:00:00Z"), 0, 0, false));
        backend.requests.add(new JoinRequest(JID, "teen@example.org", "00000000000000a1", Instant.parse("2026-11-25T09:00:00Z")));

        page.show("friends", null, false);

        assertThat(page.getLinks()).extracting(GroupPage.Link::id).as("revoked and expired links are not listed")
                .containsExactly("00000000000000a1", "00000000000000b2");
        assertThat(page.getLinks()).extracting(GroupPage.Link::uses).containsExactly("1", "svgroups.group.links.uses-of[2, 5]");
        assertThat(page.getRequests()).singleElement().satisfies(request -> {
            assertThat(request.user()).isEqualTo("teen@example.org");
            assertThat(request.ageGroup()).isEqualTo("svgroups.group.age.minor[]");
        });
    }

    @Test
    void revokingALinkIsAskedFirstThenDoneAndAuditedAndNeedsTheCsrfToken() {
        backend.links.add(new InviteLink("00000000000000a1", JID, "alice@example.org", Instant.parse("2026-11-20T10:00:00Z"),
                Instant.parse("2026-11-27T10:00:00Z"), 0, 1, false));
        page.askRevoke("friends", "00000000000000a1");
        assertThat(page.getConfirmRevoke().creator()).isEqualTo("alice@example.org");
        assertThat(backend.actions).isEmpty();

        GroupPage forged = new GroupPage(backend);
        forged.revoke("friends", "00000000000000a1", "token", "other");
        assertThat(forged.getError()).isEqualTo("svgroups.group.error.csrf[]");
        assertThat(backend.actions).isEmpty();

        GroupPage confirmed = new GroupPage(backend);
        confirmed.revoke("friends", "00000000000000a1", "token", "token");
        assertThat(confirmed.isRevoked()).isTrue();
        assertThat(backend.actions).containsExactly("revoke 00000000000000a1 of " + JID);
        assertThat(backend.audits).singleElement().satisfies(event -> {
            assertThat(event[0]).isEqualTo("svgroups invite link revoked");
            assertThat(event[1]).contains("00000000000000a1").contains(JID).contains("alice@example.org");
        });
        assertThat(confirmed.getLinks()).isEmpty();

        GroupPage again = new GroupPage(backend);
        again.askRevoke("friends", "00000000000000a1");
        assertThat(again.getConfirmRevoke()).isNull();
        assertThat(again.getError()).isEqualTo("svgroups.group.links.error.not-found[]");
    }
}
