package org.referraldesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * Whether a desk's .mv.db file reads whole, asked before H2 opens it for writing: read-only, with H2's
 * own code (its header and chunk checks, every page of every map read). Nothing here writes.
 */
final class FileCheck {
    /** What the file was found to be. */
    enum Found { NONE, WHOLE, EMPTY, FOREIGN, DAMAGED, HELD }

    /** The finding and, for a whole file, whether H2 marked it closed cleanly. */
    record Finding(Found found, boolean closedCleanly, String why) {
        static Finding of(Found found, String why) {
            return new Finding(found, true, why);
        }
    }

    private static final int HEADER_BLOCKS = 2;
    private static final int BLOCK = 4096;

    private FileCheck() {
    }

    /** The quick check of every open: the file's headers, every chunk's header and footer, every page. */
    static Finding quick(Path file) {
        if (!Files.exists(file)) {
            return Finding.of(Found.NONE, "no file yet");
        }
        try {
            if (Files.size(file) == 0) {
                return Finding.of(Found.EMPTY, "0 bytes");
            }
            if (!startsLikeH2(file)) {
                return Finding.of(Found.FOREIGN, "not an H2 database");
            }
        } catch (IOException e) {
            return Finding.of(Found.DAMAGED, "unreadable: " + e.getMessage());
        }
        CheckedFileStore chunks = new CheckedFileStore();
        try (MVStore store = open(chunks, file)) {
            String broken = chunks.firstBrokenChunk();
            if (broken != null) {
                return Finding.of(Found.DAMAGED, broken);
            }
            RawPages.readAll(store);
            return new Finding(Found.WHOLE, chunks.closedCleanly(), "reads whole");
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                return Finding.of(Found.HELD, "held by another process");
            }
            return Finding.of(Found.DAMAGED, e.getMessage());
        } catch (RuntimeException e) {
            return Finding.of(Found.DAMAGED, String.valueOf(e));
        }
    }

    private static MVStore open(CheckedFileStore chunks, Path file) {
        chunks.open(file.toString(), true, null);
        try {
            return new MVStore.Builder().readOnly().adoptFileStore(chunks).open();
        } catch (RuntimeException e) {
            chunks.close();
            throw e;
        }
    }

    /** H2 begins its file with two header blocks "H:2,..."; a file with neither is someone else's. */
    private static boolean startsLikeH2(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            for (int block = 0; block < HEADER_BLOCKS; block++) {
                byte[] start = in.readNBytes(BLOCK);
                if (new String(start, 0, Math.min(3, start.length), StandardCharsets.ISO_8859_1).equals("H:2")) {
                    return true;
                }
            }
        }
        return false;
    }
}
