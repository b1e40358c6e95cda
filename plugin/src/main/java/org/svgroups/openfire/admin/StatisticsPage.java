package org.svgroups.openfire.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

import javax.servlet.http.HttpServletRequest;

import org.jivesoftware.util.WebManager;
import org.svgroups.core.notify.NotifyStats;
import org.svgroups.core.reports.ReportAction;
import org.svgroups.core.reports.ReportReason;
import org.svgroups.core.reports.TransparencyReport;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.stats.InvitationCount;
import org.svgroups.core.stats.InvitationOutcome;
import org.svgroups.openfire.admin.GroupDirectory.ItemShares;

/**
 * What the statistics page shows over a period (the last {@code days}, or {@code from} to {@code to}, both
 * included, UTC days): groups and members now and groups created in the period, invitations sent and refused by
 * reason, shares per day (drawn as a bar chart) and the most shared items. A period that is not a pair of dates,
 * runs backwards or is longer than {@value #MAX_DAYS} days is refused with a message, and the default period is
 * shown instead.
 */
public final class StatisticsPage {

    static final List<Integer> PRESETS = List.of(7, 30, 90, 365);
    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;
    static final int TOP_ITEMS = 10;

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final ConsoleBackend backend;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private LocalDate from;
    private LocalDate to;
    private List<GroupRow> groups = List.of();
    private List<InvitationCount> invitations = List.of();
    private SortedMap<LocalDate, Long> sharesPerDay = new TreeMap<>();
    private List<ItemShares> mostShared = List.of();
    private NotifyStats notify;
    private TransparencyReport transparency;

    StatisticsPage(ConsoleBackend backend) {
        this.backend = Objects.requireNonNull(backend, "backend");
    }

    /** Called by the JSP. */
    public static StatisticsPage handle(HttpServletRequest request, WebManager webManager) {
        StatisticsPage page = new StatisticsPage(new OpenfireConsoleBackend(webManager));
        page.show(request.getParameter("days"), request.getParameter("from"), request.getParameter("to"));
        return page;
    }

