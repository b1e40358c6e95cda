package org.jivesoftware.util;

import java.time.Duration;
import java.util.*;
import org.dom4j.Document;

public final class StringUtils {
    public static final SystemProperty<Boolean> XMPP_STREAM_SUPPRESS_XML_DECLARATION = null;

    public static final SystemProperty<Boolean> XMPP_STREAM_SUPPRESS_NEWLINE_AFTER_XML_DECLARATION = null;

    public static String replaceIgnoreCase(String line, String oldString, String newString) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String replaceIgnoreCase(String line, String oldString, String newString, int[] count) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String replace(String line, String oldString, String newString, int[] count) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String stripTags(String in) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String escapeHTMLTags(String in) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String escapeHTMLTags(String in, boolean includeLF) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String hash(String data) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String hash(String data, String algorithm) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String hash(byte[] bytes, String algorithm) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String encodeHex(byte[] bytes) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static byte[] decodeHex(String hex) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String encodeBase32(String data) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String encodeBase32(byte[] data) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static byte[] decodeBase32(String data) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean isBase32(String data) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String[] toLowerCaseWordArray(String text) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String randomString(int length) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String chopAtWord(String string, int length) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String wordWrap(String input, int width, Locale locale) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String escapeForSQL(String string) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String escapeForXML(String string) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String unescapeFromXML(String string) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String zeroPadString(String string, int length) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String dateToMillis(Date date) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getFullElapsedTime(final long delta) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getFullElapsedTime(final Duration delta) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getElapsedTime(long delta) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String getTimeFromLong(long diff) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String collectionToString(Collection<String> collection) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static Collection<String> stringToCollection(String string) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean contains(String[] array, String item) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String abbreviate(String str, int maxWidth) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean isValidEmailAddress(String address) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String validateDomainName(String domain) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String removeXSSCharacters(String input) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static boolean containsIgnoringCase(final String nullableString, final String value) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static Optional<Integer> parseInteger(final String value) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static Optional<Long> parseLong(final String value) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static Optional<Double> parseDouble(final String value) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static Optional<Boolean> parseBoolean(final String value) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static List<String> shellSplit(CharSequence string) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    public static String asUnclosedStream(final Document document) {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }

    private StringUtils() {
        throw new UnsupportedOperationException("openfire-api is compile-only");
    }
}
