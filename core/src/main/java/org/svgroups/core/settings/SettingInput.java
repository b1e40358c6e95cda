package org.svgroups.core.settings;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;


/**
 * Checks what an admin types into a settings form before anything is saved. Each check returns the parsed value
 * or throws {@link InvalidSettingException}, which names an i18n message key (and its arguments) so that the
 * console can say what is wrong in the admin's language.
 */
public final class SettingInput {

    /** One DNS label: what Openfire accepts as a service subdomain. */
    private static final Pattern SUBDOMAIN = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private SettingInput() {
    }

    public static String subdomain(String input) {
        String subdomain = input == null ? "" : input.trim().toLowerCase(Locale.ROOT);
        if (!SUBDOMAIN.matcher(subdomain).matches()) {
            throw new InvalidSettingException("svgroups.settings.error.subdomain", List.of());
        }
        return subdomain;
    }

    /** A value an admin typed that the setting cannot take. */
    public static final class InvalidSettingException extends IllegalArgumentException {

        private final String messageKey;
        private final List<Object> arguments;

        public InvalidSettingException(String messageKey, List<Object> arguments) {
            super(messageKey + " " + arguments);
            this.messageKey = messageKey;
            this.arguments = List.copyOf(arguments);
        }

        /** The key of the message in the plugin's i18n bundle. */
        public String messageKey() {
            return messageKey;
        }

        /** The values for the message's {0}, {1}, ... placeholders. */
        public List<Object> arguments() {
            return arguments;
        }
    }
}
