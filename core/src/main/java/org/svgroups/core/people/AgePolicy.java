package org.svgroups.core.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import org.svgroups.core.GroupSettings;

/** Sorts users into {@link AgeGroup}s by their birthdate, today (in the server's clock) and the age settings. */
public final class AgePolicy {

    private final GroupSettings settings;
    private final Clock clock;

    public AgePolicy(GroupSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public AgeGroup classify(Optional<LocalDate> birthdate) {
        if (birthdate.isEmpty()) {
            return AgeGroup.UNKNOWN;
        }
        int age = Period.between(birthdate.get(), LocalDate.now(clock)).getYears();
        if (age < settings.minimumAge()) {
            return AgeGroup.UNDER_AGE;
        }
        return age < settings.consentAge() ? AgeGroup.MINOR : AgeGroup.ADULT;
    }

    /** Whether the user may take part in groups at all. */
    public boolean mayUseGroups(AgeGroup group) {
        return switch (group) {
            case UNDER_AGE -> false;
            case UNKNOWN -> settings.unknownBirthdateAllowed();
            case MINOR, ADULT -> true;
        };
    }

    public int minimumAge() {
        return settings.minimumAge();
    }
}
