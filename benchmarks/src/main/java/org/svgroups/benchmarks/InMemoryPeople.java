package org.svgroups.benchmarks;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.svgroups.core.people.People;

/** Birthdates and blocklists held in memory (the plugin reads user properties and privacy lists instead). */
final class InMemoryPeople implements People {

    private final Map<String, LocalDate> birthdates = new HashMap<>();
    private final Map<String, Set<String>> blocks = new HashMap<>();

    InMemoryPeople born(String user, String isoDate) {
        birthdates.put(user, LocalDate.parse(isoDate));
        return this;
    }

    InMemoryPeople blocking(String blocker, String blocked) {
        blocks.computeIfAbsent(blocker, k -> new HashSet<>()).add(blocked);
        return this;
    }

    @Override
    public Optional<LocalDate> birthdate(String user) {
        return Optional.ofNullable(birthdates.get(user));
    }

    @Override
    public boolean blocks(String blocker, String blocked) {
        Set<String> blocked0 = blocks.get(blocker);
        return blocked0 != null && blocked0.contains(blocked);
    }
}
