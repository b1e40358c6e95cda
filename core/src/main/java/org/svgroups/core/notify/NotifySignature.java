package org.svgroups.core.notify;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a body for the app's backend: HMAC-SHA256 of the exact body bytes with the shared secret (UTF-8), in lower
 * case hex, sent as {@value #HEADER}{@code : sha256=<hex>}. The body holds its own sending time and batch id, so
 * the signature covers them too.
 */
public final class NotifySignature {

    public static final String HEADER = "X-Svgroups-Signature";
    public static final String PREFIX = "sha256=";
    private static final String ALGORITHM = "HmacSHA256";

    private NotifySignature() {
    }

    /** The header's value for this body. */
    public static String sign(String secret, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(hmac(secret, body));
    }

    /** Whether the header's value is this body's signature, compared in constant time. */
    public static boolean verify(String secret, byte[] body, String header) {
        if (header == null) {
            return false;
        }
        return java.security.MessageDigest.isEqual(sign(secret, body).getBytes(StandardCharsets.US_ASCII),
                header.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hmac(String secret, byte[] body) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("no secret to sign with");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // Every Java platform has HmacSHA256, and any non-empty key is valid for it.
            throw new IllegalStateException(e);
        }
    }
}
