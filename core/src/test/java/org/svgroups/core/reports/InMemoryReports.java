package org.svgroups.core.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.svgroups.core.archive.ArchivedMessage;

/** Reports in maps, as the database would keep them. */
final class InMemoryReports implements ReportStore {

    final Map<Long, Report> reports = new LinkedHashMap<>();
    final Map<Long, List<ArchivedMessage>> contexts = new HashMap<>();
    final Map<Long, List<ReportAction>> actions = new HashMap<>();

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
            reports.remove(id);
            contexts.remove(id);
            actions.remove(id);
        });
        return old.size();
    }

    @Override
    public Map<ReportReason, Integer> reasons(Instant from, Instant to) {
        Map<ReportReason, Integer> counts = new EnumMap<>(ReportReason.class);
        reports.values().stream().filter(r -> !r.created().isBefore(from) && r.created().isBefore(to))
                .forEach(r -> counts.merge(r.reason(), 1, Integer::sum));
        return counts;
    }

    @Override
    public Map<ReportAction.Kind, Integer> actionsTaken(Instant from, Instant to) {
        Map<ReportAction.Kind, Integer> counts = new EnumMap<>(ReportAction.Kind.class);
        actions.values().stream().flatMap(List::stream).filter(a -> !a.at().isBefore(from) && a.at().isBefore(to))
                .forEach(a -> counts.merge(a.kind(), 1, Integer::sum));
        return counts;
    }
}
