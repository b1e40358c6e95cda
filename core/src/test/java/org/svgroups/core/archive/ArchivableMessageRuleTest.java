package org.svgroups.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ArchivableMessageRuleTest {

    @Test
    void bodiesSharesAndEncryptedPayloadsAreKeptChatStatesAloneAreNot() {
        assertThat(ArchivableMessageRule.archives(true, Set.of())).isTrue();
        assertThat(ArchivableMessageRule.archives(false, Set.of("eu.siacs.conversations.axolotl encrypted"))).isTrue();
        assertThat(ArchivableMessageRule.archives(false, Set.of("urn:xmpp:omemo:2 encrypted"))).isTrue();
        assertThat(ArchivableMessageRule.archives(false, Set.of("urn:svgroups:share:0 share"))).isTrue();
        assertThat(ArchivableMessageRule.archives(false, Set.of("http://jabber.org/protocol/chatstates composing",
                "urn:xmpp:sid:0 stanza-id"))).isFalse();
    }

    @Test
    void storageHintsDecide() {
        assertThat(ArchivableMessageRule.archives(true, Set.of("urn:xmpp:hints no-store"))).isFalse();
        assertThat(ArchivableMessageRule.archives(true, Set.of("urn:xmpp:hints no-permanent-store"))).isFalse();
        assertThat(ArchivableMessageRule.archives(false, Set.of("urn:xmpp:hints store"))).isTrue();
    }

    @Test
    void retractionsAreKeptWithOrWithoutAFallbackBodyWhateverTheirHints() {
        assertThat(ArchivableMessageRule.archives(false, Set.of("urn:xmpp:message-retract:1 retract"))).isTrue();
        assertThat(ArchivableMessageRule.archives(true, Set.of("urn:xmpp:message-retract:1 retract",
                "urn:xmpp:hints no-store"))).isTrue();
        // A tombstone's element, or a retraction of another version, is no retraction.
        assertThat(ArchivableMessageRule.archives(false, Set.of("urn:xmpp:message-retract:1 retracted"))).isFalse();
        assertThat(ArchivableMessageRule.archives(false, Set.of("urn:xmpp:message-retract:0 retract"))).isFalse();
    }
}
