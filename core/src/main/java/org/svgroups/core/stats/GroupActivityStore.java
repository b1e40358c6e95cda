package org.svgroups.core.stats;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** Where the groups' last activity is kept (the plugin's database table), for the console. */
public interface GroupActivityStore {

    /** Records each group's activity, keeping the later instant when one is already stored; all or nothing. */
    void recordAll(Collection<GroupActivity> activities);

    /** The last activity of every group that has one, by group. */
    Map<String, Instant> all();

    /** Forgets a dissolved group. */
    void remove(String group);
}
