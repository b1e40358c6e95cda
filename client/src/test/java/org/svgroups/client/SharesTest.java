package org.svgroups.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.svgroups.core.share.Price;
import org.svgroups.core.share.Share;
import org.svgroups.core.share.ShareKind;

class SharesTest {

    @Test
    void videoAndProductSetOnlyWhatASenderKnows() {
        assertThat(Shares.video("123", "https://videos.example/v/123", "Dance tutorial")).isEqualTo(new Share(
                ShareKind.VIDEO, "123", "https://videos.example/v/123", "Dance tutorial", null, null, null, null, null));
        assertThat(Shares.product("hoodie-42", "https://shop.example/p/hoodie-42", " ", Shares.price("19.99", "EUR")))
                .isEqualTo(new Share(ShareKind.PRODUCT, "hoodie-42", "https://shop.example/p/hoodie-42", null, null,
                        null, null, new Price(new BigDecimal("19.99"), "EUR"), null));
    }

    @Test
    void priceKeepsTheDecimalsAsWritten() {
        assertThat(Shares.price(" 19.990 ", "EUR").amount().toPlainString()).isEqualTo("19.990");
        assertThatThrownBy(() -> Shares.price("cheap", "EUR")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void theIdIsTheLastPathSegmentOfTheUrl() {
        assertThat(Shares.idFromUrl("https://videos.example/v/123")).contains("123");
        assertThat(Shares.idFromUrl("https://videos.example/v/123/")).contains("123");
        assertThat(Shares.idFromUrl("https://videos.example/v/123?utm=x#t=10")).contains("123");
        assertThat(Shares.idFromUrl("https://shop.example/p/hoodie%2D42")).contains("hoodie-42");
        assertThat(Shares.idFromUrl("https://videos.example/")).isEmpty();
        assertThat(Shares.idFromUrl("https://videos.example")).isEmpty();
        assertThat(Shares.idFromUrl("not a url")).isEmpty();
        assertThat(Shares.idFromUrl("mailto:someone@example.com")).isEmpty();
    }

    @Test
    void aSenderNeverSendsAVerdict() {
        Share claimed = new Share(ShareKind.VIDEO, "1", "https://v.example/1", null, null, null, null, null, true);

        assertThat(Shares.asSent(claimed).verified()).isNull();
        Share plain = Shares.video("1", "https://v.example/1", null);
        assertThat(Shares.asSent(plain)).isSameAs(plain);
    }
}
