package org.svgroups.openfire.admin;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.jivesoftware.util.CookieUtils;
import org.jivesoftware.util.StringUtils;
import org.jivesoftware.util.WebManager;
import org.svgroups.core.people.AgeGroup;
import org.svgroups.core.people.AgePolicy;
import org.svgroups.openfire.UserGroup;
import org.svgroups.openfire.admin.UsersBackend.NoSuchUserException;
import org.svgroups.openfire.people.OpenfirePeople;

/**
 * What the users page shows and does: looks up a user by name (GET {@code ?username=}), shows their
 * {@value OpenfirePeople#BIRTHDATE_PROPERTY} and their age group for groups ({@link AgePolicy} with the plugin's
 * settings), and on a POST with a valid CSRF token sets or clears the birthdate: an ISO date ({@code YYYY-MM-DD})
 * not in the future and not before {@value #EARLIEST_YEAR}, or empty to clear it. A refused value changes
 * nothing and gets a message next to the field; a change is logged in the security audit log. The JSP only
 * renders this object; everything touching Openfire is behind {@link UsersBackend}, except the CSRF cookie in
 * {@link #handle}.
 */
public final class UsersPage {

    static final String USERNAME = "username";
    static final String BIRTHDATE = "birthdate";
    static final String CSRF = SettingsPage.CSRF;
    static final String SAVE = "save";
    static final String AUDIT_SUMMARY = "svgroups birthdate changed";
    static final int EARLIEST_YEAR = 1900;

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final UsersBackend backend;
    private final AgePolicy policy;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String username;
    private boolean found;
    private String notFound;
    private String stored;
    /** What was submitted, when it was refused: shown again instead of the stored value. */
    private String submitted;
    private boolean saved;
    private boolean changed;
    private String csrf;

