package org.svgroups.openfire.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.jivesoftware.util.CookieUtils;
import org.jivesoftware.util.StringUtils;
import org.jivesoftware.util.WebManager;
import org.svgroups.core.settings.Setting;
import org.svgroups.core.settings.SettingsForm;
import org.svgroups.core.settings.SettingsForm.Result;
import org.svgroups.core.settings.SettingsForm.SettingError;

/**
 * What the settings page shows and does. On a POST with a valid CSRF token it validates every submitted value
 * ({@link SettingsForm}); when all are valid it sets each setting that changed and logs one event listing the
 * changes in the security audit log; otherwise it changes nothing and keeps what was submitted, with a message
 * per refused field. The JSP only renders this object; everything touching Openfire is behind
 * {@link SettingsBackend}, except the CSRF cookie in {@link #handle}.
 */
public final class SettingsPage {

    /** Name of the CSRF cookie and of the form field that must repeat it (Openfire's console pattern). */
    static final String CSRF = "csrf";
    /** Name of the submit button. */
    static final String SAVE = "save";
    static final String AUDIT_SUMMARY = "svgroups settings changed";
    /** What a secret field's current value reads as when one is stored (never the secret). */
    static final String SECRET_SET = "********";

    private final SettingsBackend backend;
    private final Map<String, String> errors = new LinkedHashMap<>();
    /** What was submitted, when it was refused: shown again instead of the stored values. */
    private Map<String, String> submitted;
    private final List<String> changed = new ArrayList<>();
    private boolean saved;
    private String csrf;

    SettingsPage(SettingsBackend backend) {
        this.backend = Objects.requireNonNull(backend, "backend");
    }

    /** Called by the JSP: handles a submitted form, if any, and sets a fresh CSRF token for the next one. */
    public static SettingsPage handle(HttpServletRequest request, HttpServletResponse response, WebManager webManager) {
        SettingsPage page = new SettingsPage(new OpenfireSettingsBackend(webManager));
        if ("POST".equalsIgnoreCase(request.getMethod()) && request.getParameter(SAVE) != null) {
            Cookie cookie = CookieUtils.getCookie(request, CSRF);
            page.submit(formOf(request), cookie == null ? null : cookie.getValue(), request.getParameter(CSRF));
        }
        page.setCsrf(StringUtils.randomString(16));
        CookieUtils.setCookie(request, response, CSRF, page.getCsrf(), -1);
        return page;
    }

    /** The submitted value of every setting's field; an absent field (an unchecked checkbox) stays absent. */
    static Map<String, String> formOf(HttpServletRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        for (Setting<?> setting : SettingsForm.ALL) {
            String value = request.getParameter(setting.key());
            if (value != null) {
                form.put(setting.key(), value);
            }
        }
        return form;
    }

    /**
     * Handles one submitted form.
     *
     * @param form        the submitted fields by name (see {@link #formOf})
     * @param cookieToken the CSRF cookie's value, null if there is none
     * @param formToken   the CSRF field's value, null if there is none
     */
    void submit(Map<String, String> form, String cookieToken, String formToken) {
        if (!tokensMatch(cookieToken, formToken)) {
            errors.put(CSRF, backend.message("svgroups.settings.error.csrf", List.of()));
            submitted = new LinkedHashMap<>(form);
            return;
        }
        Result result = SettingsForm.validate(form);
        if (!result.isValid()) {
            for (Map.Entry<String, SettingError> error : result.errors().entrySet()) {
                errors.put(error.getKey(), backend.message(error.getValue().messageKey(), error.getValue().arguments()));
            }
            submitted = new LinkedHashMap<>(form);
            return;
        }
        // A blank secret field keeps the stored secret, so only this page, which knows that one, can tell.
        if (!result.value(SettingsForm.NOTIFY_URL).isEmpty() && result.value(SettingsForm.NOTIFY_SECRET).isEmpty()
                && backend.current(SettingsForm.NOTIFY_SECRET).isEmpty()) {
            errors.put(SettingsForm.NOTIFY_SECRET.key(), backend.message("svgroups.settings.error.secret-required", List.of()));
            submitted = new LinkedHashMap<>(form);
            return;
        }
        List<String> details = new ArrayList<>();
        for (Setting<?> setting : SettingsForm.ALL) {
            String change = apply(setting, result.values().get(setting));
            if (change != null) {
                changed.add(setting.key());
                details.add(change);
            }
        }
        if (!details.isEmpty()) {
            backend.audit(AUDIT_SUMMARY, String.join("; ", details));
        }
        saved = true;
    }

    /** Sets the setting if the value differs from the current one; returns "key: old → new", or null if unchanged. */
    private <T> String apply(Setting<T> setting, Object value) {
        T newValue = setting.cast(value);
        T oldValue = backend.current(setting);
        if (Objects.equals(oldValue, newValue) || (setting.kind() == Setting.Kind.SECRET && "".equals(newValue))) {
            return null;
        }
        backend.set(setting, newValue);
        if (setting.kind() == Setting.Kind.SECRET) {
            // Never the secret itself, old or new: the audit log is read by more people than the secret's owners.
            return setting.key() + ": changed";
        }
        return setting.key() + ": " + forLog(setting, oldValue) + " → " + forLog(setting, newValue);
    }

    private static String forLog(Setting<?> setting, Object value) {
        String text = setting.toText(value);
        return switch (setting.kind()) {
            case DURATION -> text + " " + setting.unit().name().toLowerCase(java.util.Locale.ROOT);
            case TEXT, CHOICE -> "\"" + text + "\"";
            default -> text;
        };
    }

