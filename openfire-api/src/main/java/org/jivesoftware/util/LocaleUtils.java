package org.jivesoftware.util;

import java.text.*;
import java.util.*;

public class LocaleUtils {
    public static final String OPENFIRE_PLUGIN_NAME = "Openfire";

    public static Locale localeCodeToLocale(String localeCode) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String[][] getTimeZoneList() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getTimeZoneName(String zoneID, Locale locale) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static ResourceBundle getResourceBundle(String baseName, Locale locale) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean isLocalizedTextRTL() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getLocalizedString(String key) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getLocalizedString(String key, Locale locale) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getLocalizedPluginString(final String pluginName, final String key) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getLocalizedString(String key, List<?> arguments) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getLocalizedString(String key, List<?> arguments, Locale locale) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getLocalizedString(String key, String pluginName) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getLocalizedString(String key, String pluginName, List arguments) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getLocalizedString(String key, String pluginName, List<?> arguments, Locale locale, boolean fallback) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static ResourceBundle getPluginResourceBundle(String pluginName) throws Exception {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getLocalizedString(String key, Locale locale, List arguments, ResourceBundle bundle) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getLocalizedNumber(long number) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getLocalizedNumber(long number, Locale locale) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getLocalizedNumber(double number) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getLocalizedNumber(double number, Locale locale) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    private LocaleUtils() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
