package org.svgroups.core.share;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Where share counts are kept (the plugin's database table), for the console and for the app. */
public interface ShareCountStore {

    /** Adds each increment to the count of its day, group and item (creating it when new). */
    void addAll(Collection<ShareCount> increments);

    /** The counts of the days from {@code from} to {@code to}, both included, by day, group, kind and item. */
    List<ShareCount> between(LocalDate from, LocalDate to);
}
