package org.svgroups.core.people;

import java.time.LocalDate;
import java.util.Optional;

/** What the rules need to know about a user (a bare JID), wherever the server keeps it. */
public interface People {

    /** The user's birthdate; empty when it is unknown (not set, not readable, or a user of another server). */
    Optional<LocalDate> birthdate(String user);

    /** Whether {@code blocker} has blocked {@code blocked} (XEP-0191). */
    boolean blocks(String blocker, String blocked);
}
