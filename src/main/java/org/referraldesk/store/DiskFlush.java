package org.referraldesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Asks the operating system to put a file (or a folder's entries) on the disk now, before a rename relies on it. */
final class DiskFlush {
    private DiskFlush() {
    }

    static void force(Path path) {
        try (FileChannel channel = FileChannel.open(path, Files.isDirectory(path)
                ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            // some systems (Windows) cannot open a folder; the rename is still atomic there
        }
    }
}
