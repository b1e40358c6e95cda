package org.svgroups.core.group;

import java.util.List;
import java.util.Optional;

import org.svgroups.core.GroupSettings;

/**
 * The room configuration options that make a room a group, keyed by their XEP-0045 form field. Each one knows
 * which submitted values keep the profile intact. Booleans are read as Openfire reads them: {@code 1}/{@code true},
 * {@code 0}/{@code false}, and an empty value counts as true.
 */
public enum LockedOption {

    PERSISTENT("muc#roomconfig_persistentroom", "groups are always persistent", Allowed.TRUE),
    MEMBERS_ONLY("muc#roomconfig_membersonly", "groups are always members-only", Allowed.TRUE),
    HIDDEN("muc#roomconfig_publicroom", "groups are never listed publicly", Allowed.FALSE),
    NON_ANONYMOUS("muc#roomconfig_whois", "members always see each other's real address (OMEMO needs it)",
            (values, settings) -> values.equals(List.of("anyone"))),
    NO_PASSWORD("muc#roomconfig_passwordprotectedroom", "groups are never password-protected", Allowed.FALSE),
    NO_ROOM_SECRET("muc#roomconfig_roomsecret", "groups are never password-protected",
            (values, settings) -> values.stream().allMatch(String::isEmpty)),
    NO_SELF_REGISTRATION("x-muc#roomconfig_registration", "nobody can register themselves into a group", Allowed.FALSE),
    NO_CONVERSATION_LOG("muc#roomconfig_enablelogging",
            "a group's history is its archive, with its read rules, not Openfire's conversation log", Allowed.FALSE),
    ROOM_FITS_ALL_MEMBERS("muc#roomconfig_maxusers",
            "the room must hold every member: 0 (no limit) or at least the member cap", LockedOption::fitsAllMembers);

    private final String field;
    private final String reason;
    private final Allowed allowed;

    LockedOption(String field, String reason, Allowed allowed) {
        this.field = field;
        this.reason = reason;
        this.allowed = allowed;
    }

    /** The {@code muc#roomconfig} form field this option is submitted as. */
    public String field() {
        return field;
    }

    /** Why the option is locked, in words for the refusal text. */
    public String reason() {
        return reason;
    }

    /** True when submitting these values keeps the group profile. */
    public boolean allows(List<String> values, GroupSettings settings) {
        return allowed.test(values, settings);
    }

    /** Which submitted values an option accepts. */
    @FunctionalInterface
    private interface Allowed {
        boolean test(List<String> values, GroupSettings settings);

        Allowed TRUE = (values, settings) -> parseBoolean(values).orElse(false);
        Allowed FALSE = (values, settings) -> !parseBoolean(values).orElse(true);
    }

    private static boolean fitsAllMembers(List<String> values, GroupSettings settings) {
        if (values.size() != 1) {
            return false;
        }
        try {
            int max = Integer.parseInt(values.get(0).trim());
            return max == 0 || max >= settings.memberCap();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Empty when the value is not a XEP-0004 boolean at all. */
    private static Optional<Boolean> parseBoolean(List<String> values) {
        String value = values.isEmpty() ? "" : values.get(0);
        return switch (value) {
            case "", "1", "true" -> Optional.of(true);
            case "0", "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
