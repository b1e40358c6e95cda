package org.svgroups.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class ArchivableMessageRuleTest {

    /** @param children each as "namespace name" */
    private static boolean archives(boolean hasBody, String... children) {
        ArchivableMessageRule.Children told = new ArchivableMessageRule.Children();
        for (String child : children) {
            int space = child.lastIndexOf(' ');
            told.add(child.substring(0, space), child.substring(space + 1));
        }
        return told.archives(hasBody);
    }

    @Test
    void bodiesSharesAndEncryptedPayloadsAreKeptChatStatesAloneAreNot() {
        assertThat(archives(true)).isTrue();
        assertThat(archives(false)).isFalse();
        assertThat(archives(false, "eu.siacs.conversations.axolotl encrypted")).isTrue();
        assertThat(archives(false, "urn:xmpp:omemo:2 encrypted")).isTrue();
        assertThat(archives(false, "urn:xmpp:openpgp:0 openpgp")).isTrue();
        assertThat(archives(false, "jabber:x:encrypted x")).isTrue();
        assertThat(archives(false, "urn:svgroups:share:0 share")).isTrue();
        assertThat(archives(false, "http://jabber.org/protocol/chatstates composing", "urn:xmpp:sid:0 stanza-id",
                "urn:xmpp:receipts received", "urn:xmpp:chat-markers:0 displayed")).isFalse();
        // The payload's namespace decides, not its name; no namespace keeps nothing.
        assertThat(archives(false, "urn:xmpp:omemo:2 anything")).isTrue();
        assertThat(archives(false, " encrypted")).isFalse();
        assertThat(archives(false, "urn:xmpp:omemo:1 encrypted")).isFalse();
    }

    @Test
    void storageHintsDecide() {
        assertThat(archives(true, "urn:xmpp:hints no-store")).isFalse();
        assertThat(archives(true, "urn:xmpp:hints no-permanent-store")).isFalse();
        assertThat(archives(false, "urn:xmpp:hints store")).isTrue();
        assertThat(archives(false, "urn:xmpp:omemo:2 encrypted", "urn:xmpp:hints no-store")).isFalse();
        // A refusal of storage wins over a request for it, in either order.
        assertThat(archives(false, "urn:xmpp:hints store", "urn:xmpp:hints no-store")).isFalse();
        assertThat(archives(false, "urn:xmpp:hints no-store", "urn:xmpp:hints store")).isFalse();
        assertThat(archives(false, "urn:xmpp:hints no-copy")).isFalse();
        assertThat(archives(false, "urn:example:hints store")).isFalse();
    }

    @Test
    void retractionsAreKeptWithOrWithoutAFallbackBodyWhateverTheirHints() {
        assertThat(archives(false, "urn:xmpp:message-retract:1 retract")).isTrue();
        assertThat(archives(true, "urn:xmpp:message-retract:1 retract", "urn:xmpp:hints no-store")).isTrue();
        assertThat(archives(false, "urn:xmpp:hints no-store", "urn:xmpp:message-retract:1 retract")).isTrue();
        // A tombstone's element, or a retraction of another version, is no retraction.
        assertThat(archives(false, "urn:xmpp:message-retract:1 retracted")).isFalse();
        assertThat(archives(false, "urn:xmpp:message-retract:0 retract")).isFalse();
    }

    @Test
    void theOrderInWhichChildrenAreToldDoesNotMatter() {
        List<String> children = new ArrayList<>(List.of("urn:xmpp:sid:0 stanza-id", "urn:xmpp:hints store",
                "urn:xmpp:hints no-permanent-store", "urn:xmpp:message-retract:1 retract", "urn:xmpp:omemo:2 encrypted"));
        // Every subset, in two orders: the verdict of the set of names, as the rule has it.
        for (int mask = 0; mask < 1 << children.size(); mask++) {
            List<String> subset = new ArrayList<>();
            for (int i = 0; i < children.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    subset.add(children.get(i));
                }
            }
            for (boolean body : new boolean[] {false, true}) {
                boolean expected = subset.contains("urn:xmpp:message-retract:1 retract")
                        || !subset.contains("urn:xmpp:hints no-permanent-store")
                        && (body || subset.contains("urn:xmpp:hints store") || subset.contains("urn:xmpp:omemo:2 encrypted"));
                assertThat(archives(body, subset.toArray(String[]::new))).as("%s %s", body, subset).isEqualTo(expected);
                Collections.reverse(subset);
                assertThat(archives(body, subset.toArray(String[]::new))).as("%s %s", body, subset).isEqualTo(expected);
            }
        }
    }
}
