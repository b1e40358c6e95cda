package org.jivesoftware.util;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class CookieUtils {
    public static Cookie getCookie(HttpServletRequest request, String name) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void deleteCookie(HttpServletRequest request, HttpServletResponse response, Cookie cookie) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void setCookie(HttpServletRequest request, HttpServletResponse response, String name, String value) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void setCookie(HttpServletRequest request, HttpServletResponse response, String name, String value, int maxAge) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
