package org.svgroups.openfire.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.jivesoftware.util.CookieUtils;
import org.jivesoftware.util.LocaleUtils;
import org.jivesoftware.util.ParamUtils;
import org.jivesoftware.util.StringUtils;
import org.jivesoftware.util.WebManager;
import org.svgroups.core.settings.SettingInput;
import org.svgroups.core.settings.SettingInput.InvalidSettingException;
import org.svgroups.openfire.SvGroupsProperties;

/**
 * What the settings page shows and does: it checks the CSRF token, validates every submitted value, saves only
 * when all are valid, and logs the change in the security audit log. The JSP only renders this object.
 */
public final class SettingsPage {

    private static final String CSRF = "csrf";

    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Map<String, String> submitted = new LinkedHashMap<>();
    private boolean saved;
    private String csrfToken;

    public static SettingsPage handle(HttpServletRequest request, HttpServletResponse response, WebManager webManager) {
        SettingsPage page = new SettingsPage();
        if (request.getParameter("save") != null) {
            page.save(request, webManager);
        }
        page.csrfToken = StringUtils.randomString(16);
        CookieUtils.setCookie(request, response, CSRF, page.csrfToken, -1);
        return page;
    }

    private void save(HttpServletRequest request, WebManager webManager) {
        Cookie cookie = CookieUtils.getCookie(request, CSRF);
        String token = ParamUtils.getParameter(request, CSRF);
        if (cookie == null || token == null || !cookie.getValue().equals(token)) {
            errors.put(CSRF, message("svgroups.settings.error.csrf", List.of()));
            return;
        }
        String capInput = ParamUtils.getParameter(request, "memberCap", true);
        String subdomainInput = ParamUtils.getParameter(request, "subdomain", true);
        submitted.put("memberCap", capInput);
        submitted.put("subdomain", subdomainInput);

        Integer cap = null;
        String subdomain = null;
        try {
            cap = SettingInput.memberCap(capInput);
        } catch (InvalidSettingException e) {
            errors.put("memberCap", message(e.messageKey(), e.arguments()));
        }
        try {
            subdomain = SettingInput.subdomain(subdomainInput);
        } catch (InvalidSettingException e) {
            errors.put("subdomain", message(e.messageKey(), e.arguments()));
        }
        if (!errors.isEmpty()) {
            return;
        }
        SvGroupsProperties.MEMBER_CAP.setValue(cap);
        SvGroupsProperties.SERVICE_SUBDOMAIN.setValue(subdomain);
        webManager.logEvent("svgroups settings changed",
                "member cap: " + cap + ", service subdomain: " + subdomain);
        submitted.clear();
        saved = true;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public boolean isSaved() {
        return saved;
    }

    public String getCsrf() {
        return csrfToken;
    }

    /** The value to show: what the admin submitted when it was refused, else the saved value. */
    public String getMemberCap() {
        return submitted.getOrDefault("memberCap", String.valueOf(SvGroupsProperties.MEMBER_CAP.getValue()));
    }

    public int getMemberCapDefault() {
        return SvGroupsProperties.MEMBER_CAP.getDefaultValue();
    }

    public String getSubdomain() {
        return submitted.getOrDefault("subdomain", SvGroupsProperties.SERVICE_SUBDOMAIN.getValue());
    }

    public String getSubdomainDefault() {
        return SvGroupsProperties.SERVICE_SUBDOMAIN.getDefaultValue();
    }

    private static String message(String key, List<?> arguments) {
        return LocaleUtils.getLocalizedString(key, SvGroupsProperties.PLUGIN_NAME, arguments);
    }
}
