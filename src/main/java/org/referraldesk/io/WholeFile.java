package org.referraldesk.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.OwnerOnly;

/**
 * Writes a file whole or not at all: into a temporary file beside it, then moved over it (every
 * export, backup, calendar and PDF), readable by the owner only (0600). A missing folder or a
 * folder as the target is refused as input.
 */
public final class WholeFile {

    /** What goes into the file. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private WholeFile() {
    }

    public static void write(Path file, Content content) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InvalidInput("file", "file.noFolder", String.valueOf(folder));
        }
        if (Files.isDirectory(target)) {
            throw new InvalidInput("file", "file.isFolder", String.valueOf(target));
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, ".referral-desk-", ".part");
            OwnerOnly.restrictFile(temp);
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException(org.referraldesk.domain.Wording.forOwner("org.referraldesk.io.messages").format("file.notWritten",
                    target.toString(), String.valueOf(e.getMessage())), e);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temporary file stays behind; it is hidden and harmless
            }
        }
    }
}
