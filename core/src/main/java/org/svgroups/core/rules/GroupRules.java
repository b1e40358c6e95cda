package org.svgroups.core.rules;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.svgroups.core.GroupSettings;
import org.svgroups.core.friends.FriendGraph;
import org.svgroups.core.group.Affiliation;
import org.svgroups.core.group.AffiliationChange;
import org.svgroups.core.group.Membership;
import org.svgroups.core.people.AgePolicy;
import org.svgroups.core.people.People;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.reports.Suspensions;
import org.svgroups.core.stats.InvitationLog;
import org.svgroups.core.stats.InvitationOutcome;

/**
 * Every path that creates, joins or changes a group, with the rules that apply to it, in the order a refusal is
 * reported. Adapters translate a stanza into one of these calls and a refusal into a stanza error; nothing here
 * knows about stanzas. Rate limits count only what is admitted.
 */
public final class GroupRules {

    public static final String OWNERS_FIELD = "muc#roomconfig_roomowners";
    public static final String ADMINS_FIELD = "muc#roomconfig_roomadmins";

    /** Form fields whose values are user addresses; adapters pass them as bare JIDs. */
    public static final Set<String> JID_LIST_FIELDS = Set.of(OWNERS_FIELD, ADMINS_FIELD);

    private final LockedProfileRule lockedProfile;
    private final MemberCapRule memberCap;
    private final InviterBelongsToGroupRule inviterBelongs = new InviterBelongsToGroupRule();
    private final FriendsOnlyRule friendsOnly;
    private final MinimumAgeRule minimumAge;
    private final ConsentRule consent;
    private final RateLimitRule groupCreation;
    private final RateLimitRule invitations;
    private final InvitationLog invitationLog;
    private final SuspensionRule suspension;

    public GroupRules(GroupSettings settings, FriendGraph friends, People people, RateCounters counters,
                      InvitationLog invitationLog, Suspensions suspensions, Clock clock) {
        this.invitationLog = invitationLog;
        this.suspension = new SuspensionRule(suspensions, clock);
        AgePolicy ages = new AgePolicy(settings, clock);
        this.lockedProfile = new LockedProfileRule(settings);
        this.memberCap = new MemberCapRule(settings);
        this.friendsOnly = new FriendsOnlyRule(friends, people, settings);
        this.minimumAge = new MinimumAgeRule(people, ages);
        this.consent = new ConsentRule(people, ages);
        this.groupCreation = new RateLimitRule("groups created per day", counters.groupsCreated(),
                Duration.ofDays(1), settings::groupsPerUserPerDay, clock);
        this.invitations = new RateLimitRule("invitations sent per hour", counters.invitationsSent(),
                Duration.ofHours(1), settings::invitationsPerUserPerHour, clock);
    }

    /** A user creates a group (the first join of a room that does not exist yet). */
    public Optional<Refusal> createGroup(String creator) {
        return first(minimumAge.checkSelf(creator), () -> suspension.checkSelf(creator),
                () -> groupCreation.acquire(creator, 1));
    }

    /** An owner, admin or member enters the group. */
    public Optional<Refusal> joinGroup(String user) {
        return first(minimumAge.checkSelf(user), () -> suspension.checkSelf(user));
    }

    /** An invitee with a pending invitation accepts it (explicitly, or by joining). */
    public Optional<Refusal> accept(Membership group, String invitee) {
        return first(minimumAge.checkSelf(invitee), () -> suspension.checkSelf(invitee),
                () -> memberCap.check(group, List.of(new AffiliationChange(invitee, Affiliation.MEMBER))));
    }

    /**
     * Someone invites people into the group (XEP-0045 mediated or XEP-0249 direct invitation). Refused as a whole
     * when any invitee may not be invited; otherwise adults are enrolled and minors wait for their consent. Every
     * invitee not in the group yet counts as one invitation, sent or refused, in the invitation log.
     */
    public InvitationDecision invitations(Membership group, String inviter, Collection<String> invitees) {
        InvitationDecision decision = decideInvitations(group, inviter, invitees);
        int newcomers = (int) invitees.stream().distinct().filter(invitee -> !group.includes(invitee)).count();
        if (newcomers > 0) {
            invitationLog.record(decision.refusal().map(r -> InvitationOutcome.refused(r.condition()))
                    .orElse(InvitationOutcome.SENT), newcomers);
        }
        return decision;
    }

