package org.referraldesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The disk holding the desk has no room: one line for the owner; reads still work (the desk opens read-only). */
public final class DiskFull extends UncheckedIOException implements org.referraldesk.domain.OwnersWords {
    DiskFull(Path file, Throwable cause) {
        super("The disk holding " + file.toAbsolutePath().getParent() + " is full: free some space, then try "
                + "again (reading and exporting to another disk still work).",
                cause instanceof IOException io ? io : new IOException(String.valueOf(cause), cause));
    }

    /** Whether {@code failure} (anywhere in its causes) says the disk is full. */
    static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String text = String.valueOf(t.getMessage());
            if (text.contains("No space left on device") || text.contains("not enough space on the disk")) {
                return true;
            }
        }
        return false;
    }
}