    static boolean tokensMatch(String cookieToken, String formToken) {
        if (cookieToken == null || formToken == null || cookieToken.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(cookieToken.getBytes(StandardCharsets.UTF_8), formToken.getBytes(StandardCharsets.UTF_8));
    }

    /** Messages by field name (a setting's key, or {@code csrf}); empty unless a submitted form was refused. */
    public Map<String, String> getErrors() {
        return Collections.unmodifiableMap(errors);
    }

    /** True when a submitted form was valid and applied (even if it changed nothing). */
    public boolean isSaved() {
        return saved;
    }

    /** The keys of the settings the applied form changed, in the page's order. */
    public List<String> getChanged() {
        return Collections.unmodifiableList(changed);
    }

    public String getCsrf() {
        return csrf;
    }

    void setCsrf(String csrf) {
        this.csrf = csrf;
    }

    /** The page's groups of fields, in order, each with its fields. */
    public List<SectionView> getSections() {
        Map<Setting.Section, List<FieldView>> sections = new LinkedHashMap<>();
        for (Setting<?> setting : SettingsForm.ALL) {
            sections.computeIfAbsent(setting.section(), s -> new ArrayList<>()).add(field(setting));
        }
        List<SectionView> views = new ArrayList<>();
        sections.forEach((section, fields) -> views.add(new SectionView(section.titleKey(), fields)));
        return views;
    }

    private <T> FieldView field(Setting<T> setting) {
        T current = backend.current(setting);
        T defaultValue = backend.defaultValue(setting);
        String value;
        boolean checked;
        if (setting.kind() == Setting.Kind.SECRET) {
            // Shown neither stored nor as submitted: the field is for typing a new one.
            boolean set = !"".equals(current);
            return new FieldView(setting, "", false, set ? SECRET_SET : "", "", errors.get(setting.key()));
        }
        if (submitted != null) {
            value = submitted.getOrDefault(setting.key(), "");
            checked = submitted.containsKey(setting.key());
        } else {
            value = setting.toText(current);
            checked = Boolean.TRUE.equals(current);
        }
        return new FieldView(setting, value, checked, setting.toText(current), setting.toText(defaultValue),
                errors.get(setting.key()));
    }

    /** One group of fields. */
    public static final class SectionView {

        private final String titleKey;
        private final List<FieldView> fields;

        SectionView(String titleKey, List<FieldView> fields) {
            this.titleKey = titleKey;
            this.fields = List.copyOf(fields);
        }

        public String getTitleKey() {
            return titleKey;
        }

        public List<FieldView> getFields() {
            return fields;
        }
    }

    /** One setting as the page shows it: label, input, current value, default, explanation and error. */
    public static final class FieldView {

        private final Setting<?> setting;
        private final String value;
        private final boolean checked;
        private final String current;
        private final String defaultValue;
        private final String error;

        FieldView(Setting<?> setting, String value, boolean checked, String current, String defaultValue, String error) {
            this.setting = setting;
            this.value = value;
            this.checked = checked;
            this.current = current;
            this.defaultValue = defaultValue;
            this.error = error;
        }

        /** The field's name and id: the system property's key. */
        public String getName() {
            return setting.key();
        }

        public String getLabelKey() {
            return setting.labelKey();
        }

        public String getDescriptionKey() {
            return setting.descriptionKey();
        }

        /** The i18n key of the unit after the number (durations), else null. */
        public String getUnitKey() {
            return setting.unitKey();
        }

        /** {@code number}, {@code checkbox}, {@code select}, {@code text} or {@code password}. */
        public String getInput() {
            return switch (setting.kind()) {
                case INTEGER, DURATION -> "number";
                case BOOLEAN -> "checkbox";
                case CHOICE -> "select";
                case TEXT -> "text";
                case SECRET -> "password";
            };
        }

        public long getMin() {
            return setting.min();
        }

        public long getMax() {
            return setting.max();
        }

        /** What the input holds: the submitted text after a refusal, else the current value. */
        public String getValue() {
            return value;
        }

        /** For a checkbox: whether it is checked. */
        public boolean isChecked() {
            return checked;
        }

        /** For a select: its options. */
        public List<ChoiceView> getChoices() {
            List<ChoiceView> choices = new ArrayList<>();
            for (String choice : setting.choices()) {
                choices.add(new ChoiceView(choice, setting.labelKey() + "." + choice, choice.equalsIgnoreCase(value.strip())));
            }
            return choices;
        }

        /** The stored value, as text (a duration in its unit). */
        public String getCurrent() {
            return current;
        }

        /** The i18n key that shows the stored value instead of {@link #getCurrent()} (yes, no, empty), or null. */
        public String getCurrentKey() {
            return keyFor(current);
        }

        public String getDefaultValue() {
            return defaultValue;
        }

        /** The i18n key that shows the default instead of {@link #getDefault()} (yes, no, empty), or null. */
        public String getDefaultKey() {
            return keyFor(defaultValue);
        }

        /** Why the submitted value was refused, or null. */
        public String getError() {
            return error;
        }

        private String keyFor(String text) {
            if (setting.kind() == Setting.Kind.SECRET && SECRET_SET.equals(text)) {
                return "svgroups.settings.secret-set";
            }
            if (setting.kind() == Setting.Kind.BOOLEAN) {
                return Boolean.parseBoolean(text) ? "svgroups.settings.yes" : "svgroups.settings.no";
            }
            return text.isEmpty() ? "svgroups.settings.empty" : null;
        }
    }

    /** One option of a select. */
    public static final class ChoiceView {

        private final String value;
        private final String labelKey;
        private final boolean selected;

        ChoiceView(String value, String labelKey, boolean selected) {
            this.value = value;
            this.labelKey = labelKey;
            this.selected = selected;
        }

        public String getValue() {
            return value;
        }

        public String getLabelKey() {
            return labelKey;
        }

        public boolean isSelected() {
            return selected;
        }
    }
}
