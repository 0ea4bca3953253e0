package org.referraldesk.store;

import java.util.HashMap;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.SFChunk;
import org.h2.mvstore.SingleFileStore;

/**
 * H2's own single-file store, opened read-only, with H2's own chunk checks made reachable: every chunk
 * the store's layout lists must have its header and checksummed footer where the layout says, inside
 * the file, and the chunk H2 settles on must not be older than the one the file header names (a file
 * cut short makes H2 fall back silently to an older chunk set).
 */
final class CheckedFileStore extends SingleFileStore {
    private static final int BLOCK = 4096;

    CheckedFileStore() {
        super(new HashMap<>());
    }

    /** The first chunk that does not read whole, or null when every chunk does. */
    String firstBrokenChunk() {
        long blocksInFile = size() / BLOCK;
        for (SFChunk chunk : getChunksFromLayoutMap()) {
            if (chunk.block + chunk.len > blocksInFile) {
                return "chunk " + chunk.id + " ends after the end of the file";
            }
            if (readChunkHeaderAndFooter(chunk.block, chunk.id) == null) {
                return "chunk " + chunk.id + " has no valid header and footer";
            }
        }
        long promised = DataUtils.readHexLong(getStoreHeader(), "version", 0);
        SFChunk last = lastChunk;
        if (last != null && last.version < promised) {
            return "the newest chunk (version " + promised + ") is missing";
        }
        return null;
    }

    /** Whether H2 marked the file as closed cleanly (its own crash marker: removed at the first write). */
    boolean closedCleanly() {
        return DataUtils.readHexLong(getStoreHeader(), "clean", 0) != 0;
    }

}
