package org.svgroups.client;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import org.svgroups.core.share.Price;
import org.svgroups.core.share.Share;
import org.svgroups.core.share.ShareKind;

/**
 * Short ways to build the {@link Share}s to pass to {@link GroupChat#share}. Only what a sender knows is set;
 * the server checks the share and, when the app's catalogue knows the item, replaces title, author, thumbnail,
 * duration, price and URL with the catalogue's.
 *
 * <pre>{@code
 * groups.share(group, Shares.video("123", "https://videos.example/v/123", "Dance tutorial"));
 * groups.share(group, Shares.product("hoodie-42", "https://shop.example/p/hoodie-42", "Crew hoodie",
 *         Shares.price("19.99", "EUR")));
 * }</pre>
 */
public final class Shares {

    private Shares() {
    }

    /**
     * A video.
     *
     * @param id the item's id in the app; one of the URL's path segments.
     * @param url the video's https URL, on one of the app's hosts.
     * @param title a title, or {@code null} (blank counts as none).
     * @return the share.
     */
    public static Share video(String id, String url, String title) {
        return new Share(ShareKind.VIDEO, id, url, orNull(title), null, null, null, null, null);
    }

    /**
     * A product.
     *
     * @param id the item's id in the app; one of the URL's path segments.
     * @param url the product's https URL, on one of the app's hosts.
     * @param title a title, or {@code null} (blank counts as none).
     * @param price its price, or {@code null}.
     * @return the share.
     */
    public static Share product(String id, String url, String title, Price price) {
        return new Share(ShareKind.PRODUCT, id, url, orNull(title), null, null, null, price, null);
    }

    /**
     * A price.
     *
     * @param amount a decimal number such as {@code 19.99}.
     * @param currency an ISO 4217 code such as {@code EUR}.
     * @return the price.
     * @throws NumberFormatException if the amount is not a decimal number.
     */
    public static Price price(String amount, String currency) {
        return new Price(new BigDecimal(amount.trim()), currency);
    }

    /**
     * The last non-empty segment of a URL's path, which is the item's id in the app's usual links
     * ({@code https://videos.example/v/123} → {@code 123}).
     *
     * @param url the URL.
     * @return the segment (percent-decoded), or empty if the URL is malformed or has no path.
     */
    public static Optional<String> idFromUrl(String url) {
        try {
            String path = new URI(url).getPath();
            if (path == null) {
                return Optional.empty();
            }
            String[] segments = path.split("/");
            for (int i = segments.length - 1; i >= 0; i--) {
                if (!segments[i].isEmpty()) {
                    return Optional.of(segments[i]);
                }
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The share as a sender sends it: {@code verified} is for the server alone to set. */
    static Share asSent(Share share) {
        if (share.verified() == null) {
            return share;
        }
        return new Share(share.kind(), share.id(), share.url(), share.title(), share.author(), share.thumbnail(),
                share.duration(), share.price(), null);
    }

    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
