package org.svgroups.core.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.svgroups.core.GroupSettings;
import org.svgroups.core.group.LockedOption;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;

/**
 * A submitted room configuration form may rename or describe a group, but never make it public, open,
 * anonymous, temporary, password-protected or self-registering. Fields a form leaves out keep their value, and
 * a form that repeats the group's current (locked) values is fine, as standard clients echo every field.
 */
public final class LockedProfileRule {

    private final GroupSettings settings;

    public LockedProfileRule(GroupSettings settings) {
        this.settings = settings;
    }

    /**
     * @param submittedFields the form's fields by variable name, with their values in order
     * @return the refusal naming the first locked option the form would change, or empty when the form may apply
     */
    public Optional<Refusal> check(Map<String, List<String>> submittedFields) {
        for (LockedOption option : LockedOption.values()) {
            List<String> values = submittedFields.get(option.field());
            if (values != null && !option.allows(values, settings)) {
                return Optional.of(new Refusal(AppCondition.PROFILE_LOCKED,
                        "The option '" + option.field() + "' is locked: " + option.reason() + ".",
                        Map.of("option", option.field())));
            }
        }
        return Optional.empty();
    }
}
