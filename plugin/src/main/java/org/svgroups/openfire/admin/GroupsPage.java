package org.svgroups.openfire.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import javax.servlet.http.HttpServletRequest;

import org.jivesoftware.util.WebManager;

/**
 * What the groups list shows: every group, searched by name or member ({@code q}), sorted by a column
 * ({@code sort}, {@code order}) and paged ({@code start}, {@code range}) like Openfire's own lists. Parameters
 * that make no sense fall back to the defaults: they come from links, not from a form to correct. The JSP only
 * renders this object.
 */
public final class GroupsPage {

    static final List<Integer> RANGES = List.of(25, 50, 100);
    static final int DEFAULT_RANGE = 25;

    /** The columns the list sorts by; each sorts its natural way first (names A to Z, numbers and dates high to low). */
    enum Column {
        NAME(Comparator.comparing(GroupRow::displayName, String.CASE_INSENSITIVE_ORDER), true),
        OWNER(Comparator.comparing(GroupRow::owner, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)), true),
        MEMBERS(Comparator.comparingInt(GroupRow::members), false),
        CREATED(Comparator.comparing(GroupRow::created), false),
        ACTIVITY(Comparator.comparing(GroupRow::lastActive, Comparator.nullsFirst(Comparator.naturalOrder())), false),
        SHARES(Comparator.comparingLong(GroupRow::shares), false);

        final Comparator<GroupRow> order;
        final boolean ascendingFirst;

        Column(Comparator<GroupRow> order, boolean ascendingFirst) {
            this.order = order;
            this.ascendingFirst = ascendingFirst;
        }

        String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Column parse(String value) {
            for (Column column : values()) {
                if (column.parameter().equals(value)) {
                    return column;
                }
            }
            return NAME;
        }
    }

    private final ConsoleBackend backend;
    private String query = "";
    private Column sort = Column.NAME;
    private boolean ascending = true;
    private int start;
    private int range = DEFAULT_RANGE;
    private int total;
    private List<GroupRow> matching = List.of();
    private String dissolved;

    GroupsPage(ConsoleBackend backend) {
        this.backend = Objects.requireNonNull(backend, "backend");
    }

    /** Called by the JSP. */
    public static GroupsPage handle(HttpServletRequest request, WebManager webManager) {
        GroupsPage page = new GroupsPage(new OpenfireConsoleBackend(webManager));
        page.show(request.getParameter("q"), request.getParameter("sort"), request.getParameter("order"),
                request.getParameter("start"), request.getParameter("range"));
        page.dissolved = request.getParameter("dissolved");
        return page;
    }

    /** Lists the groups matching the query, sorted and paged as asked. */
    void show(String q, String sortParameter, String orderParameter, String startParameter, String rangeParameter) {
        query = q == null ? "" : q.strip();
        sort = Column.parse(sortParameter);
        ascending = orderParameter == null ? sort.ascendingFirst : !"desc".equals(orderParameter);
        int asked = number(rangeParameter, DEFAULT_RANGE);
        range = RANGES.contains(asked) ? asked : DEFAULT_RANGE;

        List<GroupRow> all = backend.directory().groups();
        total = all.size();
        List<GroupRow> found = new ArrayList<>(query.isEmpty() ? all : all.stream().filter(matcher()).toList());
        Comparator<GroupRow> order = sort.order.thenComparing(GroupRow::name);
        found.sort(ascending ? order : order.reversed());
        matching = found;
        int first = Math.max(0, number(startParameter, 0));
        // A start past the end (the list shrank since the link was made) shows the last page.
        start = first < found.size() ? first - first % range : Math.max(0, (found.size() - 1) / range * range);
    }

    private Predicate<GroupRow> matcher() {
        String text = query.toLowerCase(Locale.ROOT);
        Set<String> byMember = backend.directory().groupsWithMember(query);
        return row -> row.displayName().toLowerCase(Locale.ROOT).contains(text)
                || row.name().toLowerCase(Locale.ROOT).contains(text) || byMember.contains(row.name());
    }

    private static int number(String value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** A row of the list with its dates formatted ({@code lastActive} null when there was none). */
    public record Listed(GroupRow row, boolean full, String created, String lastActive) {

        public GroupRow getRow() {
            return row;
        }

        public boolean isFull() {
            return full;
        }

        public String getCreated() {
            return created;
        }

        public String getLastActive() {
            return lastActive;
        }
    }

    /** The groups of the page shown. */
    public List<Listed> getRows() {
        int cap = backend.settings().memberCap();
        return matching.subList(start, Math.min(matching.size(), start + range)).stream()
                .map(row -> new Listed(row, row.members() >= cap, format(row.created()),
                        row.lastActive() == null ? null : format(row.lastActive())))
                .toList();
    }

    private String format(Instant instant) {
        return backend.formatDateTime(instant);
    }

    /** One link of the page list: its number (from 1) and the start it stands for. */
    public record PageLink(int number, int start, boolean current) {

        public int getNumber() {
            return number;
        }

        public int getStart() {
            return start;
        }

        public boolean isCurrent() {
            return current;
        }
    }

    /** Every page of the matching groups (none when they fit on one). */
    public List<PageLink> getPages() {
        List<PageLink> pages = new ArrayList<>();
        if (matching.size() > range) {
            for (int first = 0; first < matching.size(); first += range) {
                pages.add(new PageLink(first / range + 1, first, first == start));
            }
        }
        return pages;
    }

    /** For each column's header link: the order a click asks for (the other one for the column sorted by). */
    public Map<String, String> getOrderFor() {
        Map<String, String> orders = new LinkedHashMap<>();
        for (Column column : Column.values()) {
            boolean next = column == sort ? !ascending : column.ascendingFirst;
            orders.put(column.parameter(), next ? "asc" : "desc");
        }
        return orders;
    }

    public String getQuery() {
        return query;
    }

    public String getSort() {
        return sort.parameter();
    }

    public String getOrder() {
        return ascending ? "asc" : "desc";
    }

    public int getStart() {
        return start;
    }

    /** The position of the last group shown, from 1 (0 when none is). */
    public int getEnd() {
        return Math.min(matching.size(), start + range);
    }

    public int getRange() {
        return range;
    }

    public List<Integer> getRanges() {
        return RANGES;
    }

    /** How many groups there are. */
    public int getTotal() {
        return total;
    }

    /** How many groups match the query. */
    public int getMatching() {
        return matching.size();
    }

    public int getMemberCap() {
        return backend.settings().memberCap();
    }

    /** The name of the group dissolved just before, for the success message; null otherwise. */
    public String getDissolved() {
        return dissolved;
    }
}
