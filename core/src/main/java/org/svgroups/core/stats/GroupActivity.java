package org.svgroups.core.stats;

import java.time.Instant;
import java.util.Objects;

/** The last time something was said or shared in a group (a bare group JID), to the minute. */
public record GroupActivity(String group, Instant lastActive) {

    public GroupActivity {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(lastActive, "lastActive");
    }
}
