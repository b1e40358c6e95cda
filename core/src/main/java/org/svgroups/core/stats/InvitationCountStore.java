package org.svgroups.core.stats;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Where invitation counts are kept (the plugin's database table), for the console's statistics. */
public interface InvitationCountStore {

    /** Adds each increment to the count of its day and outcome (creating it when new), all or nothing. */
    void addAll(Collection<InvitationCount> increments);

    /** The counts of the days from {@code from} to {@code to}, both included, by day and outcome. */
    List<InvitationCount> between(LocalDate from, LocalDate to);
}
