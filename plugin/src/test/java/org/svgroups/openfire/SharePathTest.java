package org.svgroups.openfire;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.dom4j.DocumentHelper;
import org.junit.jupiter.api.Test;
import org.svgroups.core.share.Price;
import org.svgroups.core.share.Share;
import org.svgroups.core.share.ShareKind;
import org.svgroups.core.share.ShareXml;
import org.svgroups.core.share.Thumbnail;

/** The share element the plugin puts into a delivered message is the one ShareXml writes, built without parsing. */
class SharePathTest {

    private static final List<Share> SHARES = List.of(
            new Share(ShareKind.VIDEO, "dance-101", "https://videos.example/v/dance-101?a=1&b=<2>",
                    "Tom & \"Jerry\" 'dance' 💃", "@tom", new Thumbnail("https://cdn.example/t/1.jpg", 320, 180), 42,
                    null, true),
            new Share(ShareKind.PRODUCT, "hoodie-42", "https://shop.example/p/hoodie-42", "Hoodie\u0001 with a control char",
                    null, null, null, new Price(new BigDecimal("19.90"), "EUR"), false),
            new Share(ShareKind.VIDEO, "bare", "https://videos.example/v/bare", null, null, null, null, null, null));

    @Test
    void theBuiltElementIsTheWrittenOne() throws Exception {
        for (Share share : SHARES) {
            String written = DocumentHelper.parseText(ShareXml.write(share)).getRootElement().asXML();
            // Both read back, so that dom4j writes an empty element the same way.
            String built = DocumentHelper.parseText(SharePath.element(share).asXML()).getRootElement().asXML();

            assertThat(built).as(share.id()).isEqualTo(written);
        }
    }

    @Test
    void theBuiltElementReadsBackAsTheShare() throws Exception {
        for (Share share : SHARES) {
            Share read = ShareXml.parse(SharePath.element(share).asXML());

            assertThat(read.id()).isEqualTo(share.id());
            assertThat(read.url()).isEqualTo(share.url());
            assertThat(read.verified()).isEqualTo(share.verified());
            assertThat(read.price()).isEqualTo(share.price());
        }
        assertThat(ShareXml.parse(SharePath.element(SHARES.get(1)).asXML()).title())
                .as("characters XML does not allow are dropped").isEqualTo("Hoodie with a control char");
    }
}
