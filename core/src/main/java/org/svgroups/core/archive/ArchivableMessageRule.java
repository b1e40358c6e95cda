package org.svgroups.core.archive;

import java.util.Set;

/**
 * Which group messages the archive keeps: those with something to read later, a body, a share or an end-to-end
 * encrypted payload (kept as it is: the server cannot read it), unless the sender asked for no storage
 * (XEP-0334 {@code <no-store/>} or {@code <no-permanent-store/>}); a {@code <store/>} hint keeps any message.
 * Retractions (XEP-0424) are kept whatever their hints: the archive MUST keep them, so that a client that had the
 * message learns of the retraction on catching up. Chat states, receipts and markers alone are not kept.
 */
public final class ArchivableMessageRule {

    static final String HINTS = "urn:xmpp:hints";
    /** Payloads worth keeping without a body: shares, OMEMO (legacy and 2), OpenPGP (XEP-0373 and legacy). */
    private static final Set<String> KEPT_PAYLOADS = Set.of("urn:svgroups:share:0", "eu.siacs.conversations.axolotl",
            "urn:xmpp:omemo:2", "urn:xmpp:openpgp:0", "jabber:x:encrypted");
    private static final String RETRACTION = "urn:xmpp:message-retract:1 retract";

    private ArchivableMessageRule() {
    }

    /**
     * @param hasBody  whether the message has a non-empty {@code <body/>}
     * @param children the message's child elements, each as "namespace name" (for example "urn:xmpp:hints store")
     */
    public static boolean archives(boolean hasBody, Set<String> children) {
        if (children.contains(RETRACTION)) {
            return true;
        }
        if (children.contains(HINTS + " no-store") || children.contains(HINTS + " no-permanent-store")) {
            return false;
        }
        if (hasBody || children.contains(HINTS + " store")) {
            return true;
        }
        for (String child : children) {
            int space = child.indexOf(' ');
            if (space > 0 && KEPT_PAYLOADS.contains(child.substring(0, space))) {
                return true;
            }
        }
        return false;
    }
}
