package org.jivesoftware.util;

import java.nio.file.Path;
import java.util.*;

public class JiveGlobals {
    public static final String BLOWFISH_KDF_PBKDF2 = "pbkdf2";

    public static final String BLOWFISH_KDF_SHA1 = "sha1";

    public static Locale getLocale() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void setLocale(Locale newLocale) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static TimeZone getTimeZone() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void setTimeZone(TimeZone newTimeZone) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String formatTime(Date date) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String formatDate(Date date) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String formatDateTime(Date date) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static Path getHomePath() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void setHomePath(Path homeDir) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getXMLProperty(String name) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getXMLProperty(String name, String defaultValue) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static int getXMLProperty(String name, int defaultValue) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean getXMLProperty(String name, boolean defaultValue) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean setXMLProperty(String name, String value) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void setXMLProperties(Map<String, String> propertyMap) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static List<String> getXMLProperties(String parent) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static List<String> getXMLPropertyNames() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void deleteXMLProperty(String name) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getProperty(String name) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getProperty(String name, String defaultValue) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static <E extends Enum<E>> E getEnumProperty(String name, Class<E> enumType, E defaultValue) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static int getIntProperty(String name, int defaultValue) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static long getLongProperty(String name, long defaultValue) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static double getDoubleProperty(String name, double defaultValue) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean getBooleanProperty(String name) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean getBooleanProperty(String name, boolean defaultValue) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static List<String> getPropertyNames(String parent) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static List<String> getProperties(String parent) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static List<String> getListProperty(String parent, List<String> defaultValues) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static List<String> getPropertyNames() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void setProperty(String name, String value) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void setProperty(String name, String value, boolean encrypt) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void setProperty(String name, List<String> values) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void setProperties(Map<String, String> propertyMap) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void deleteProperty(String name) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void migrateProperty(String name) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void migratePropertyTree(String name) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean isPropertySensitive(String name) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean isXMLPropertyEncrypted(final String name) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean isPropertyEncrypted(String name) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean setPropertyEncrypted(String name, boolean encrypt) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void setupPropertyEncryptionAlgorithm(String alg) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void setupPropertyEncryptionKey(String key) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getMasterEncryptionKey() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getBlowfishSalt() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getBlowfishKdf() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void setBlowfishKdf(String kdf) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean isSecurityPropertiesPersistable() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static int migrateXMLPropertiesFromSHA1ToPBKDF2() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static int getEncryptedXMLPropertyValueCount() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean isBlowfishMigrationNeeded() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getEncryptionAlgorithm() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void setConfigName(String configName) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getConfigName() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getSecurityConfigName() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static Path getConfigLocation() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static Path getSecurityConfigLocation() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
