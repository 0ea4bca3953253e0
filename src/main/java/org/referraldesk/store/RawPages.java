package org.referraldesk.store;

import java.nio.ByteBuffer;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * Reads every page of every map of a read-only MVStore as plain bytes (the way H2's MVStoreTool
 * copies maps it does not know the types of), so H2 checks each page's length, check value and map.
 */
final class RawPages extends BasicDataType<byte[]> {
    private static final RawPages BYTES = new RawPages();

    private RawPages() {
    }

    /** Touches every page of every map; H2 throws when one does not read. */
    static long readAll(MVStore store) {
        long entries = 0;
        for (String name : store.getMapNames()) {
            MVMap<byte[], byte[]> map = store.openMap(name,
                    new MVMap.Builder<byte[], byte[]>().keyType(BYTES).valueType(BYTES));
            Cursor<byte[], byte[]> cursor = map.cursor(null);
            while (cursor.hasNext()) {
                cursor.next();
                entries++;
            }
        }
        return entries;
    }

    @Override
    public int getMemory(byte[] obj) {
        return obj == null ? 0 : obj.length;
    }

    @Override
    public boolean isMemoryEstimationAllowed() {
        return false;
    }

    @Override
    public byte[][] createStorage(int size) {
        return new byte[size][];
    }

    @Override
    public void write(WriteBuffer buff, byte[] obj) {
        throw new UnsupportedOperationException("read only");
    }

    @Override
    public byte[] read(ByteBuffer buff) {
        int length = buff.remaining();
        if (length == 0) {
            return null;
        }
        byte[] data = new byte[length];
        buff.get(data);
        return data;
    }

    @Override
    public int compare(byte[] one, byte[] two) {
        throw new UnsupportedOperationException("pages are walked in order, never searched");
    }
}
