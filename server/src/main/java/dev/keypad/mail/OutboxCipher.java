package dev.keypad.mail;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import dev.keypad.ServerKeys;

/**
 * Encrypts the secret (PIN or sign-in link) of a queued mail (ADR 8): AES-256-GCM under a key derived from a server key
 * version with HMAC-SHA-256 over a label of its own, with the mail's Message-ID as associated data,
 * so a ciphertext only opens in its own row. Thread-safe.
 */
public final class OutboxCipher {

    private static final byte[] LABEL = "keypad mail outbox".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ServerKeys keys;

    OutboxCipher(ServerKeys keys) {
        this.keys = keys;
    }

    /** A secret as stored: the key version and base64 of nonce and ciphertext. */
    public record Sealed(int keyVersion, String value) {
        @Override
        public String toString() {
            return "Sealed[keyVersion=" + keyVersion + "]";
        }
    }

    Sealed seal(String secret, String messageId) {
        int version = keys.currentVersion();
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] plain = secret.getBytes(StandardCharsets.UTF_8);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, version, nonce, messageId);
            byte[] sealed = cipher.doFinal(plain);
            byte[] stored = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
            return new Sealed(version, Base64.getEncoder().encodeToString(stored));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a queued mail's secret: " + e.getClass().getSimpleName(), e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /**
     * @throws IllegalStateException when the secret does not open with its key and Message-ID: the
     *     key version is gone, or the row was tampered with
     */
    String open(Sealed sealed, String messageId) {
        byte[] stored = Base64.getDecoder().decode(sealed.value());
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, sealed.keyVersion(), Arrays.copyOf(stored, NONCE_BYTES), messageId);
            byte[] plain = cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
            String secret = new String(plain, StandardCharsets.UTF_8);
            Arrays.fill(plain, (byte) 0);
            return secret;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The secret of mail " + messageId + " does not decrypt with server key version "
                    + sealed.keyVersion() + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private Cipher cipher(int mode, int version, byte[] nonce, String messageId) throws GeneralSecurityException {
        byte[] serverKey = keys.key(version);
        byte[] derived = null;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(serverKey, "HmacSHA256"));
            derived = mac.doFinal(LABEL);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(derived, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(messageId.getBytes(StandardCharsets.UTF_8));
            return cipher;
        } finally {
            Arrays.fill(serverKey, (byte) 0);
            if (derived != null) {
                Arrays.fill(derived, (byte) 0);
            }
        }
    }
}
