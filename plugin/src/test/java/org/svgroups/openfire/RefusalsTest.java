package org.svgroups.openfire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.svgroups.core.refusal.AppCondition;
import org.svgroups.core.refusal.Refusal;
import org.xmpp.packet.PacketError;

class RefusalsTest {

    /** Tinder knows fewer conditions than RFC 6120 (no policy-violation): each of ours must be one it knows. */
    @ParameterizedTest
    @EnumSource(AppCondition.class)
    void everyConditionBecomesAStanzaErrorWithTextAndApplicationCondition(AppCondition condition) {
        PacketError error = Refusals.toPacketError(new Refusal(condition, "Because.", Map.of("option", "x")));

        assertThat(error.getCondition().toXMPP()).isEqualTo(condition.stanzaCondition());
        assertThat(error.getText()).isEqualTo("Because.");
        assertThat(error.getApplicationConditionName()).isEqualTo(condition.elementName());
        assertThat(error.getApplicationConditionNamespaceURI()).isEqualTo("urn:svgroups:errors:0");
        assertThat(error.getElement().element(condition.elementName()).attributeValue("option")).isEqualTo("x");
    }
}
