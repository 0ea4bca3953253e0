package org.referraldesk.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.DataTable;
import org.referraldesk.domain.InvalidInput;

class SealedBackupTest {
    private static final String KEY = "correct horse battery staple";
    private static final Instant AT = Instant.parse("2026-03-10T08:00:00Z");

    @TempDir
    Path dir;

    /** Enough rows for a document of several sealed chunks. */
    private static ExportDocument document() {
        List<List<Object>> rows = new ArrayList<>();
        for (long i = 1; i <= 3_000; i++) {
            rows.add(List.of(i, "Partner number " + i + " who sends plumbing jobs"));
        }
        return ExportDocument.of("10", AT, List.of(new DataTable("contact", List.of("id", "name"), rows)));
    }

    @Test
    void aProtectedBackupOfManyChunksReadsBackTheSameRows() throws Exception {
        Path file = dir.resolve("desk.rdbackup");
        try (OutputStream out = Files.newOutputStream(file)) {
            new BackupArchive(KEY).write(document(), "test", out);
        }
        ExportDocument read = new BackupArchive(KEY).read(file);
        assertEquals(document().tables().get(0).rows(), read.tables().get(0).rows());
        assertEquals("backup.wrongPassword", assertThrows(InvalidInput.class,
                () -> new BackupArchive("another password entirely").read(file)).key());
    }

    @Test
    void aProtectedBackupSealedWholeAsBeforeStreamingStillRestores() throws Exception {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new JsonExport().write(document(), json);
        ObjectNode protection = new ObjectMapper().createObjectNode();
        byte[] sealed = new BackupLock(KEY).seal(json.toByteArray(), protection);
        ObjectNode manifest = new ObjectMapper().createObjectNode();
        manifest.put("format", BackupArchive.FORMAT);
        manifest.put("formatVersion", 1);
        manifest.put("createdAt", AT.toString());
        manifest.put("sha256", java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(sealed)));
        manifest.set("protection", protection);
        Path file = dir.resolve("old.rdbackup");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry(BackupArchive.MANIFEST));
            zip.write(new ObjectMapper().writeValueAsBytes(manifest));
            zip.putNextEntry(new ZipEntry(BackupArchive.DOCUMENT));
            zip.write(sealed);
        }
        assertEquals(document().tables().get(0).rows(), new BackupArchive(KEY).read(file).tables().get(0).rows());
    }

    @Test
    void aChunkCutOffTheEndOfASealedDocumentIsRefused() throws Exception {
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        ObjectNode protection = new ObjectMapper().createObjectNode();
        try (OutputStream out = new BackupLock(KEY).sealing(sealed, protection)) {
            out.write(new byte[SealedChunks.CHUNK * 2 + 10]);
        }
        byte[] cut = java.util.Arrays.copyOf(sealed.toByteArray(), SealedChunks.CHUNK * 2 + 32);
        assertThrows(InvalidInput.class, () -> new BackupLock(KEY)
                .opening(new java.io.ByteArrayInputStream(cut), protection).readAllBytes());
        byte[] whole = new BackupLock(KEY).opening(new java.io.ByteArrayInputStream(sealed.toByteArray()), protection)
                .readAllBytes();
        assertEquals(SealedChunks.CHUNK * 2 + 10, whole.length);
    }
}
