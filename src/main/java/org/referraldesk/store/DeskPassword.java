package org.referraldesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The owner's password for an encrypted desk, as H2's file password: the SHA-256 of the typed text
 * in hex, so any text (spaces included) works, and the typed text itself is never kept. H2 then
 * derives the AES key from it with its own salted hashing.
 */
public final class DeskPassword {
    private static final byte[] H2_ENCRYPTED = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    private final String fileKey;

    private DeskPassword(String fileKey) {
        this.fileKey = fileKey;
    }

    /** The password the owner typed; blank is refused by the caller before this. */
    public static DeskPassword of(String typed) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("referral-desk:" + typed).getBytes(StandardCharsets.UTF_8));
            return new DeskPassword(HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether the file at {@code file} is an encrypted H2 database (H2 writes "H2encrypt" first). */
    public static boolean protects(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(H2_ENCRYPTED.length), H2_ENCRYPTED);
        } catch (IOException e) {
            return false;
        }
    }

    /** The password part of H2's "file-password user-password" (the user sa has none). */
    String connectionPassword() {
        return fileKey + " ";
    }

    /** The key H2's encrypting file system ({@code encrypt:KEY:path}) takes for backups. */
    public String fileKey() {
        return fileKey;
    }

    char[] h2FilePassword() {
        return fileKey.toCharArray();
    }

    @Override
    public String toString() {
        return "DeskPassword[hidden]";
    }
}
