package org.svgroups.core.testing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.svgroups.core.people.People;

/** Birthdates and blocklists held in memory. */
public final class Directory implements People {

    private final Map<String, LocalDate> birthdates = new HashMap<>();
    private final Set<String> blocks = new HashSet<>();

    public Directory born(String user, String isoDate) {
        birthdates.put(user, LocalDate.parse(isoDate));
        return this;
    }

    public Directory blocking(String blocker, String blocked) {
        blocks.add(blocker + ">" + blocked);
        return this;
    }

    @Override
    public Optional<LocalDate> birthdate(String user) {
        return Optional.ofNullable(birthdates.get(user));
    }

    @Override
    public boolean blocks(String blocker, String blocked) {
        return blocks.contains(blocker + ">" + blocked);
    }
}
