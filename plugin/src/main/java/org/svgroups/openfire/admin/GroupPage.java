package org.svgroups.openfire.admin;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.jivesoftware.util.CookieUtils;
import org.jivesoftware.util.StringUtils;
import org.jivesoftware.util.WebManager;
import org.svgroups.core.links.InviteLink;
import org.svgroups.core.links.JoinRequest;
import org.svgroups.core.links.LinkState;
import org.svgroups.core.people.AgeGroup;
import org.svgroups.core.people.AgePolicy;
import org.svgroups.openfire.admin.ConsoleBackend.GroupActionException;
import org.svgroups.openfire.admin.GroupDirectory.ItemShares;

/**
 * What the group page shows and does: one group's people with their affiliation and age group, its pending
 * invitations, active invite links, join requests and recent shares; removing a member, revoking a link and
 * dissolving the group, each asked first (a GET shows the
 * confirmation, a POST with a valid CSRF token acts). Every action is logged in the security audit log. The JSP
 * only renders this object; after a dissolution it redirects to the groups list.
 */
public final class GroupPage {

    static final String GROUP = "group";
    static final String REMOVE = "remove";
    static final String DISSOLVE = "dissolve";
    static final String REVOKE = "revoke";
    static final String REASON = "reason";
    static final String CONFIRM = "confirm";
    static final String CSRF = SettingsPage.CSRF;
    /** How far back the recent shares go. */
    static final int RECENT_SHARE_DAYS = 30;
    static final int MAX_REASON_LENGTH = 500;

    private static final Map<String, Integer> AFFILIATION_ORDER = Map.of("owner", 0, "admin", 1, "member", 2);

    private final ConsoleBackend backend;
    private final AgePolicy ages;
    private GroupDetail group;
    private String notFound;
    private String confirmRemove;
    private boolean confirmDissolve;
    private String removed;
    private InviteLink confirmRevoke;
    private boolean revoked;
    private boolean dissolved;
    private String error;
    private String csrf;