    private InvitationDecision decideInvitations(Membership group, String inviter, Collection<String> invitees) {
        Optional<Refusal> refusal = first(inviterBelongs.check(group, inviter), () -> minimumAge.checkSelf(inviter),
                () -> suspension.checkSelf(inviter));
        if (refusal.isPresent()) {
            return InvitationDecision.refused(refusal.get());
        }
        Map<String, Enrolment> enrolments = new LinkedHashMap<>();
        List<AffiliationChange> enrolledNow = new ArrayList<>();
        for (String invitee : invitees) {
            if (group.includes(invitee)) {
                enrolments.put(invitee, Enrolment.ALREADY_IN);
                continue;
            }
            refusal = first(minimumAge.checkOther(invitee), () -> suspension.checkOther(invitee),
                    () -> friendsOnly.check(inviter, invitee));
            if (refusal.isPresent()) {
                return InvitationDecision.refused(refusal.get());
            }
            if (consent.needsConsent(invitee)) {
                enrolments.put(invitee, Enrolment.AFTER_CONSENT);
            } else {
                enrolments.put(invitee, Enrolment.NOW);
                enrolledNow.add(new AffiliationChange(invitee, Affiliation.MEMBER));
            }
        }
        int newcomers = (int) enrolments.values().stream().filter(e -> e != Enrolment.ALREADY_IN).count();
        refusal = first(memberCap.check(group, enrolledNow),
                () -> newcomers == 0 ? Optional.empty() : invitations.acquire(inviter, newcomers));
        return refusal.map(InvitationDecision::refused).orElseGet(() -> InvitationDecision.admitted(enrolments));
    }

    /**
     * An owner or admin changes affiliations ({@code muc#admin}). Whoever becomes part of the group must be old
     * enough, a friend of the actor, and an adult (minors are invited instead).
     */
    public Optional<Refusal> affiliationChanges(Membership group, String actor, List<AffiliationChange> changes) {
        for (AffiliationChange change : changes) {
            if (change.affiliation().isMembership() && !group.includes(change.user())) {
                String user = change.user();
                Optional<Refusal> refusal = first(minimumAge.checkOther(user), () -> suspension.checkOther(user),
                        () -> friendsOnly.check(actor, user), () -> consent.checkDirectGrant(user));
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
        }
        return memberCap.check(group, changes);
    }

    /**
     * An owner submits the room configuration form. Owners and admins listed in it are grants (XEP-0045 demotes
     * the ones left out to member, so they stay in the group).
     */
    public Optional<Refusal> configurationForm(Membership group, String actor, Map<String, List<String>> fields) {
        Optional<Refusal> locked = lockedProfile.check(fields);
        if (locked.isPresent()) {
            return locked;
        }
        List<AffiliationChange> grants = new ArrayList<>();
        addGrants(grants, fields.get(OWNERS_FIELD), Affiliation.OWNER);
        addGrants(grants, fields.get(ADMINS_FIELD), Affiliation.ADMIN);
        return affiliationChanges(group, actor, grants);
    }

    private static void addGrants(List<AffiliationChange> grants, List<String> users, Affiliation affiliation) {
        if (users == null) {
            return;
        }
        for (String user : users) {
            if (!user.isBlank()) {
                grants.add(new AffiliationChange(user.trim(), affiliation));
            }
        }
    }

    /** The first refusal; later checks (which may count towards a limit) run only while nothing is refused. */
    @SafeVarargs
    private static Optional<Refusal> first(Optional<Refusal> check, Supplier<Optional<Refusal>>... later) {
        if (check.isPresent()) {
            return check;
        }
        for (var next : later) {
            Optional<Refusal> refusal = next.get();
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }
}
