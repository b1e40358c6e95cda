package org.svgroups.core.refusal;

import java.util.Map;
import java.util.Objects;

/**
 * Why a request is refused: an application condition, a human-readable text, and attributes that go on the
 * condition element (for example the locked option's name).
 */
public record Refusal(AppCondition condition, String text, Map<String, String> attributes) {

    public Refusal {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(text, "text");
        attributes = Map.copyOf(attributes);
    }

    public static Refusal of(AppCondition condition, String text) {
        return new Refusal(condition, text, Map.of());
    }

    @Override
    public String toString() {
        return condition.elementName() + ": " + text;
    }
}
