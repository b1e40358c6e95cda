package org.svgroups.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ArchiveFeatureRuleTest {

    private static final String MAM = "urn:xmpp:mam:2";
    private static final String EXTENDED = "urn:xmpp:mam:2#extended";

    @Test
    void eachServedFeatureOnceAndNoOlderVersionIsRight() {
        assertThat(ArchiveFeatureRule.corrections(List.of("urn:svgroups:0", MAM, EXTENDED, "jabber:iq:search"))).isEmpty();
    }

    @Test
    void whatAnotherArchiveAddedIsTakenOutOnce() {
        // svgroups' features, then the Monitoring plugin's three versions, as Openfire lists them.
        List<String> withMonitoring = List.of("urn:svgroups:0", MAM, EXTENDED, "urn:xmpp:mam:0", "urn:xmpp:mam:1", MAM);
        assertThat(ArchiveFeatureRule.corrections(withMonitoring))
                .containsExactly(Map.entry(MAM, -1), Map.entry("urn:xmpp:mam:0", -1), Map.entry("urn:xmpp:mam:1", -1));
    }

    @Test
    void aServedFeatureThatAnotherPluginTookAwayIsAddedBack() {
        // Monitoring, unloaded, removes the one urn:xmpp:mam:2 left, which was svgroups' own.
        assertThat(ArchiveFeatureRule.corrections(List.of("urn:svgroups:0", EXTENDED))).containsExactly(Map.entry(MAM, 1));
        assertThat(ArchiveFeatureRule.corrections(List.of())).containsExactly(Map.entry(MAM, 1), Map.entry(EXTENDED, 1));
    }

    @Test
    void repeatsAreCountedWhereverTheyStand() {
        assertThat(ArchiveFeatureRule.corrections(List.of(EXTENDED, MAM, EXTENDED, MAM, EXTENDED, "urn:xmpp:mam:1",
                "urn:xmpp:mam:1"))).containsExactly(Map.entry(MAM, -1), Map.entry(EXTENDED, -2), Map.entry("urn:xmpp:mam:1", -2));
    }
}
