package org.svgroups.core.testing;

import java.math.BigDecimal;

import org.svgroups.core.share.Price;
import org.svgroups.core.share.Share;
import org.svgroups.core.share.ShareKind;
import org.svgroups.core.share.ShareXml;
import org.svgroups.core.share.Thumbnail;

/** Shares for tests: a valid video or product on the test hosts, changed part by part. */
public final class Shares {

    public static final String VIDEO_HOST = "videos.example";
    public static final String SHOP_HOST = "shop.example";

    private Shares() {
    }

    /** A video with only kind, id and URL ({@code https://videos.example/v/ID}). */
    public static Builder video(String id) {
        return new Builder(ShareKind.VIDEO, id, "https://" + VIDEO_HOST + "/v/" + id);
    }

    /** A product with only kind, id and URL ({@code https://shop.example/p/ID}). */
    public static Builder product(String id) {
        return new Builder(ShareKind.PRODUCT, id, "https://" + SHOP_HOST + "/p/" + id);
    }

    /** The same share, to change. */
    public static Builder from(Share share) {
        return new Builder(share.kind(), share.id(), share.url()).title(share.title()).author(share.author())
                .thumbnail(share.thumbnail()).duration(share.duration()).price(share.price()).verified(share.verified());
    }

    public static final class Builder {
        private ShareKind kind;
        private String id;
        private String url;
        private String title;
        private String author;
        private Thumbnail thumbnail;
        private Integer duration;
        private Price price;
        private Boolean verified;

        private Builder(ShareKind kind, String id, String url) {
            this.kind = kind;
            this.id = id;
            this.url = url;
        }

        public Builder kind(ShareKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder author(String author) {
            this.author = author;
            return this;
        }

        public Builder thumbnail(Thumbnail thumbnail) {
            this.thumbnail = thumbnail;
            return this;
        }

        public Builder thumbnail(String url, int width, int height) {
            return thumbnail(new Thumbnail(url, width, height));
        }

        public Builder duration(Integer seconds) {
            this.duration = seconds;
            return this;
        }

        public Builder price(Price price) {
            this.price = price;
            return this;
        }

        public Builder price(String amount, String currency) {
            return price(new Price(new BigDecimal(amount), currency));
        }

        public Builder verified(Boolean verified) {
            this.verified = verified;
            return this;
        }

        public Share build() {
            return new Share(kind, id, url, title, author, thumbnail, duration, price, verified);
        }

        /** The share element, as {@link ShareXml#write} writes it. */
        public String xml() {
            return ShareXml.write(build());
        }
    }
}
