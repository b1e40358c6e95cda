package org.svgroups.core.notify;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Which messages may carry a text preview to the app's backend, and how long it is: only a plain message with a
 * body and no end-to-end encryption element (whose body is at best a fallback such as "I sent you an OMEMO
 * encrypted message", at worst something the sender meant to keep from the server), shortened to at most
 * {@link #maxCodePoints} code points, never splitting a character.
 */
public final class PreviewRule {

    /** Elements that mark a message as end-to-end encrypted (OMEMO 0.3 and 2, OpenPGP, legacy PGP, XEP-0380). */
    public static final Set<String> ENCRYPTION_NAMESPACES = Set.of(
            "eu.siacs.conversations.axolotl", "urn:xmpp:omemo:2", "urn:xmpp:openpgp:0", "jabber:x:encrypted",
            "urn:xmpp:eme:0");

    public static final int DEFAULT_MAX_CODE_POINTS = 100;
    private static final String ELLIPSIS = "…";

    private final int maxCodePoints;

    public PreviewRule(int maxCodePoints) {
        if (maxCodePoints < 2) {
            throw new IllegalArgumentException("a preview needs room for a character and the ellipsis");
        }
        this.maxCodePoints = maxCodePoints;
    }

    /** Whether any of the message's child element namespaces is an encryption one. */
    public static boolean isEncrypted(Collection<String> childNamespaces) {
        for (String namespace : childNamespaces) {
            if (ENCRYPTION_NAMESPACES.contains(namespace)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param body            the message's body, null when it has none
     * @param childNamespaces namespaces of the message's child elements
     * @return the preview: the body with white space runs made single spaces, cut with an ellipsis when too long;
     *         empty for an encrypted message or one without text
     */
    public Optional<String> preview(String body, Collection<String> childNamespaces) {
        if (body == null || isEncrypted(childNamespaces)) {
            return Optional.empty();
        }
        String text = body.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.codePointCount(0, text.length()) <= maxCodePoints) {
            return Optional.of(text);
        }
        int end = text.offsetByCodePoints(0, maxCodePoints - 1);
        return Optional.of(text.substring(0, end).stripTrailing() + ELLIPSIS);
    }
}