    GroupPage(ConsoleBackend backend) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.ages = new AgePolicy(backend.settings(), backend.clock());
    }

    /**
     * Called by the JSP: shows, asks or acts, and sets a fresh CSRF token for the next form. Returns null when it
     * redirected (the group was dissolved).
     */
    public static GroupPage handle(HttpServletRequest request, HttpServletResponse response, WebManager webManager)
            throws IOException {
        GroupPage page = new GroupPage(new OpenfireConsoleBackend(webManager));
        String name = request.getParameter(GROUP);
        String revoke = request.getParameter(REVOKE);
        boolean post = "POST".equalsIgnoreCase(request.getMethod()) && request.getParameter(CONFIRM) != null;
        if (revoke != null) {
            Cookie cookie = CookieUtils.getCookie(request, CSRF);
            if (post) {
                page.revoke(name, revoke, cookie == null ? null : cookie.getValue(), request.getParameter(CSRF));
            } else {
                page.askRevoke(name, revoke);
            }
        } else if (post) {
            Cookie cookie = CookieUtils.getCookie(request, CSRF);
            page.act(name, request.getParameter(REMOVE), request.getParameter(DISSOLVE) != null,
                    request.getParameter(REASON), cookie == null ? null : cookie.getValue(), request.getParameter(CSRF));
            if (page.isDissolved()) {
                response.sendRedirect("svgroups-groups.jsp?dissolved=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
                return null;
            }
        } else {
            page.show(name, request.getParameter(REMOVE), request.getParameter(DISSOLVE) != null);
        }
        page.csrf = StringUtils.randomString(16);
        CookieUtils.setCookie(request, response, CSRF, page.csrf, -1);
        return page;
    }

    /** Shows the group, asking to confirm a removal or the dissolution when one is asked for. */
    void show(String name, String remove, boolean dissolve) {
        load(name);
        if (group == null) {
            return;
        }
        if (remove != null) {
            String member = remove.strip().toLowerCase(Locale.ROOT);
            if (includes(member)) {
                confirmRemove = member;
            } else {
                error = backend.message("svgroups.group.error.not-in-group", List.of(member));
            }
        } else {
            confirmDissolve = dissolve;
        }
    }

    /** Carries out a confirmed removal or dissolution, when the CSRF tokens match. */
    void act(String name, String remove, boolean dissolve, String reason, String cookieToken, String formToken) {
        load(name);
        if (group == null) {
            return;
        }
        if (!SettingsPage.tokensMatch(cookieToken, formToken)) {
            error = backend.message("svgroups.group.error.csrf", List.of());
            return;
        }
        try {
            if (dissolve) {
                String why = reason == null ? "" : reason.strip();
                if (why.length() > MAX_REASON_LENGTH) {
                    confirmDissolve = true;
                    error = backend.message("svgroups.group.error.reason-too-long", List.of(MAX_REASON_LENGTH));
                    return;
                }
                backend.dissolve(group.name(), why.isEmpty() ? null : why);
                backend.audit("svgroups group dissolved", group.jid() + (why.isEmpty() ? "" : ": " + why));
                dissolved = true;
            } else if (remove != null) {
                String member = remove.strip().toLowerCase(Locale.ROOT);
                backend.removeMember(group.name(), member);
                backend.audit("svgroups member removed", member + " from " + group.jid());
                removed = member;
                load(name);
            }
        } catch (GroupActionException e) {
            error = backend.message(e.getMessage(), List.of(remove == null ? group.jid() : remove));
        }
    }

    /** Asks to confirm the revocation of one of the group's active links. */
    void askRevoke(String name, String id) {
        load(name);
        if (group != null) {
            confirmRevoke = activeLink(id).orElse(null);
            if (confirmRevoke == null) {
                error = backend.message("svgroups.group.links.error.not-found", List.of());
            }
        }
    }

    /** Revokes the link when the CSRF tokens match; audited. */
    void revoke(String name, String id, String cookieToken, String formToken) {
        load(name);
        if (group == null) {
            return;
        }
        if (!SettingsPage.tokensMatch(cookieToken, formToken)) {
            error = backend.message("svgroups.group.error.csrf", List.of());
            return;
        }
        Optional<InviteLink> link = activeLink(id);
        try {
            if (link.isEmpty()) {
                throw new GroupActionException("svgroups.group.links.error.not-found");
            }
            backend.revokeLink(group.jid(), link.get().id());
            backend.audit("svgroups invite link revoked", "link " + link.get().id() + " of " + group.jid()
                    + ", created by " + link.get().creator());
            revoked = true;
        } catch (GroupActionException e) {
            error = backend.message(e.getMessage(), List.of());
        }
    }

    private Optional<InviteLink> activeLink(String id) {
        Instant now = backend.clock().instant();
        return backend.inviteLinks(group.jid()).stream()
                .filter(link -> link.id().equals(id) && link.state(now) == LinkState.ACTIVE).findFirst();
    }

    private void load(String name) {
        Optional<GroupDetail> found = name == null || name.isBlank() ? Optional.empty() : backend.group(name.strip());
        group = found.orElse(null);
        if (group == null) {
            notFound = backend.message("svgroups.group.error.not-found", List.of(name == null ? "" : name.strip()));
        }
    }

    private boolean includes(String jid) {
        return group.people().stream().anyMatch(p -> p.jid().equals(jid));
    }

    private String ageGroupText(String jid) {
        AgeGroup ageGroup = ages.classify(backend.birthdate(jid));
        return backend.message("svgroups.group.age." + ageGroup.name().toLowerCase(Locale.ROOT).replace('_', '-'), List.of());
    }

    /** Someone in the group, as the page lists them. */
    public record Member(String jid, String affiliation, String ageGroup) {

        public String getJid() {
            return jid;
        }

        public String getAffiliation() {
            return affiliation;
        }

        public String getAgeGroup() {
            return ageGroup;
        }
    }

    /** A pending invitation, as the page lists it. */
    public record Invitation(String invitee, String ageGroup, String inviter, String sent, String expires) {

        public String getInvitee() {
            return invitee;
        }

        public String getAgeGroup() {
            return ageGroup;
        }

        public String getInviter() {
            return inviter;
        }

        public String getSent() {
            return sent;
        }

        public String getExpires() {
            return expires;
        }
    }

    /** An active invite link, as the page lists it (never its token: the server does not have it). */
    public record Link(String id, String creator, String created, String expires, String uses) {

        public String getId() {
            return id;
        }

        public String getCreator() {
            return creator;
        }

        public String getCreated() {
            return created;
        }

        public String getExpires() {
            return expires;
        }

        public String getUses() {
            return uses;
        }
    }

    /** A join request waiting for an owner's or admin's approval. */
    public record Request(String user, String ageGroup, String since) {

        public String getUser() {
            return user;
        }

        public String getAgeGroup() {
            return ageGroup;
        }

        public String getSince() {
            return since;
        }
    }

    /** The group's active invite links, oldest first. */
    public List<Link> getLinks() {
        if (group == null) {
            return List.of();
        }
        Instant now = backend.clock().instant();
        return backend.inviteLinks(group.jid()).stream()
                .filter(link -> link.state(now) == LinkState.ACTIVE)
                .sorted(Comparator.comparing(InviteLink::created))
                .map(link -> new Link(link.id(), link.creator(), backend.formatDateTime(link.created()),
                        backend.formatDateTime(link.expires()), link.maxUses() == 0 ? Integer.toString(link.uses())
                                : backend.message("svgroups.group.links.uses-of", List.of(link.uses(), link.maxUses()))))
                .toList();
    }

    /** The join requests waiting for approval, oldest first. */
    public List<Request> getRequests() {
        if (group == null) {
            return List.of();
        }
        return backend.joinRequests(group.jid()).stream()
                .sorted(Comparator.comparing(JoinRequest::created))
                .map(r -> new Request(r.user(), ageGroupText(r.user()), backend.formatDateTime(r.created())))
                .toList();
    }

    /** The link whose revocation is to be confirmed, or null. */
    public Link getConfirmRevoke() {
        return confirmRevoke == null ? null : new Link(confirmRevoke.id(), confirmRevoke.creator(),
                backend.formatDateTime(confirmRevoke.created()), backend.formatDateTime(confirmRevoke.expires()), "");
    }

    /** Whether a link was just revoked, for the success message. */
    public boolean isRevoked() {
        return revoked;
    }

    /** Owners first, then admins, then members, each by address. */
    public List<Member> getMembers() {
        if (group == null) {
            return List.of();
        }
        return group.people().stream()
                .sorted(Comparator.comparing((GroupDetail.Person p) -> AFFILIATION_ORDER.getOrDefault(p.affiliation(), 3))
                        .thenComparing(GroupDetail.Person::jid))
                .map(p -> new Member(p.jid(), backend.message("svgroups.group.affiliation." + p.affiliation(), List.of()),
                        ageGroupText(p.jid())))
                .toList();
    }

    /** Pending invitations, oldest first. */
    public List<Invitation> getInvitations() {
        if (group == null) {
            return List.of();
        }
        return backend.pendingInvitations(group.jid()).stream()
                .sorted(Comparator.comparing(i -> i.created()))
                .map(i -> new Invitation(i.invitee(), ageGroupText(i.invitee()), i.inviter(),
                        backend.formatDateTime(i.created()), backend.formatDateTime(i.expires())))
                .toList();
    }

    /** Share counts of the last {@value #RECENT_SHARE_DAYS} days, latest day first. */
    public List<ItemShares> getShares() {
        if (group == null) {
            return List.of();
        }
        LocalDate from = LocalDate.now(backend.clock()).minusDays(RECENT_SHARE_DAYS - 1L);
        return backend.directory().sharesOf(group.jid(), from);
    }

    public int getRecentShareDays() {
        return RECENT_SHARE_DAYS;
    }

    /** The group shown, or null when there is none. */
    public GroupDetail getGroup() {
        return group;
    }

    public String getName() {
        return group == null ? null : group.name();
    }

    public String getJid() {
        return group == null ? null : group.jid();
    }

    public String getDisplayName() {
        return group == null ? null : group.displayName();
    }

    public String getDescription() {
        return group == null ? null : group.description();
    }

    public String getCreated() {
        return group == null ? null : backend.formatDateTime(group.created());
    }

    public int getMemberCap() {
        return backend.settings().memberCap();
    }

    /** The message saying that there is no such group, or null. */
    public String getNotFound() {
        return notFound;
    }

    /** The member whose removal is to be confirmed, or null. */
    public String getConfirmRemove() {
        return confirmRemove;
    }

    public boolean isConfirmDissolve() {
        return confirmDissolve;
    }

    /** The member just removed, for the success message, or null. */
    public String getRemoved() {
        return removed;
    }

    public boolean isDissolved() {
        return dissolved;
    }

    /** Why the action asked for was not done, or null. */
    public String getError() {
        return error;
    }

    public String getCsrf() {
        return csrf;
    }

    public int getMaxReasonLength() {
        return MAX_REASON_LENGTH;
    }
}
