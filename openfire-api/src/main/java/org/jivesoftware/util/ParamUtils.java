package org.jivesoftware.util;

import javax.servlet.http.HttpServletRequest;

public class ParamUtils {
    public static String getParameter(HttpServletRequest request, String name) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getParameter(HttpServletRequest request, String name, boolean emptyStringsOK) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String[] getParameters(HttpServletRequest request, String name) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getStringParameter(final HttpServletRequest request, final String name, final String defaultVal) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean getBooleanParameter(HttpServletRequest request, String name) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean getBooleanParameter(HttpServletRequest request, String name, boolean defaultVal) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static int getIntParameter(HttpServletRequest request, String name, int defaultNum) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static int[] getIntParameters(HttpServletRequest request, String name, int defaultNum) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static double getDoubleParameter(HttpServletRequest request, String name, double defaultNum) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static long getLongParameter(HttpServletRequest request, String name, long defaultNum) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static long[] getLongParameters(HttpServletRequest request, String name, long defaultNum) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getAttribute(HttpServletRequest request, String name) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getAttribute(HttpServletRequest request, String name, boolean emptyStringsOK) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean getBooleanAttribute(HttpServletRequest request, String name) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static int getIntAttribute(HttpServletRequest request, String name, int defaultNum) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static long getLongAttribute(HttpServletRequest request, String name, long defaultNum) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
