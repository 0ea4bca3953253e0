package org.referraldesk.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import org.h2.mvstore.MVStoreTool;
import org.referraldesk.service.SampleData;
import org.referraldesk.store.Store;

/** Real desk files on disk for the damaged-file rules: filled, closed cleanly, then harmed as disks harm files. */
public final class DeskFiles {
    private DeskFiles() {
    }

    /** A desk at {@code dir/desk.mv.db} with the sample stories and contacts, closed cleanly; returns the .mv.db. */
    public static Path filled(Path dir) {
        Path base = dir.resolve("desk");
        try (Store store = Store.open(base)) {
            new SampleData(store, TempDesk.CLOCK).fill();
        }
        Path file = dir.resolve("desk.mv.db");
        // every block live, so noise in the middle lands on the desk's data, not on free space
        MVStoreTool.compact(file.toString(), false);
        return file;
    }

    /** Overwrites {@code length} bytes in the middle of the file with noise, as a bad sector would. */
    public static void overwriteMiddle(Path file, int length) throws IOException {
        byte[] noise = new byte[length];
        new Random(13).nextBytes(noise);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(raf.length() / 2 - length / 2);
            raf.write(noise);
        }
    }

    /** Cuts the file to half its length, as an interrupted copy would. */
    public static void cutInHalf(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() / 2);
        }
    }

    /** The SHA-256 of the file's bytes. */
    public static String hash(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
