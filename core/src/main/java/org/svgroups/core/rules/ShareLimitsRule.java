package org.svgroups.core.rules;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;
import org.svgroups.core.share.Share;
import org.svgroups.core.share.ShareKind;
import org.svgroups.core.share.ShareUrls;

/**
 * A share stays within the protocol's bounds: an id of letters, digits, dot, dash and underscore; https URLs of
 * sensible length; short title and author; a plausible thumbnail size; a duration for videos only and a price for
 * products only.
 */
public final class ShareLimitsRule {

    /** Letters, digits, '.', '-', '_'; not dots alone, which would climb a catalogue's path. */
    static final Pattern ID = Pattern.compile("(?!\\.+$)[A-Za-z0-9._-]{1,64}");
    static final int MAX_TITLE = 200;
    static final int MAX_AUTHOR = 100;
    static final int MAX_THUMBNAIL_SIDE = 8192;
    static final int MAX_DURATION_SECONDS = 86_400;
    static final BigDecimal MAX_PRICE = new BigDecimal("100000000");
    static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public Optional<Refusal> check(Share share) {
        String problem = problem(share);
        return problem == null ? Optional.empty() : Optional.of(Refusal.of(AppCondition.SHARE_INVALID, problem));
    }

    private static String problem(Share share) {
        if (!ID.matcher(share.id()).matches()) {
            return "The item id must be 1 to 64 letters, digits, '.', '-' or '_' (not dots alone).";
        }
        if (ShareUrls.httpsHost(share.url()).isEmpty()) {
            return "The item URL must be an https URL of at most " + ShareUrls.MAX_LENGTH + " characters.";
        }
        if (share.title() != null && share.title().length() > MAX_TITLE) {
            return "The title is longer than " + MAX_TITLE + " characters.";
        }
        if (share.author() != null && share.author().length() > MAX_AUTHOR) {
            return "The author is longer than " + MAX_AUTHOR + " characters.";
        }
        if (share.thumbnail() != null) {
            if (ShareUrls.httpsHost(share.thumbnail().url()).isEmpty()) {
                return "The thumbnail URL must be an https URL of at most " + ShareUrls.MAX_LENGTH + " characters.";
            }
            if (outside(share.thumbnail().width(), 1, MAX_THUMBNAIL_SIDE) || outside(share.thumbnail().height(), 1, MAX_THUMBNAIL_SIDE)) {
                return "The thumbnail's width and height must be 1 to " + MAX_THUMBNAIL_SIDE + " pixels.";
            }
        }
        if (share.duration() != null && (share.kind() != ShareKind.VIDEO || outside(share.duration(), 0, MAX_DURATION_SECONDS))) {
            return "A duration is for videos only, 0 to " + MAX_DURATION_SECONDS + " seconds.";
        }
        if (share.price() != null) {
            if (share.kind() != ShareKind.PRODUCT) {
                return "A price is for products only.";
            }
            if (share.price().amount().signum() < 0 || share.price().amount().compareTo(MAX_PRICE) > 0
                    || share.price().amount().scale() > 4 || !CURRENCY.matcher(share.price().currency()).matches()) {
                return "The price must be 0 to " + MAX_PRICE.toPlainString() + " with at most 4 decimals and an ISO 4217 currency.";
            }
        }
        return null;
    }

    private static boolean outside(int value, int min, int max) {
        return value < min || value > max;
    }
}
