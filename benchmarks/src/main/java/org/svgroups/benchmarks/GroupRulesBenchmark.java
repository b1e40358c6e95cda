package org.svgroups.benchmarks;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.svgroups.core.FixedGroupSettings;
import org.svgroups.core.stats.InvitationLog;
import org.svgroups.core.group.Affiliation;
import org.svgroups.core.group.AffiliationChange;
import org.svgroups.core.group.Membership;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.reports.Suspensions;
import org.svgroups.core.rules.Enrolment;
import org.svgroups.core.rules.GroupRules;
import org.svgroups.core.rules.InvitationDecision;
import org.svgroups.core.rules.RateCounters;

/**
 * The invitation and affiliation checks of {@link GroupRules} for one newcomer into a group of 32, with the friend
 * graph and the people in memory: the cost of the rules themselves, without rosters, user properties or caches.
 *
 * <p>The member cap is 33 so that the newcomer fits and every rule runs (at the default cap of 32 the check would
 * stop at group-full). The hourly invitation limit is {@link Fixtures#NO_LIMIT} and the counters are emptied before
 * every iteration, so the rate limit never trips; each iteration ends by checking that an invitation is still
 * admitted, and the setup checks that each benchmark takes the path its name says.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class GroupRulesBenchmark {

    private RateCounters counters;
    private GroupRules rules;
    private Membership group;
    private List<String> owners;
    private List<String> members;
    private List<String> friend;
    private List<String> stranger;
    private List<AffiliationChange> friendBecomesMember;
    private List<AffiliationChange> strangerBecomesMember;

    @Setup(Level.Trial)
    public void setUp() {
        counters = new RateCounters(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        FixedGroupSettings settings = FixedGroupSettings.defaults().withMemberCap(Fixtures.GROUP_SIZE + 1)
                .withRateLimits(Fixtures.NO_LIMIT, Fixtures.NO_LIMIT);
        rules = new GroupRules(settings, Fixtures.friends(), Fixtures.people(), counters, InvitationLog.NONE,
                Suspensions.NONE, Clock.systemUTC());
        owners = List.of(Fixtures.OWNER);
        members = Fixtures.members();
        group = Membership.of(owners, List.of(), members);
        friend = List.of(Fixtures.FRIEND);
        stranger = List.of(Fixtures.STRANGER);
        friendBecomesMember = List.of(new AffiliationChange(Fixtures.FRIEND, Affiliation.MEMBER));
        strangerBecomesMember = List.of(new AffiliationChange(Fixtures.STRANGER, Affiliation.MEMBER));

        if (group.size() != Fixtures.GROUP_SIZE) {
            throw new IllegalStateException("the group has " + group.size() + " people");
        }
        expectAdmitted(rules.invitations(group, Fixtures.OWNER, friend));
        expect(AppCondition.NOT_FRIENDS, rules.invitations(group, Fixtures.OWNER, stranger).refusal());
        expect(null, rules.affiliationChanges(group, Fixtures.OWNER, friendBecomesMember));
        expect(AppCondition.NOT_FRIENDS, rules.affiliationChanges(group, Fixtures.OWNER, strangerBecomesMember));
    }

    @Setup(Level.Iteration)
    public void freshCounters() {
        counters.groupsCreated().clear();
        counters.invitationsSent().clear();
    }

    @TearDown(Level.Iteration)
    public void rateLimitNeverTripped() {
        expectAdmitted(rules.invitations(group, Fixtures.OWNER, friend));
    }

    /** XEP-0045 mediated or XEP-0249 direct invitation of an adult friend: admitted, enrolled now. */
    @Benchmark
    public void invitationOfFriendAdmitted(Blackhole bh) {
        bh.consume(rules.invitations(group, Fixtures.OWNER, friend));
    }

    /** Invitation of an adult who does not follow the inviter back: refused (not-friends). */
    @Benchmark
    public void invitationOfStrangerRefused(Blackhole bh) {
        bh.consume(rules.invitations(group, Fixtures.OWNER, stranger));
    }

    /**
     * The same admitted invitation, with the group's {@link Membership} built from the room's affiliation lists
     * first, as the plugin does for every stanza (copies of 32 JIDs into sets).
     */
    @Benchmark
    public void invitationOfFriendAdmittedWithMembershipCopy(Blackhole bh) {
        bh.consume(rules.invitations(Membership.of(owners, List.of(), members), Fixtures.OWNER, friend));
    }

    /** {@code muc#admin} affiliation change making an adult friend a member: admitted. */
    @Benchmark
    public void affiliationChangeOfFriendAdmitted(Blackhole bh) {
        bh.consume(rules.affiliationChanges(group, Fixtures.OWNER, friendBecomesMember));
    }

    /** {@code muc#admin} affiliation change making a stranger a member: refused (not-friends). */
    @Benchmark
    public void affiliationChangeOfStrangerRefused(Blackhole bh) {
        bh.consume(rules.affiliationChanges(group, Fixtures.OWNER, strangerBecomesMember));
    }

    private static void expectAdmitted(InvitationDecision decision) {
        expect(null, decision.refusal());
        if (decision.enrolments().get(Fixtures.FRIEND) != Enrolment.NOW) {
            throw new IllegalStateException("expected the friend enrolled now, got " + decision.enrolments());
        }
    }

    static void expect(AppCondition condition, Optional<Refusal> refusal) {
        AppCondition actual = refusal.map(Refusal::condition).orElse(null);
        if (actual != condition) {
            throw new IllegalStateException("expected " + (condition == null ? "no refusal" : condition) + ", got " + refusal);
        }
    }
}