    /** Shows the period asked for: {@code from} and {@code to} when either is given, else the last {@code days}. */
    void show(String days, String fromText, String toText) {
        LocalDate today = LocalDate.now(backend.clock());
        if (!isBlank(fromText) || !isBlank(toText)) {
            LocalDate first = date("from", fromText);
            LocalDate last = date("to", toText);
            if (first != null && last != null) {
                if (last.isBefore(first)) {
                    errors.put("to", backend.message("svgroups.stats.error.backwards", List.of()));
                } else if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
                    errors.put("to", backend.message("svgroups.stats.error.too-long", List.of(MAX_DAYS)));
                } else {
                    from = first;
                    to = last;
                }
            }
        } else if (days != null) {
            try {
                int count = Integer.parseInt(days.strip());
                if (PRESETS.contains(count)) {
                    from = today.minusDays(count - 1L);
                    to = today;
                }
            } catch (NumberFormatException e) {
                // Presets come from links: anything else shows the default period.
            }
        }
        if (from == null) {
            from = today.minusDays(DEFAULT_DAYS - 1L);
            to = today;
        }
        groups = backend.directory().groups();
        invitations = backend.invitationCounts(from, to);
        sharesPerDay = backend.directory().sharesPerDay(from, to);
        mostShared = backend.directory().mostShared(from, to, TOP_ITEMS);
        notify = backend.notifyStats();
        transparency = backend.transparency(from, to);
    }

    private LocalDate date(String field, String text) {
        if (isBlank(text)) {
            errors.put(field, backend.message("svgroups.stats.error.missing", List.of()));
            return null;
        }
        try {
            if (ISO_DATE.matcher(text.strip()).matches()) {
                return LocalDate.parse(text.strip());
            }
        } catch (DateTimeParseException e) {
            // Reported below.
        }
        errors.put(field, backend.message("svgroups.stats.error.format", List.of(text.strip())));
        return null;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public String getFrom() {
        return from.toString();
    }

    public String getTo() {
        return to.toString();
    }

    public List<Integer> getPresets() {
        return PRESETS;
    }

    /** The period shown when none, or a wrong one, is asked for: the last this many days. */
    public int getDefaultDays() {
        return DEFAULT_DAYS;
    }

    public int getMemberCap() {
        return backend.settings().memberCap();
    }

    /** Messages by field ({@code from}, {@code to}); empty unless the period asked for was refused. */
    public Map<String, String> getErrors() {
        return Collections.unmodifiableMap(errors);
    }

    public int getGroups() {
        return groups.size();
    }

    public long getGroupsCreated() {
        return groups.stream().map(g -> LocalDate.ofInstant(g.created(), backend.clock().getZone()))
                .filter(day -> !day.isBefore(from) && !day.isAfter(to)).count();
    }

    /** Owners, admins and members of all groups (someone in two groups counts twice). */
    public long getMemberships() {
        return groups.stream().mapToLong(GroupRow::members).sum();
    }

    /** Members per group, to one decimal; 0 without groups. */
    public String getAverageMembers() {
        double average = groups.isEmpty() ? 0 : (double) getMemberships() / groups.size();
        return String.format(Locale.ROOT, "%.1f", average);
    }

    public long getFullGroups() {
        int cap = backend.settings().memberCap();
        return groups.stream().filter(g -> g.members() >= cap).count();
    }

    public long getInvitationsSent() {
        return invitations(InvitationOutcome.SENT);
    }

    public long getInvitationsRefused() {
        return invitations.stream().filter(c -> !InvitationOutcome.SENT.equals(c.outcome()))
                .mapToLong(InvitationCount::invitations).sum();
    }

    private long invitations(String outcome) {
        return invitations.stream().filter(c -> outcome.equals(c.outcome())).mapToLong(InvitationCount::invitations).sum();
    }

    /** A count with its label and its share of the largest count, in percent (for a bar). */
    public record Bar(String label, long count, int percent) {

        public String getLabel() {
            return label;
        }

        public long getCount() {
            return count;
        }

        public int getPercent() {
            return percent;
        }
    }

    /** The reasons the group rules refuse an invitation for, in the order they check them. */
    private static final List<AppCondition> INVITATION_REASONS = List.of(AppCondition.NOT_MEMBER,
            AppCondition.AGE_RESTRICTED, AppCondition.NOT_FRIENDS, AppCondition.GROUP_FULL, AppCondition.RATE_LIMITED);

    /** Refused invitations by reason, every reason listed (those with none too), most refused first. */
    public List<Bar> getRefusals() {
        long max = INVITATION_REASONS.stream().mapToLong(c -> invitations(InvitationOutcome.refused(c))).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (AppCondition condition : INVITATION_REASONS) {
            long count = invitations(InvitationOutcome.refused(condition));
            bars.add(new Bar(backend.message("svgroups.stats.reason." + condition.elementName(), List.of()), count,
                    percent(count, max)));
        }
        // Stable: equal counts keep the order of the checks.
        bars.sort((a, b) -> Long.compare(b.count(), a.count()));
        return bars;
    }

    /** Reports made in the period by reason, every reason listed, in the order the app offers them. */
    public List<Bar> getReportsByReason() {
        long max = transparency.reports().values().stream().mapToLong(Integer::longValue).max().orElse(0);
        return Arrays.stream(ReportReason.values()).map(reason -> new Bar(
                backend.message("svgroups.reports.reason." + reason.word(), List.of()),
                transparency.reports().get(reason), percent(transparency.reports().get(reason), max))).toList();
    }

    /** Actions taken on reports in the period by kind, every kind listed. */
    public List<Bar> getActionsTaken() {
        long max = transparency.actions().values().stream().mapToLong(Integer::longValue).max().orElse(0);
        return Arrays.stream(ReportAction.Kind.values()).map(kind -> new Bar(
                backend.message("svgroups.report.action." + kind.word(), List.of()),
                transparency.actions().get(kind), percent(transparency.actions().get(kind), max))).toList();
    }

    /** The period's transparency report as CSV. */
    public String getTransparencyCsv() {
        return transparency.csv();
    }

    /** Every day of the period with its shares (zero included), oldest first. */
    public List<Bar> getSharesPerDay() {
        long max = sharesPerDay.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            long count = sharesPerDay.getOrDefault(day, 0L);
            bars.add(new Bar(day.toString(), count, percent(count, max)));
        }
        return bars;
    }

    public long getShares() {
        return sharesPerDay.values().stream().mapToLong(Long::longValue).sum();
    }

    public List<ItemShares> getMostShared() {
        return mostShared;
    }

    /** Whether events go to the app's backend now. */
    public boolean isNotifying() {
        return backend.notifying();
    }

    /** Events the app's backend accepted since the plugin started. */
    public long getNotifySent() {
        return notify.sent();
    }

    public long getNotifyFailedAttempts() {
        return notify.failedAttempts();
    }

    public long getNotifyDropped() {
        return notify.dropped();
    }

    public int getNotifyQueued() {
        return notify.queued();
    }

    /** When the last POST failed, in the console's language; null if none has. */
    public String getNotifyLastErrorAt() {
        return notify.lastErrorAt() == null ? null : backend.formatDateTime(notify.lastErrorAt());
    }

    /** Why the last POST failed (no URL in it); null if none has. */
    public String getNotifyLastError() {
        return notify.lastError();
    }

    private static int percent(long count, long max) {
        return max == 0 ? 0 : (int) Math.round(100.0 * count / max);
    }
}
