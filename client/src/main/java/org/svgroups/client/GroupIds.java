package org.svgroups.client;

import java.security.SecureRandom;

import org.jxmpp.jid.parts.Localpart;
import org.jxmpp.stringprep.XmppStringprepException;

/**
 * Generates the opaque localparts of group JIDs. Ids are random so that they reveal nothing about the group (its
 * name is only in the room configuration) and cannot be guessed.
 */
public final class GroupIds {

    /** RFC 4648 base32 alphabet in lower case: valid in any localpart, unambiguous when read aloud. */
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    /** 12 base32 characters carry 60 random bits: collisions are negligible at any realistic group count. */
    public static final int LENGTH = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    private GroupIds() {
    }

    /**
     * Creates a fresh group id.
     *
     * @return {@value #LENGTH} lower-case base32 characters.
     */
    public static String newId() {
        char[] id = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }

    /**
     * Creates a fresh group id as a JID localpart.
     *
     * @return the new id.
     */
    public static Localpart newLocalpart() {
        try {
            return Localpart.from(newId());
        } catch (XmppStringprepException e) {
            // Cannot happen: the alphabet is plain ASCII letters and digits.
            throw new AssertionError(e);
        }
    }
}
