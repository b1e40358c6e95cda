package org.svgroups.openfire.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;
import org.svgroups.benchmarks.ConsoleBenchmark;
import org.svgroups.benchmarks.ConsoleDatabase;
import org.svgroups.core.FixedGroupSettings;
import org.svgroups.core.GroupSettings;
import org.svgroups.core.invitations.PendingInvitation;
import org.svgroups.core.links.InviteLink;
import org.svgroups.core.links.JoinRequest;
import org.svgroups.core.notify.NotifyStats;
import org.svgroups.core.reports.TransparencyReport;
import org.svgroups.core.stats.InvitationCount;

/**
 * A whole view of the admin console's groups list: what {@code svgroups-groups.jsp} has done for it
 * ({@link GroupsPage#show}, then {@link GroupsPage#getRows()} and {@link GroupsPage#getPages()}) on Openfire's
 * embedded database with {@value ConsoleDatabase#GROUPS} groups ({@link ConsoleDatabase}), through the real
 * {@code JdbcGroupDirectory}. Everything but the HTML: each view reads every group's row, filters, sorts and pages
 * them in memory, and formats the dates of the 25 rows shown. In this package because {@code GroupsPage}'s
 * constructor and {@code show} are package-private.
 */
public class GroupsPageBenchmark extends ConsoleBenchmark {

    /**
     * {@code database}: every view reads all groups from the database; {@code cached}: the plugin's
     * {@link CachedGroupDirectory}, warm, as while an admin pages and sorts within its lifetime.
     */
    @Param({"database", "cached"})
    public String list;

    private ConsoleBackend backend;
    private String search;

    @Setup(Level.Trial)
    public void setUp(ConsoleDatabase database) {
        backend = new DatabaseBackend("cached".equals(list)
                ? new CachedGroupDirectory(database.directory(), new HashMap<>()) : database.directory());
        search = ConsoleDatabase.searchFor(ConsoleDatabase.SEARCHED);

        GroupsPage byName = byName();
        expect("by name", byName.getTotal() == ConsoleDatabase.GROUPS && byName.getMatching() == ConsoleDatabase.GROUPS
                && byName.getRows().size() == GroupsPage.DEFAULT_RANGE && byName.getPages().size() == 400
                && byName.getRows().get(0).getCreated() != null);
        GroupsPage byActivity = byActivityThirdPage();
        List<GroupsPage.Listed> rows = byActivity.getRows();
        expect("third page by activity", byActivity.getStart() == 50 && rows.size() == GroupsPage.DEFAULT_RANGE
                && byActivity.getPages().get(2).isCurrent()
                && !rows.get(0).row().lastActive().isBefore(rows.get(rows.size() - 1).row().lastActive()));
        GroupsPage found = memberSearch();
        int expected = database.expectedGroupsWithMember(search).size();
        expect("member search", expected > 0 && found.getMatching() == expected
                && found.getRows().size() == Math.min(expected, GroupsPage.DEFAULT_RANGE));
    }

    private static void expect(String view, boolean ok) {
        if (!ok) {
            throw new IllegalStateException("the view " + view + " does not show what it should");
        }
    }

    private GroupsPage view(String q, String sort, String order, String start) {
        GroupsPage page = new GroupsPage(backend);
        page.show(q, sort, order, start, null);
        return page;
    }

    private GroupsPage byName() {
        return view(null, "name", "asc", null);
    }

    private GroupsPage byActivityThirdPage() {
        return view(null, "activity", "desc", "50");
    }

    private GroupsPage memberSearch() {
        return view(search, null, null, null);
    }

    private static void render(GroupsPage page, Blackhole bh) {
        bh.consume(page.getRows());
        bh.consume(page.getPages());
    }

    /** The list as it opens: no query, sorted by name A to Z, first page of 25 (400 page links). */
    @Benchmark
    public void firstPageByName(Blackhole bh) {
        render(byName(), bh);
    }

    /** Sorted by last activity, latest first, third page (groups 51 to 75). */
    @Benchmark
    public void thirdPageByActivityDescending(Blackhole bh) {
        render(byActivityThirdPage(), bh);
    }

    /** A search for someone's address (emily.clark12): the member search, then every row filtered by name too. */
    @Benchmark
    public void memberSearch(Blackhole bh) {
        render(memberSearch(), bh);
    }

    /**
     * Just what the groups list needs: the real directory, the default settings (the member cap), UTC, dates in
     * the console's medium style. Everything else is not called by it.
     */
    private static final class DatabaseBackend implements ConsoleBackend {

        private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Locale.ENGLISH).withZone(ZoneOffset.UTC);

        private final GroupDirectory directory;
        private final GroupSettings settings = FixedGroupSettings.defaults();

        DatabaseBackend(GroupDirectory directory) {
            this.directory = directory;
        }

        @Override
        public GroupDirectory directory() {
            return directory;
        }

        @Override
        public GroupSettings settings() {
            return settings;
        }

        @Override
        public NotifyStats notifyStats() {
            return new NotifyStats(0, 0, 0, 0, null, null);
        }

        @Override
        public boolean notifying() {
            return false;
        }

        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }

        @Override
        public String formatDateTime(Instant instant) {
            return DATE_TIME.format(instant);
        }

        @Override
        public String message(String key, List<?> arguments) {
            return key;
        }

        @Override
        public Optional<GroupDetail> group(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<PendingInvitation> pendingInvitations(String groupJid) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<InvitationCount> invitationCounts(LocalDate from, LocalDate to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TransparencyReport transparency(LocalDate from, LocalDate to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<InviteLink> inviteLinks(String groupJid) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<JoinRequest> joinRequests(String groupJid) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void revokeLink(String groupJid, String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<LocalDate> birthdate(String bareJid) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void removeMember(String group, String member) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void dissolve(String group, String reason) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void audit(String summary, String details) {
            throw new UnsupportedOperationException();
        }
    }
}
