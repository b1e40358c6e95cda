package org.svgroups.openfire.share;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

import org.json.JSONObject;
import org.svgroups.core.share.CatalogueAnswer;
import org.svgroups.core.share.Price;
import org.svgroups.core.share.Share;
import org.svgroups.core.share.ShareKind;
import org.svgroups.core.share.Thumbnail;

/**
 * Reads the catalogue's JSON description of an item (the contract is in {@link HttpCatalogue}), and writes the
 * text the cache keeps, which reads back to the same answer.
 */
final class CatalogueJson {

    static final String KIND = "kind";
    static final String ID = "id";
    static final String URL = "url";
    static final String TITLE = "title";
    static final String AUTHOR = "author";
    static final String THUMBNAIL = "thumbnail";
    static final String WIDTH = "width";
    static final String HEIGHT = "height";
    static final String DURATION = "duration";
    static final String PRICE = "price";
    static final String AMOUNT = "amount";
    static final String CURRENCY = "currency";
    static final String STATUS = "status";
    static final String MINIMUM_AGE = "minimumAge";

    static final String PUBLIC = "public";
    static final String PRIVATE = "private";
    static final String REMOVED = "removed";

    /** A plain decimal: digits, optionally a point and digits (no sign, no exponent, so no giant expansions). */
    private static final Pattern AMOUNT_PATTERN = Pattern.compile("[0-9]+(\\.[0-9]+)?");

    private static final int MAX_QUOTED = 80;

    private CatalogueJson() {
    }

    /** The catalogue's answer does not keep the contract; the message is the reason, for the log. */
    static final class BrokenAnswerException extends Exception {
        private static final long serialVersionUID = 1L;

        BrokenAnswerException(String reason) {
            super(reason);
        }
    }

    /**
     * The answer for the item asked for: {@link CatalogueAnswer.Status#AVAILABLE} or
     * {@link CatalogueAnswer.Status#NOT_SHAREABLE}.
     *
     * @throws BrokenAnswerException if the object describes another item, or a member is missing or of the wrong type
     */
    static CatalogueAnswer read(ShareKind kind, String id, JSONObject json) throws BrokenAnswerException {
        String answeredKind = requiredString(json, KIND);
        if (!answeredKind.equals(kind.xmlValue())) {
            throw new BrokenAnswerException("the answer's kind is " + quote(answeredKind) + " (asked for "
                    + quote(kind.xmlValue()) + ")");
        }
        String answeredId = requiredString(json, ID);
        if (!answeredId.equals(id)) {
            throw new BrokenAnswerException("the answer's id is " + quote(answeredId) + " (asked for " + quote(id) + ")");
        }
        String status = requiredString(json, STATUS);
        switch (status) {
            case PUBLIC:
                break;
            case PRIVATE:
            case REMOVED:
                // Nothing else of a private or removed item is used, so nothing else is checked.
                return CatalogueAnswer.of(CatalogueAnswer.Status.NOT_SHAREABLE);
            default:
                throw new BrokenAnswerException("the answer's status is " + quote(status)
                        + " (expected \"public\", \"private\" or \"removed\")");
        }
        String url = requiredString(json, URL);
        if (url.isBlank()) {
            throw new BrokenAnswerException("the answer's url is blank");
        }
        Integer minimumAge = optionalInt(json, MINIMUM_AGE, MINIMUM_AGE, 0);
        Share item = new Share(kind, id, url, optionalString(json, TITLE), optionalString(json, AUTHOR),
                thumbnail(json), optionalInt(json, DURATION, DURATION, 0), price(json), null);
        return CatalogueAnswer.available(item, minimumAge == null ? 0 : minimumAge);
    }

    /**
     * What the cache keeps of an {@link CatalogueAnswer.Status#AVAILABLE} or
     * {@link CatalogueAnswer.Status#NOT_SHAREABLE} answer: the item in the catalogue's own JSON form, with only the
     * members of the contract, so that {@link #read} gives the same answer back.
     *
     * @param json the catalogue's object, which {@link #read} accepted and turned into {@code answer}
     */
    static String cacheEntry(CatalogueAnswer answer, JSONObject json) {
        if (answer.status() != CatalogueAnswer.Status.AVAILABLE) {
            return new JSONObject(json, KIND, ID, STATUS).toString();
        }
        Share item = answer.item();
        JSONObject entry = new JSONObject()
                .put(KIND, item.kind().xmlValue())
                .put(ID, item.id())
                .put(URL, item.url())
                .put(STATUS, PUBLIC)
                .put(MINIMUM_AGE, answer.minimumAge());
        entry.putOpt(TITLE, item.title());
        entry.putOpt(AUTHOR, item.author());
        entry.putOpt(DURATION, item.duration());
        if (item.thumbnail() != null) {
            entry.put(THUMBNAIL, new JSONObject()
                    .put(URL, item.thumbnail().url())
                    .put(WIDTH, item.thumbnail().width())
                    .put(HEIGHT, item.thumbnail().height()));
        }
        if (item.price() != null) {
            entry.put(PRICE, new JSONObject()
                    .put(AMOUNT, item.price().amount().toPlainString())
                    .put(CURRENCY, item.price().currency()));
        }
        return entry.toString();
    }

