package org.svgroups.core.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.svgroups.core.archive.ArchivedMessage;

/** Reports in maps, as the database would keep them. */
final class InMemoryReports implements ReportStore {

    final Map<Long, Report> reports = new LinkedHashMap<>();
    final Map<Long, List<ArchivedMessage>> contexts = new HashMap<>();
    final Map<Long, List<ReportAction>> actions = new HashMap<>();
    /** What the retention deleted, still counted. */
    private final List<Report> purgedReports = new ArrayList<>();
    private final List<ReportAction> purgedActions = new ArrayList<>();

    @Override
    public Report addIfAbsent(Report report, List<ArchivedMessage> context) {
        Optional<Report> earlier = find(report.group(), report.reporter(), report.target());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        reports.put(report.id(), report);
        contexts.put(report.id(), List.copyOf(context));
        return report;
    }

    @Override
    public Optional<Report> find(String group, String reporter, ReportTarget target) {
        return reports.values().stream().filter(r -> r.group().equals(group) && r.reporter().equals(reporter)
                && r.target().equals(target)).findFirst();
    }

    @Override
    public Optional<Report> report(long id) {
        return Optional.ofNullable(reports.get(id));
    }

    @Override
    public List<ArchivedMessage> context(long id) {
        return contexts.getOrDefault(id, List.of());
    }

    @Override
    public List<Report> queue(ReportQuery query, int offset, int limit) {
        return reports.values().stream()
                .filter(r -> (query.reason() == null || r.reason() == query.reason())
                        && (query.state() == null || r.state() == query.state()))
                .sorted(Comparator.comparing(Report::involvesMinor).reversed()
                        .thenComparing(Report::created, Comparator.reverseOrder()))
                .skip(offset).limit(limit).toList();
    }

    @Override
    public int count(ReportQuery query) {
        return queue(query, 0, Integer.MAX_VALUE).size();
    }

    @Override
    public boolean act(ReportAction action) {
        Report report = reports.get(action.reportId());
        if (report == null || report.state() == ReportState.CLOSED) {
            return false;
        }
        reports.put(report.id(), report.withState(ReportState.CLOSED));
        actions.computeIfAbsent(report.id(), id -> new ArrayList<>()).add(action);
        return true;
    }

    @Override
    public List<ReportAction> actions(long id) {
        return actions.getOrDefault(id, List.of());
    }

    @Override
    public int removeClosedBefore(Instant cutoff, int limit) {
        List<Long> old = actions.entrySet().stream()
                .filter(e -> e.getValue().get(e.getValue().size() - 1).at().isBefore(cutoff))
                .map(Map.Entry::getKey).limit(limit).toList();
        old.forEach(id -> {
            purgedReports.add(reports.remove(id));
            contexts.remove(id);
            purgedActions.addAll(actions.remove(id));
        });
        return old.size();
    }

    @Override
    public Map<ReportReason, Integer> reasons(LocalDate from, LocalDate to) {
        Map<ReportReason, Integer> counts = new EnumMap<>(ReportReason.class);
        Stream.concat(reports.values().stream(), purgedReports.stream()).filter(r -> within(r.created(), from, to))
                .forEach(r -> counts.merge(r.reason(), 1, Integer::sum));
        return counts;
    }

    @Override
    public Map<ReportAction.Kind, Integer> actionsTaken(LocalDate from, LocalDate to) {
        Map<ReportAction.Kind, Integer> counts = new EnumMap<>(ReportAction.Kind.class);
        Stream.concat(actions.values().stream().flatMap(List::stream), purgedActions.stream())
                .filter(a -> within(a.at(), from, to)).forEach(a -> counts.merge(a.kind(), 1, Integer::sum));
        return counts;
    }

    private static boolean within(Instant at, LocalDate from, LocalDate to) {
        LocalDate day = at.atZone(ZoneOffset.UTC).toLocalDate();
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
