package org.svgroups.benchmarks;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.svgroups.core.FixedGroupSettings;
import org.svgroups.core.group.Membership;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.rules.ShareDecision;
import org.svgroups.core.rules.ShareRules;
import org.svgroups.core.share.InvalidShareException;
import org.svgroups.core.share.Share;
import org.svgroups.core.share.ShareKind;
import org.svgroups.core.share.ShareXml;
import org.svgroups.core.share.Thumbnail;

/**
 * Reading a share element ({@link ShareXml#parse}) and the whole share check ({@link ShareRules#check}: parse,
 * bounds, origin, rate, catalogue, suitability) of a full video share into a group of 32, with the catalogue and
 * the people in memory. The per-minute share limit is {@link Fixtures#NO_LIMIT} and the counters are emptied before
 * every iteration, so the rate limit never trips; the setup and the end of each iteration check the outcomes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ShareBenchmark {

    static final String VIDEO_HOST = "videos.example.org";
    static final String IMAGE_HOST = "img.example.org";
    static final String SHOP_HOST = "shop.example.org";

    /** A full video share as a client sends it (no 'verified': the server sets it), 306 characters. */
    static final String FULL_VIDEO_SHARE = share("7QmZ2k", "https://" + VIDEO_HOST + "/v/7QmZ2k");
    /** The same for an item the catalogue rates 16+: the check then reads every member's birthdate. */
    static final String AGE_RATED_VIDEO_SHARE = share("Xr16aa", "https://" + VIDEO_HOST + "/v/Xr16aa");
    /** A full video share whose URL is on a host the server does not allow: refused (origin not allowed). */
    static final String OTHER_ORIGIN_SHARE = share("7QmZ2k", "https://videos.elsewhere.example/v/7QmZ2k");

    private Map<String, Integer> shareCounts;
    private ShareRules rules;
    private Membership group;
    private List<String> fullVideoShare;
    private List<String> ageRatedVideoShare;
    private List<String> otherOriginShare;

    private static String share(String id, String url) {
        return "<share xmlns='urn:svgroups:share:0' kind='video' id='" + id + "' url='" + url + "'>"
                + "<title>How to dance: the basics &amp; the first combo \uD83D\uDC83</title>"
                + "<author>@dancecrew</author>"
                + "<thumbnail url='https://" + IMAGE_HOST + "/t/" + id + ".jpg' width='720' height='1280'/>"
                + "<duration>42</duration>"
                + "</share>";
    }

    private static Share catalogueItem(String id, String title) {
        return new Share(ShareKind.VIDEO, id, "https://" + VIDEO_HOST + "/v/" + id, title, "@dancecrew",
                new Thumbnail("https://" + IMAGE_HOST + "/t/" + id + ".jpg", 720, 1280), 42, null, null);
    }

    @Setup(Level.Trial)
    public void setUp() throws InvalidShareException {
        shareCounts = new ConcurrentHashMap<>();
        InMemoryCatalogue catalogue = new InMemoryCatalogue()
                .available(catalogueItem("7QmZ2k", "How to dance: the basics"), 0)
                .available(catalogueItem("Xr16aa", "Late-night dance battle"), 16);
        BenchShareSettings shareSettings = new BenchShareSettings(Set.of(VIDEO_HOST, IMAGE_HOST, SHOP_HOST),
                Fixtures.NO_LIMIT, true, false);
        rules = new ShareRules(shareSettings, FixedGroupSettings.defaults(), Optional.of(catalogue), Fixtures.people(),
                shareCounts, Clock.systemUTC());
        group = Fixtures.group();
        fullVideoShare = List.of(FULL_VIDEO_SHARE);
        ageRatedVideoShare = List.of(AGE_RATED_VIDEO_SHARE);
        otherOriginShare = List.of(OTHER_ORIGIN_SHARE);

        if (ShareXml.parse(FULL_VIDEO_SHARE).thumbnail() == null) {
            throw new IllegalStateException("the share was not read in full");
        }
        expectDelivered(rules.check(group, Fixtures.OWNER, fullVideoShare));
        expectDelivered(rules.check(group, Fixtures.OWNER, ageRatedVideoShare));
        GroupRulesBenchmark.expect(AppCondition.SHARE_ORIGIN_NOT_ALLOWED,
                rules.check(group, Fixtures.OWNER, otherOriginShare).refusal());
    }

    @Setup(Level.Iteration)
    public void freshCounters() {
        shareCounts.clear();
    }

    @TearDown(Level.Iteration)
    public void rateLimitNeverTripped() {
        expectDelivered(rules.check(group, Fixtures.OWNER, fullVideoShare));
    }

    /** Reading a full video share element with the JDK's StAX parser. */
    @Benchmark
    public Share parseFullVideoShare() throws InvalidShareException {
        return ShareXml.parse(FULL_VIDEO_SHARE);
    }

    /** The whole check of a valid share of an item the catalogue has, for everyone: delivered, verified. */
    @Benchmark
    public ShareDecision checkAvailableShareDelivered() {
        return rules.check(group, Fixtures.OWNER, fullVideoShare);
    }

    /** The same for a 16+ item: the 32 members' ages are checked too; delivered, verified. */
    @Benchmark
    public ShareDecision checkAgeRatedShareDelivered() {
        return rules.check(group, Fixtures.OWNER, ageRatedVideoShare);
    }

    /** The whole check of a share from a host that is not allowed: refused before the rate limit and catalogue. */
    @Benchmark
    public ShareDecision checkOtherOriginShareRefused() {
        return rules.check(group, Fixtures.OWNER, otherOriginShare);
    }

    private static void expectDelivered(ShareDecision decision) {
        GroupRulesBenchmark.expect(null, decision.refusal());
        if (!Boolean.TRUE.equals(decision.share().verified())) {
            throw new IllegalStateException("expected a verified share, got " + decision.share());
        }
    }
}
