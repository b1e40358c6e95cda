package org.svgroups.core.archive;

import java.util.Set;

/**
 * Which group messages the archive keeps: those with something to read later, a body, a share or an end-to-end
 * encrypted payload (kept as it is: the server cannot read it), unless the sender asked for no storage
 * (XEP-0334 {@code <no-store/>} or {@code <no-permanent-store/>}); a {@code <store/>} hint keeps any message.
 * Retractions (XEP-0424) are kept whatever their hints: the archive MUST keep them, so that a client that had the
 * message learns of the retraction on catching up. Chat states, receipts and markers alone are not kept.
 *
 * <p>The caller tells the message's children one by one while it walks them anyway ({@link Children}): this runs
 * for every message a group delivers, so nothing is built per child.
 */
public final class ArchivableMessageRule {

    static final String HINTS = "urn:xmpp:hints";
    private static final String RETRACTIONS = "urn:xmpp:message-retract:1";
    /** Payloads worth keeping without a body: shares, OMEMO (legacy and 2), OpenPGP (XEP-0373 and legacy). */
    private static final Set<String> KEPT_PAYLOADS = Set.of("urn:svgroups:share:0", "eu.siacs.conversations.axolotl",
            "urn:xmpp:omemo:2", "urn:xmpp:openpgp:0", "jabber:x:encrypted");

    private ArchivableMessageRule() {
    }

    /** What a message's child elements say about keeping it, told in any order. */
    public static final class Children {

        private boolean retraction;
        private boolean noStore;
        private boolean store;
        private boolean payload;

        /**
         * @param namespace the child's namespace URI ("" for none)
         * @param name      its local name
         */
        public void add(String namespace, String name) {
            switch (namespace) {
                case RETRACTIONS -> retraction |= "retract".equals(name);
                case HINTS -> {
                    noStore |= "no-store".equals(name) || "no-permanent-store".equals(name);
                    store |= "store".equals(name);
                }
                default -> payload |= KEPT_PAYLOADS.contains(namespace);
            }
        }

        /** @param hasBody whether the message has a non-empty {@code <body/>} */
        public boolean archives(boolean hasBody) {
            if (retraction) {
                return true;
            }
            if (noStore) {
                return false;
            }
            return hasBody || store || payload;
        }
    }
}
