package org.jivesoftware.openfire.muc.spi;

import java.sql.*;
import java.util.*;
import java.util.concurrent.*;
import org.jivesoftware.openfire.muc.*;

public class MUCPersistenceManager {
    public static String getReservedNickname(MUCRoom room, String bareJID) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getProperty(String subdomain, String name) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getProperty(String subdomain, String name, String defaultValue) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static int getIntProperty(String subdomain, String name, int defaultValue) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static long getLongProperty(String subdomain, String name, long defaultValue) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean getBooleanProperty(String subdomain, String name) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean getBooleanProperty(String subdomain, String name, boolean defaultValue) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static List<String> getPropertyNames(String subdomain, String parent) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static List<String> getProperties(String subdomain, String parent) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static List<String> getPropertyNames(String subdomain) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void setProperty(String subdomain, String name, String value) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void setLocalProperty(String subdomain, String name, String value) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void setProperties(String subdomain, Map<String, String> propertyMap) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void deleteProperty(String subdomain, String name) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void deleteLocalProperty(String subdomain, String name) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static void refreshProperties(String subdomain) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
