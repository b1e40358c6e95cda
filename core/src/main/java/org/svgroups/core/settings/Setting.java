package org.svgroups.core.settings;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.svgroups.core.settings.SettingInput.InvalidSettingException;

/**
 * One svgroups setting as the settings form sees it: its system property key, where it is shown, what kind of
 * input it takes, its range (for numbers and durations, in the unit shown) and how a submitted string becomes its
 * typed value. Immutable; the settings themselves are the constants of {@link SettingsForm}.
 *
 * @param <T> the type of the value: {@link Integer}, {@link Duration}, {@link Boolean} or {@link String}
 */
public final class Setting<T> {

    /** The groups of fields on the page, in order. */
    public enum Section {
        GROUPS, AGE, FRIENDS, INVITATIONS, LINKS, SHARING, ARCHIVE, REPORTS, NOTIFY;

        /** The i18n key of the section's title. */
        public String titleKey() {
            return "svgroups.settings.section." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** What input the form shows for a setting. */
    public enum Kind {
        /** A whole number in a range. */
        INTEGER,
        /** A whole number of {@link #unit()}s in a range. */
        DURATION,
        /** A checkbox: present means true. */
        BOOLEAN,
        /** One of {@link #choices()}. */
        CHOICE,
        /** Free text, checked by the setting's own rule. */
        TEXT,
        /** Free text that is never shown back nor logged; left empty, the stored value stays. */
        SECRET
    }

    private static final String PREFIX = "svgroups.";

    private final String key;
    private final Section section;
    private final Kind kind;
    private final T defaultValue;
    private final long min;
    private final long max;
    private final ChronoUnit unit;
    private final List<String> choices;
    private final Function<String, T> parser;

    private Setting(String key, Section section, Kind kind, T defaultValue, long min, long max, ChronoUnit unit,
                    List<String> choices, Function<String, T> parser) {
        this.key = Objects.requireNonNull(key, "key");
        this.section = Objects.requireNonNull(section, "section");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
        this.min = min;
        this.max = max;
        this.unit = unit;
        this.choices = List.copyOf(choices);
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    static Setting<Integer> integer(String key, Section section, int defaultValue, int min, int max) {
        return new Setting<>(key, section, Kind.INTEGER, defaultValue, min, max, null, List.of(),
                input -> (int) wholeNumber(input, min, max, "svgroups.settings.error.number"));
    }

    /** A duration entered as a whole number of {@code unit}s, from {@code min} to {@code max} (both whole units). */
    static Setting<Duration> duration(String key, Section section, Duration defaultValue, Duration min, Duration max,
                                      ChronoUnit unit) {
        long minUnits = units(min, unit);
        long maxUnits = units(max, unit);
        String error = "svgroups.settings.error.duration." + unit.name().toLowerCase(Locale.ROOT);
        return new Setting<>(key, section, Kind.DURATION, defaultValue, minUnits, maxUnits, unit, List.of(),
                input -> Duration.of(wholeNumber(input, minUnits, maxUnits, error), unit));
    }

    static Setting<Boolean> bool(String key, Section section, boolean defaultValue) {
        return new Setting<>(key, section, Kind.BOOLEAN, defaultValue, 0, 0, null, List.of(), input -> input != null);
    }

    static Setting<String> choice(String key, Section section, String defaultValue, List<String> choices) {
        return new Setting<>(key, section, Kind.CHOICE, defaultValue, 0, 0, null, choices, input -> {
            String value = input == null ? "" : input.strip().toLowerCase(Locale.ROOT);
            if (!choices.contains(value)) {
                throw new InvalidSettingException("svgroups.settings.error.choice", List.of(String.join(", ", choices)));
            }
            return value;
        });
    }

    static Setting<String> text(String key, Section section, String defaultValue, Function<String, String> parser) {
        return new Setting<>(key, section, Kind.TEXT, defaultValue, 0, 0, null, List.of(), parser);
    }

    /** A secret: any text; blank means "keep the stored one" (see {@link Kind#SECRET}), returned as "". */
    static Setting<String> secret(String key, Section section) {
        return new Setting<>(key, section, Kind.SECRET, "", 0, 0, null, List.of(),
                input -> input == null || input.isBlank() ? "" : input.strip());
    }

    /** The system property key, also the name of the form field. */
    public String key() {
        return key;
    }

    public Section section() {
        return section;
    }

    public Kind kind() {
        return kind;
    }

    /** The default as svgroups declares it (the system property's default). */
    public T defaultValue() {
        return defaultValue;
    }

    /** Smallest value, in {@link #unit()}s for a duration; 0 unless a number or a duration. */
    public long min() {
        return min;
    }

    /** Largest value, in {@link #unit()}s for a duration; 0 unless a number or a duration. */
    public long max() {
        return max;
    }

    /** The unit a duration is entered in (the one its system property stores); null for other kinds. */
    public ChronoUnit unit() {
        return unit;
    }

    /** The values a choice may take, in order; empty for other kinds. */
    public List<String> choices() {
        return choices;
    }

    /** The i18n key of the field's label. */
    public String labelKey() {
        return "svgroups.settings.label." + key.substring(PREFIX.length());
    }

    /** The i18n key of the one-line explanation: the system property's own description. */
    public String descriptionKey() {
        return "system_property." + key;
    }

    /** The i18n key of the unit's name (hours, milliseconds, seconds); null unless a duration. */
    public String unitKey() {
        return unit == null ? null : "svgroups.settings.unit." + unit.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The typed value of what was submitted.
     *
     * @param input the submitted string; null when the field was absent (an unchecked checkbox)
     * @throws InvalidSettingException naming the i18n message that says what is wrong
     */
    public T parse(String input) {
        return parser.apply(input);
    }

    /** A value as the form shows it: a duration as a number of {@link #unit()}s, anything else as text. */
    public String toText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Duration duration && unit != null) {
            return Long.toString(duration.dividedBy(unit.getDuration()));
        }
        return value.toString();
    }

    /** The value's type, for whoever stores it. */
    @SuppressWarnings("unchecked")
    public T cast(Object value) {
        return (T) defaultValue.getClass().cast(value);
    }

    private static long units(Duration duration, ChronoUnit unit) {
        Duration unitLength = unit.getDuration();
        if (!duration.equals(unitLength.multipliedBy(duration.dividedBy(unitLength)))) {
            throw new IllegalArgumentException(duration + " is not a whole number of " + unit);
        }
        return duration.dividedBy(unitLength);
    }

    private static long wholeNumber(String input, long min, long max, String messageKey) {
        String text = input == null ? "" : input.strip();
        // At most 18 digits: parsing cannot overflow, and anything longer is out of every range anyway.
        if (text.matches("[+-]?[0-9]{1,18}")) {
            long value = Long.parseLong(text);
            if (value >= min && value <= max) {
                return value;
            }
        }
        // As text: MessageFormat would print 1000 as "1,000".
        throw new InvalidSettingException(messageKey, List.of(String.valueOf(min), String.valueOf(max)));
    }

    @Override
    public String toString() {
        return key;
    }
}
