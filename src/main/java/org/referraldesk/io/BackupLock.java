package org.referraldesk.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.referraldesk.domain.InvalidInput;

/**
 * The lock on a protected desk's backups: the document is sealed with AES-256-GCM under a key the
 * Java runtime derives from the desk's password (PBKDF2 with HMAC-SHA-256, a random salt per backup).
 * GCM's tag proves the password and the bytes at once: a wrong password or a changed byte is refused.
 */
final class BackupLock {
    static final String CIPHER = "AES-256-GCM";
    /** Sealed in chunks of {@link SealedChunks#CHUNK} bytes, each an AES-256-GCM message. */
    static final String CHUNKED = "AES-256-GCM-CHUNKED";
    private static final int ITERATIONS = 210_000;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String secret;

    BackupLock(String secret) {
        this.secret = secret;
    }

    /** What a reader needs to open the document again: the cipher, the key's derivation, salt and nonce. */
    private static void describe(ObjectNode about, String cipher, byte[] salt, byte[] nonce) {
        about.put("cipher", cipher);
        about.put("kdf", "PBKDF2WithHmacSHA256");
        about.put("iterations", ITERATIONS);
        about.put("salt", Base64.getEncoder().encodeToString(salt));
        about.put("nonce", Base64.getEncoder().encodeToString(nonce));
    }

    /** Seals {@code plain}, writing salt, nonce and parameters into {@code about} (the manifest's "protection"). */
    byte[] seal(byte[] plain, ObjectNode about) {
        byte[] salt = random(16);
        byte[] nonce = random(12);
        describe(about, CIPHER, salt, nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(salt, ITERATIONS), new GCMParameterSpec(TAG_BITS, nonce));
            return cipher.doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The sealed document written as it comes, in chunks ({@link SealedChunks}); the parameters go into {@code about}. */
    java.io.OutputStream sealing(java.io.OutputStream out, ObjectNode about) {
        byte[] salt = random(16);
        byte[] nonce = random(12);
        describe(about, CHUNKED, salt, nonce);
        about.put("chunkSize", SealedChunks.CHUNK);
        try {
            return SealedChunks.sealing(out, key(salt, ITERATIONS), nonce);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is part of every Java runtime", e);
        }
    }

    /**
     * The document {@code sealed} holds, read as it comes: chunk by chunk when sealed so, whole (one
     * GCM message, as backups before streaming were) otherwise; a wrong password is refused.
     */
    java.io.InputStream opening(java.io.InputStream sealed, JsonNode about) throws java.io.IOException {
        if (CIPHER.equals(about.path("cipher").asText())) {
            return new java.io.ByteArrayInputStream(open(sealed.readAllBytes(), about));
        }
        if (!CHUNKED.equals(about.path("cipher").asText()) || about.path("chunkSize").asInt() != SealedChunks.CHUNK) {
            throw new InvalidInput("file", "backup.otherFormat");
        }
        byte[] salt = Base64.getDecoder().decode(about.path("salt").asText());
        byte[] nonce = Base64.getDecoder().decode(about.path("nonce").asText());
        try {
            return SealedChunks.opening(sealed, key(salt, about.path("iterations").asInt(ITERATIONS)), nonce);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is part of every Java runtime", e);
        }
    }

    /** Opens what {@link #seal} sealed, with the parameters {@code about} holds; a wrong password is refused. */
    byte[] open(byte[] sealed, JsonNode about) {
        if (!CIPHER.equals(about.path("cipher").asText())) {
            throw new InvalidInput("file", "backup.otherFormat");
        }
        byte[] salt = Base64.getDecoder().decode(about.path("salt").asText());
        byte[] nonce = Base64.getDecoder().decode(about.path("nonce").asText());
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(salt, about.path("iterations").asInt(ITERATIONS)),
                    new GCMParameterSpec(TAG_BITS, nonce));
            return cipher.doFinal(sealed);
        } catch (AEADBadTagException e) {
            throw new InvalidInput("file", "backup.wrongPassword");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private SecretKeySpec key(byte[] salt, int iterations) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), salt, iterations, 256);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new SecretKeySpec(key, "AES");
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