    private static Thumbnail thumbnail(JSONObject json) throws BrokenAnswerException {
        JSONObject thumbnail = optionalObject(json, THUMBNAIL);
        if (thumbnail == null) {
            return null;
        }
        String url = requiredString(thumbnail, URL, THUMBNAIL + "." + URL);
        return new Thumbnail(url, requiredInt(thumbnail, WIDTH, THUMBNAIL + "." + WIDTH, 1),
                requiredInt(thumbnail, HEIGHT, THUMBNAIL + "." + HEIGHT, 1));
    }

    private static Price price(JSONObject json) throws BrokenAnswerException {
        JSONObject price = optionalObject(json, PRICE);
        if (price == null) {
            return null;
        }
        String amount = requiredString(price, AMOUNT, PRICE + "." + AMOUNT);
        if (!AMOUNT_PATTERN.matcher(amount).matches()) {
            throw new BrokenAnswerException("the answer's " + PRICE + "." + AMOUNT + " is " + quote(amount)
                    + " (expected a plain decimal number such as \"19.99\")");
        }
        return new Price(new BigDecimal(amount), requiredString(price, CURRENCY, PRICE + "." + CURRENCY));
    }

    private static String requiredString(JSONObject json, String name) throws BrokenAnswerException {
        return requiredString(json, name, name);
    }

    private static String requiredString(JSONObject json, String name, String path) throws BrokenAnswerException {
        String value = optionalString(json, name, path);
        if (value == null) {
            throw new BrokenAnswerException("the answer has no " + path);
        }
        return value;
    }

    private static String optionalString(JSONObject json, String name) throws BrokenAnswerException {
        return optionalString(json, name, name);
    }

    /** A JSON string; null when the member is absent or JSON null. */
    private static String optionalString(JSONObject json, String name, String path) throws BrokenAnswerException {
        Object value = json.opt(name);
        if (value == null || value == JSONObject.NULL) {
            return null;
        }
        if (!(value instanceof String)) {
            throw wrongType(path, "a string", value);
        }
        return (String) value;
    }

    private static JSONObject optionalObject(JSONObject json, String name) throws BrokenAnswerException {
        Object value = json.opt(name);
        if (value == null || value == JSONObject.NULL) {
            return null;
        }
        if (!(value instanceof JSONObject)) {
            throw wrongType(name, "an object", value);
        }
        return (JSONObject) value;
    }

    private static int requiredInt(JSONObject json, String name, String path, int min) throws BrokenAnswerException {
        Integer value = optionalInt(json, name, path, min);
        if (value == null) {
            throw new BrokenAnswerException("the answer has no " + path);
        }
        return value;
    }

    /** A JSON whole number (not 42.0, not "42") from {@code min} to {@link Integer#MAX_VALUE}; null when absent. */
    private static Integer optionalInt(JSONObject json, String name, String path, int min) throws BrokenAnswerException {
        Object value = json.opt(name);
        if (value == null || value == JSONObject.NULL) {
            return null;
        }
        boolean whole = value instanceof Integer || value instanceof Long || value instanceof BigInteger;
        if (whole) {
            BigInteger number = value instanceof BigInteger big ? big : BigInteger.valueOf(((Number) value).longValue());
            if (number.compareTo(BigInteger.valueOf(min)) >= 0 && number.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) <= 0) {
                return number.intValue();
            }
        }
        throw wrongType(path, "a whole number from " + min, value);
    }

    private static BrokenAnswerException wrongType(String path, String expected, Object value) {
        return new BrokenAnswerException("the answer's " + path + " is not " + expected + " but "
                + (value == JSONObject.NULL ? "null"
                        : value instanceof Number ? shorten(value.toString()) : shorten(JSONObject.valueToString(value))));
    }

    /** A value from the catalogue or the sender, quoted and escaped so that it cannot break a log line. */
    static String quote(String value) {
        return shorten(JSONObject.quote(value));
    }

    private static String shorten(String text) {
        return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "...";
    }
}
