package org.svgroups.loadgen;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.svgroups.it.server.ServerDatabase;

/**
 * The load generator's command line. Every option has a default, so that {@code LoadGenerator} alone drives plain
 * messages into two groups of 32 on a local server for 20 s; {@link #USAGE} documents each one.
 */
record Options(String host, int port, String domain, String password, String userPrefix,
               int users, int groups, int members, int invitees,
               List<String> services, List<Mix> mixes, int rounds,
               Duration duration, long operations, Duration warmup, double rate, int concurrency, int size,
               Path csv, Path json,
               Path openfireHome, ServerDatabase.Kind database, Path pluginJar, Path work, boolean withoutPlugin,
               boolean baselineWithoutPlugin,
               int cataloguePort,
               int heapGroups, int heapInvitations, int reconcileUsers,
               List<ServerSettings> settings, boolean roomLogging, int absent, Duration settle, int linkJoins) {

    static final String USAGE = """
            usage: java -jar loadgen/target/svgroups-loadgen.jar [options]

            Server
              --host HOST              XMPP server address (127.0.0.1)
              --port PORT              client port (5222)
              --domain DOMAIN          XMPP domain (svgroups.test)
              --password SECRET        every load user's password (secret)
              --user-prefix PREFIX     load users are PREFIX0001, PREFIX0002, ... (lg)
              --openfire-home DIR      provision a scratch copy of this Openfire 5.1 home with the load users, their
                                       rosters and the settings below, start it, and stop it at the end; without it
                                       the server must be running and provisioned (the same options, once)
              --database KIND          the scratch server's database: embedded (Openfire's HSQLDB in its home),
                                       postgresql (127.0.0.1:5432, user postgres, trust authentication), mariadb
                                       (127.0.0.1:3306, root without a password) or mysql (the same server through
                                       MySQL Connector/J); other than embedded (the default) a scratch database
                                       is created for the run and dropped at its end (needs --openfire-home)
              --plugin-jar JAR         the svgroups plugin to install (plugin/target/svgroups.jar)
              --work DIR               where the scratch home goes (loadgen/target/openfire)
              --without-plugin         uninstall svgroups right after start (baseline for plain rooms)
              --baseline-without-plugin
                                       each round starts with the first service's variants on plain Openfire:
                                       svgroups is uninstalled for them and installed again after; they are the
                                       baseline of the ratios (the first service must not be groups)
              --catalogue-port PORT    port of the loopback catalogue shares are checked against (0: any free
                                       port; with a running server, the port its svgroups.share.catalogue.url names)

            Groups
              --users N                load users (64)
              --groups G               groups per service (2); group g has M members from user g*M on (wrapping)
              --members M              members per group, owner included (32)
              --invitees K             friends of each owner who are not members, for invitations (4)
              --services LIST          MUC subdomains, comma-separated: each gets its own G groups, the same members
                                       and the same traffic (groups); e.g. conference,groups compares plain
                                       members-only rooms on Openfire's service with svgroups' groups
              --room-logging           rooms on services other than groups are created with Openfire's conversation
                                       logging on (muc#roomconfig_enablelogging)
              --absent A               the last A members of each group are members who stay out of its room
                                       (logged in, not entered): what the notifier tells the app about (0)
              --settings LABEL:KEY=VALUE,...
                                       a variant of the groups service that runs with these Openfire system
                                       properties, set on the running server through the admin console before each
                                       of its runs; repeat to compare (e.g. archive-off:svgroups.archive.enabled=false);
                                       keys another --settings names and this one does not are deleted (defaults).
                                       Needs --openfire-home (the console's admin password comes from it)

            Traffic
              --mix SPEC               kind=weight,... of message, share, invite, join (message=100); repeat to
                                       compare mixes
              --rounds R               each variant (service x mix) runs R times, interleaved: A,B,A,B,... (1)
              --duration TIME          measured time per run, e.g. 30s, 2m (20s)
              --operations K           or: operations per run instead of a duration
              --warmup TIME            unmeasured traffic before each run (5s)
              --rate OPS               operations started per second in total (0: as fast as --concurrency allows)
              --concurrency C          most operations in flight at once (64)
              --settle TIME            after each run, wait (unmeasured) until the scratch server's CPU is idle
                                       (under a tenth of a core for a second), at most TIME, so that work it deferred
                                       (archive writes, conversation logs, collections) does not land in the next
                                       variant's run (0s: off; needs --openfire-home)
              --size CHARS             body length of plain messages (100)

            Memory (instead of traffic)
              --heap-groups H          create H persistent groups of M members on each service and report the
                                       server's live heap per group (needs --openfire-home: it reads the server's
                                       heap with jcmd)
              --heap-invitations P     also hold P pending invitations of minors (svgroups only) and report the heap
                                       per invitation

            Bookmarks (instead of traffic)
              --reconcile-users N      provision N more users (no password) in groups of --members, each user in 1,
                                       2 or 3 of them, and time the reconciliation of everyone's bookmarks at the
                                       first load (all written), a plugin reload and a restart (all in line) from
                                       the server log, with its CPU; during the first two and after, the --users
                                       ping the server at --rate pings/s in total and one of them logs in anew
                                       each second; each of the --rounds provisions a fresh server (needs
                                       --openfire-home)

            Invite links (instead of traffic)
              --link-joins N           each round: N users who have just logged in ping the group service once
                                       each, then join groups of adult owners by invite link (they become
                                       members), then N others join groups of minor owners (held for approval);
                                       every joiner a different adult, the groups new each run, filled side by
                                       side up to --members; --concurrency joins in flight (or --rate per
                                       second); client-observed latency of each IQ, the run's throughput, the
                                       server's CPU and the load average; with --warmup other than 0s an
                                       unmeasured round comes first (needs --openfire-home)

            Output
              --csv FILE               write every run and the summary as CSV
              --json FILE              write them as JSON
              --help                   this text
            """;

    private static final Set<String> FLAGS = Set.of("--without-plugin", "--baseline-without-plugin", "--room-logging",
            "--help");

    /** Thrown for a command line that cannot be run; the message says what is wrong. */
    static final class UsageException extends IllegalArgumentException {
        UsageException(String message) {
            super(message);
        }
    }

    Options {
        services = List.copyOf(services);
        mixes = List.copyOf(mixes);
        settings = List.copyOf(settings);
    }

    /**
     * The variants of a run, in the order they are interleaved: every service with every mix, and the groups
     * service once per {@code --settings}.
     */
    List<Variant> variants() {
        List<Variant> variants = new ArrayList<>();
        for (String service : services) {
            for (Mix mix : mixes) {
                if (service.equals("groups") && !settings.isEmpty()) {
                    settings.forEach(s -> variants.add(new Variant(service, mix, false, s)));
                } else {
                    variants.add(new Variant(service, mix));
                }
            }
        }
        return variants;
    }

    String username(int index) {
        return String.format(Locale.ROOT, "%s%04d", userPrefix, index + 1);
    }

    /** The users whose bookmarks are reconciled are PREFIX + "r" + number, apart from the load users. */
    String reconcileUsername(int index) {
        return String.format(Locale.ROOT, "%sr%05d", userPrefix, index + 1);
    }

    boolean mixesInclude(OpKind kind) {
        return mixes.stream().anyMatch(mix -> mix.includes(kind));
    }

    /**
     * A service (MUC subdomain) and the traffic driven into its groups.
     *
     * @param plain    whether svgroups is uninstalled while it runs
     * @param settings the system properties it runs with ({@code --settings}), or null
     */
    record Variant(String service, Mix mix, boolean plain, ServerSettings settings) {
        Variant(String service, Mix mix) {
            this(service, mix, false, null);
        }

        Variant withoutPlugin() {
            return new Variant(service, mix, true, settings);
        }

        String label() {
            return service + " " + mix + (plain ? " no-svgroups" : "") + (settings == null ? "" : " " + settings.label());
        }
    }

    /**
     * Reads a command line.
     *
     * @throws UsageException for an unknown option, a missing or malformed value, or values that do not fit together
     */
    static Options parse(String... args) {
        Map<String, String> values = new HashMap<>();
        List<Mix> mixes = new ArrayList<>();
        List<ServerSettings> settings = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!USAGE.contains("  " + name + " ") && !FLAGS.contains(name)) {
                throw new UsageException("unknown option '" + name + "' (--help lists them)");
            }
            if (FLAGS.contains(name)) {
                values.put(name, "true");
                continue;
            }
            if (i + 1 == args.length) {
                throw new UsageException(name + " needs a value");
            }
            String value = args[++i];
            if (name.equals("--mix")) {
                mixes.add(read(name, value, Mix::parse));
            } else if (name.equals("--settings")) {
                settings.add(read(name, value, ServerSettings::parse));
            } else if (values.put(name, value) != null) {
                throw new UsageException(name + " is given twice");
            }
        }
        if (values.containsKey("--duration") && values.containsKey("--operations")) {
            throw new UsageException("give --duration or --operations, not both");
        }
        Options options = new Options(
                values.getOrDefault("--host", "127.0.0.1"),
                integer(values, "--port", 5222, 1, 65535),
                values.getOrDefault("--domain", "svgroups.test"),
                values.getOrDefault("--password", "secret"),
                values.getOrDefault("--user-prefix", "lg"),
                integer(values, "--users", 64, 2, 100_000),
                integer(values, "--groups", 2, 1, 100_000),
                integer(values, "--members", 32, 2, 1000),
                integer(values, "--invitees", 4, 0, 1000),
                services(values.getOrDefault("--services", "groups")),
                mixes.isEmpty() ? List.of(Mix.parse("message=100")) : mixes,
                integer(values, "--rounds", 1, 1, 1000),
                values.containsKey("--operations") ? null : duration(values, "--duration", "20s"),
                integer(values, "--operations", 0, 1, Integer.MAX_VALUE),
                duration(values, "--warmup", "5s"),
                read("--rate", values.getOrDefault("--rate", "0"), Options::nonNegativeNumber),
                integer(values, "--concurrency", 64, 1, 100_000),
                integer(values, "--size", 100, 1, 1_000_000),
                path(values, "--csv", null),
                path(values, "--json", null),
                path(values, "--openfire-home", null),
                read("--database", values.getOrDefault("--database", "embedded"), ServerDatabase.Kind::fromParameter),
                path(values, "--plugin-jar", "plugin/target/svgroups.jar"),
                path(values, "--work", "loadgen/target/openfire"),
                values.containsKey("--without-plugin"),
                values.containsKey("--baseline-without-plugin"),
                integer(values, "--catalogue-port", 0, 0, 65535),
                integer(values, "--heap-groups", 0, 0, 1_000_000),
                integer(values, "--heap-invitations", 0, 0, 1_000_000),
                integer(values, "--reconcile-users", 0, 0, 1_000_000),
                settings,
                values.containsKey("--room-logging"),
                integer(values, "--absent", 0, 0, 1000),
                duration(values, "--settle", "0s"),
                integer(values, "--link-joins", 0, 0, 100_000));
        options.check();
        return options;
    }

    static boolean wantsHelp(String... args) {
        return Arrays.asList(args).contains("--help");
    }

    private void check() {
        // With --reconcile-users the groups are theirs; the load users only ping.
        if (members > users && reconcileUsers == 0) {
            throw new UsageException("--members " + members + " needs at least as many --users (" + users + ")");
        }
        if (mixesInclude(OpKind.INVITE) && (invitees == 0 || members + invitees > users)) {
            throw new UsageException("invitations need --invitees > 0 and --users >= --members + --invitees ("
                    + (members + invitees) + ")");
        }
        if (duration != null && duration.isZero()) {
            throw new UsageException("--duration must be positive");
        }
        if (database != ServerDatabase.Kind.EMBEDDED && openfireHome == null) {
            throw new UsageException("--database needs --openfire-home (a running server keeps its own database)");
        }
        if (withoutPlugin && openfireHome == null) {
            throw new UsageException("--without-plugin needs --openfire-home");
        }
        if (withoutPlugin && (services.contains("groups") || mixesInclude(OpKind.SHARE) || heapInvitations > 0)) {
            throw new UsageException("--without-plugin leaves no groups service, shares or pending invitations");
        }
        if (baselineWithoutPlugin && (openfireHome == null || withoutPlugin || services.get(0).equals("groups"))) {
            throw new UsageException("--baseline-without-plugin needs --openfire-home, svgroups installed and a first "
                    + "service other than groups");
        }
        if ((heapGroups > 0 || heapInvitations > 0) && openfireHome == null) {
            throw new UsageException("--heap-groups and --heap-invitations need --openfire-home (the server's heap is read with jcmd)");
        }
        if (!settings.isEmpty() && (openfireHome == null || !services.contains("groups") || withoutPlugin)) {
            throw new UsageException("--settings needs --openfire-home and the groups service with svgroups installed");
        }
        if (settings.stream().map(ServerSettings::label).distinct().count() < settings.size()) {
            throw new UsageException("--settings: every label must be different");
        }
        if (!settle.isZero() && openfireHome == null) {
            throw new UsageException("--settle needs --openfire-home (it watches the scratch server's CPU)");
        }
        if (absent > members - 2) {
            throw new UsageException("--absent " + absent + " leaves fewer than 2 members in each room of " + members);
        }
        if (heapInvitations > 0 && heapGroups == 0) {
            throw new UsageException("--heap-invitations needs --heap-groups (invitations go into those groups)");
        }
        if (linkJoins > 0 && (openfireHome == null || reconcileUsers > 0 || heapGroups > 0 || withoutPlugin
                || baselineWithoutPlugin || !services.equals(List.of("groups")) || json != null)) {
            throw new UsageException("--link-joins needs --openfire-home, svgroups and its groups service only, no "
                    + "--reconcile-users or --heap-groups, and writes --csv only");
        }
        if (reconcileUsers > 0) {
            if (openfireHome == null || heapGroups > 0 || withoutPlugin || baselineWithoutPlugin
                    || !services.equals(List.of("groups"))) {
                throw new UsageException("--reconcile-users needs --openfire-home, svgroups and its groups service, and "
                        + "no --heap-groups");
            }
            if (reconcileUsers < 2 * members) {
                throw new UsageException("--reconcile-users " + reconcileUsers + " needs at least 2 x --members ("
                        + 2 * members + ")");
            }
            if (rate == 0) {
                throw new UsageException("--reconcile-users needs --rate > 0: the pings per second during and after");
            }
            if (duration == null) {
                throw new UsageException("--reconcile-users measures --duration after each reconciliation, not --operations");
            }
            if (json != null) {
                throw new UsageException("--reconcile-users writes --csv only");
            }
        }
    }

    private static List<String> services(String list) {
        List<String> services = new ArrayList<>();
        for (String service : list.split(",")) {
            String subdomain = service.trim().toLowerCase(Locale.ROOT);
            if (!subdomain.matches("[a-z0-9][a-z0-9-]*")) {
                throw new UsageException("--services: '" + service + "' is not a subdomain");
            }
            if (services.contains(subdomain)) {
                throw new UsageException("--services names " + subdomain + " twice");
            }
            services.add(subdomain);
        }
        return services;
    }

    private static int integer(Map<String, String> values, String name, int fallback, int min, int max) {
        String text = values.get(name);
        if (text == null) {
            return fallback;
        }
        int value = read(name, text, Integer::parseInt);
        if (value < min || value > max) {
            throw new UsageException(name + " must be " + min + ".." + max + ", not " + value);
        }
        return value;
    }

    private static double nonNegativeNumber(String text) {
        double value = Double.parseDouble(text);
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("must be a number >= 0");
        }
        return value;
    }

    private static Duration duration(Map<String, String> values, String name, String fallback) {
        return read(name, values.getOrDefault(name, fallback), Options::duration);
    }

    /** {@code 500ms}, {@code 30s}, {@code 2m}. */
    static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Duration value;
        if (t.endsWith("ms")) {
            value = Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        } else if (t.endsWith("s")) {
            value = Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
        } else if (t.endsWith("m")) {
            value = Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
        } else {
            throw new IllegalArgumentException("give a unit: ms, s or m");
        }
        if (value.isNegative()) {
            throw new IllegalArgumentException("must not be negative");
        }
        return value;
    }

    private static Path path(Map<String, String> values, String name, String fallback) {
        String text = values.getOrDefault(name, fallback);
        return text == null ? null : Path.of(text);
    }

    private static <T> T read(String name, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(name + " '" + text + "': " + e.getMessage());
        }
    }
}