    UsersPage(UsersBackend backend) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.policy = new AgePolicy(backend.settings(), backend.clock());
    }

    /** Called by the JSP: looks up the user, handles a submitted form, and sets a fresh CSRF token for the next one. */
    public static UsersPage handle(HttpServletRequest request, HttpServletResponse response, WebManager webManager) {
        UsersPage page = new UsersPage(new OpenfireUsersBackend(webManager));
        String username = request.getParameter(USERNAME);
        if ("POST".equalsIgnoreCase(request.getMethod()) && request.getParameter(SAVE) != null) {
            Cookie cookie = CookieUtils.getCookie(request, CSRF);
            page.submit(username, request.getParameter(BIRTHDATE), cookie == null ? null : cookie.getValue(),
                    request.getParameter(CSRF));
        } else {
            page.lookUp(username);
        }
        page.setCsrf(StringUtils.randomString(16));
        CookieUtils.setCookie(request, response, CSRF, page.getCsrf(), -1);
        return page;
    }

    /** Looks the user up (nothing happens for a missing or blank name). */
    void lookUp(String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        // Openfire's usernames are lower case; UserManager.getUser trims and lower-cases too.
        username = name.strip().toLowerCase(Locale.ROOT);
        try {
            stored = backend.birthdate(username);
            found = true;
        } catch (NoSuchUserException e) {
            userGone();
        }
    }

    private void userGone() {
        found = false;
        stored = null;
        notFound = backend.message("svgroups.users.error.not-found", List.of(username));
    }

    /**
     * Handles one submitted birthdate form.
     *
     * @param name        the user's name (the form's hidden field)
     * @param value       the submitted birthdate; empty or null clears it
     * @param cookieToken the CSRF cookie's value, null if there is none
     * @param formToken   the CSRF field's value, null if there is none
     */
    void submit(String name, String value, String cookieToken, String formToken) {
        lookUp(name);
        if (!found) {
            return;
        }
        String text = value == null ? "" : value.strip();
        if (!SettingsPage.tokensMatch(cookieToken, formToken)) {
            errors.put(CSRF, backend.message("svgroups.users.error.csrf", List.of()));
            submitted = text;
            return;
        }
        String newValue;
        if (text.isEmpty()) {
            newValue = null;
        } else {
            String error = validate(text);
            if (error != null) {
                errors.put(BIRTHDATE, error);
                submitted = text;
                return;
            }
            newValue = LocalDate.parse(text).toString();
        }
        if (!Objects.equals(stored, newValue)) {
            try {
                backend.setBirthdate(username, newValue);
            } catch (NoSuchUserException e) {
                userGone();
                return;
            }
            backend.audit(AUDIT_SUMMARY, username + ": " + forLog(stored) + " → " + forLog(newValue));
            stored = newValue;
            changed = true;
        }
        saved = true;
    }

    /** The message refusing a non-empty birthdate, or null if it is acceptable. */
    private String validate(String text) {
        LocalDate date;
        try {
            if (!ISO_DATE.matcher(text).matches()) {
                throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
            }
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return backend.message("svgroups.users.error.format", List.of(text));
        }
        LocalDate today = LocalDate.now(backend.clock());
        if (date.isAfter(today)) {
            return backend.message("svgroups.users.error.future", List.of(today.toString()));
        }
        if (date.getYear() < EARLIEST_YEAR) {
            return backend.message("svgroups.users.error.too-early", List.of(String.valueOf(EARLIEST_YEAR)));
        }
        return null;
    }

    private static String forLog(String value) {
        return value == null ? "not set" : value;
    }

    /** The stored birthdate parsed, empty if not set or malformed (as the group rules read it). */
    private Optional<LocalDate> birthdateAsRead() {
        if (stored == null || stored.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(stored.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The groups of the user looked up, or none when there is no user. */
    public List<UserGroup> getGroups() {
        return found ? backend.groups(username) : List.of();
    }

    /** The looked-up name (trimmed, lower case), or null when nothing was looked up. */
    public String getUsername() {
        return username;
    }

    /** Whether a user was looked up and exists. */
    public boolean isFound() {
        return found;
    }

    /** The message saying that the looked-up user does not exist, or null. */
    public String getNotFound() {
        return notFound;
    }

    /** The stored birthdate, as stored, or null when it is not set. */
    public String getBirthdate() {
        return stored;
    }

    /** Whether a birthdate is stored but is not a date: the group rules ignore it (as not set). */
    public boolean isBirthdateMalformed() {
        return stored != null && !stored.isBlank() && birthdateAsRead().isEmpty();
    }

    /** The user's age in whole years today, or null when the birthdate is not known. */
    public Integer getAge() {
        return birthdateAsRead().map(b -> Period.between(b, LocalDate.now(backend.clock())).getYears()).orElse(null);
    }

    public AgeGroup getAgeGroup() {
        return policy.classify(birthdateAsRead());
    }

    /** Whether the user may use groups at all, per the age settings. */
    public boolean isMayUseGroups() {
        return policy.mayUseGroups(getAgeGroup());
    }

    /** The age group, explained with the current age settings. */
    public String getAgeGroupText() {
        AgeGroup group = getAgeGroup();
        String key = switch (group) {
            case ADULT -> "svgroups.users.age-group.adult";
            case MINOR -> "svgroups.users.age-group.minor";
            case UNDER_AGE -> "svgroups.users.age-group.under-age";
            case UNKNOWN -> isMayUseGroups() ? "svgroups.users.age-group.unknown.allowed"
                    : "svgroups.users.age-group.unknown.refused";
        };
        return backend.message(key, List.of(String.valueOf(backend.settings().minimumAge()),
                String.valueOf(backend.settings().consentAge())));
    }

    /** What the birthdate field holds: the submitted text after a refusal, else the stored value (or empty). */
    public String getBirthdateValue() {
        if (submitted != null) {
            return submitted;
        }
        return stored == null ? "" : stored;
    }

    /** Messages by field name ({@code birthdate} or {@code csrf}); empty unless a submitted form was refused. */
    public Map<String, String> getErrors() {
        return Collections.unmodifiableMap(errors);
    }

    /** True when a submitted form was valid and applied (even if it changed nothing). */
    public boolean isSaved() {
        return saved;
    }

    /** True when the applied form changed the birthdate. */
    public boolean isChanged() {
        return changed;
    }

    public String getCsrf() {
        return csrf;
    }

    void setCsrf(String csrf) {
        this.csrf = csrf;
    }
}
