package org.svgroups.core.links;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret of an invite link: {@value #BYTES} random bytes (128 bits) from a {@link SecureRandom}, written in
 * unpadded base64url (22 characters). The server keeps only its SHA-256 (hex), so that neither a database dump nor
 * the console can give a working link; the creator sees the token once, in the answer to the creation.
 */
public final class LinkToken {

    public static final int BYTES = 16;
    /** 22 base64url characters: the form {@link #generate} writes, and the only one a join may carry. */
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final int ID_BYTES = 8;

    private final SecureRandom random;

    public LinkToken(SecureRandom random) {
        this.random = random;
    }

    /** A new token. */
    public String generate() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(BYTES));
    }

    /** A new public id for a link (16 hex digits): what lists show and revocations name, unrelated to the token. */
    public String newId() {
        return HexFormat.of().formatHex(bytes(ID_BYTES));
    }

    /** Whether a presented token has the form of one: anything else is refused before any lookup. */
    public static boolean isWellFormed(String token) {
        return token != null && FORM.matcher(token).matches();
    }

    /** The SHA-256 of the token, in 64 lower-case hex digits: what the store keeps and looks up. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private byte[] bytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }
}
