package org.svgroups.openfire.admin;

import java.time.Clock;
import java.util.List;

import org.svgroups.core.GroupSettings;
import org.svgroups.openfire.UserGroup;

/**
 * What the users page needs from Openfire: users and their {@code svgroups.birthdate} property, the plugin's age
 * settings, the clock, the security audit log and the plugin's i18n bundle. {@link OpenfireUsersBackend} is the
 * real one; tests use a fake.
 */
public interface UsersBackend {

    /** The user's stored birthdate property, as stored (possibly malformed), or null if it is not set; throws if there is no such user. */
    String birthdate(String username) throws NoSuchUserException;

    /** Sets the user's birthdate property to {@code value} ({@code YYYY-MM-DD}), or removes it when null. */
    void setBirthdate(String username, String value) throws NoSuchUserException;

    /** The groups the user is owner, admin or member of. */
    List<UserGroup> groups(String username);

    /** The age settings the group rules use. */
    GroupSettings settings();

    /** The clock the group rules use (UTC in the plugin): "today" for ages and for refusing future birthdates. */
    Clock clock();

    /** Adds one event to Openfire's security audit log, in the name of the admin using the console. */
    void audit(String summary, String details);

    /** The text of a message of the plugin's bundle, in the console's language. */
    String message(String key, List<?> arguments);

    /** The user does not exist (any more). */
    final class NoSuchUserException extends Exception {

        private static final long serialVersionUID = 1L;

        public NoSuchUserException(String username) {
            super("no user " + username);
        }
    }
}
