package org.svgroups.core.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import org.svgroups.core.GroupSettings;
import org.svgroups.core.group.Membership;
import org.svgroups.core.people.People;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;

/**
 * An item with a minimum age (an 18+ product, say) is shared only into groups whose members are all old enough.
 * Members without a birthdate count as adults when the settings let them use groups at all. The refusal does not
 * say who is too young.
 */
public final class ContentSuitsEveryMemberRule {

    /** Age assumed for members without a birthdate who may use groups. */
    private static final int ADULT = 18;

    private final People people;
    private final GroupSettings settings;
    private final Clock clock;

    public ContentSuitsEveryMemberRule(People people, GroupSettings settings, Clock clock) {
        this.people = people;
        this.settings = settings;
        this.clock = clock;
    }

    public Optional<Refusal> check(Membership group, int minimumAge) {
        if (minimumAge <= 0) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        for (String member : group.all()) {
            Optional<LocalDate> birthdate = people.birthdate(member);
            int age = birthdate.map(b -> Period.between(b, today).getYears())
                    .orElse(settings.unknownBirthdateAllowed() ? ADULT : 0);
            if (age < minimumAge) {
                return Optional.of(Refusal.of(AppCondition.AGE_RESTRICTED,
                        "This item is for people aged " + minimumAge + " and over, and not everyone in the group is."));
            }
        }
        return Optional.empty();
    }
}
