package org.referraldesk.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.referraldesk.domain.InvalidInput;

/**
 * A backup file (.rdbackup): a zip holding {@value #MANIFEST} (what the backup is, when, which
 * schema, how many rows, and the SHA-256 of the document) and {@value #DOCUMENT}, the full JSON
 * export. Restoring takes either a backup or a bare JSON export.
 */
public final class BackupArchive {
    public static final String MANIFEST = "manifest.json";
    public static final String DOCUMENT = "referral-desk.json";
    public static final String FORMAT = "referral-desk-backup";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonExport json = new JsonExport();
    private final BackupLock lock;

    /** For a desk without a password: backups are written open, and a protected backup is refused. */
    public BackupArchive() {
        this(null);
    }

    /**
     * For a desk protected with a password: {@code secret} (the desk's key, null for none) seals the
     * document of every backup written, and opens protected backups read. The manifest stays
     * readable (times and counts only, no names), so a folder of backups lists without the password.
     */
    public BackupArchive(String secret) {
        this.lock = secret == null ? null : new BackupLock(secret);
    }

    /** Writes the backup of {@code document} to {@code out}; {@code appVersion} names the build that made it. */
    public void write(ExportDocument document, String appVersion, OutputStream out) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        json.write(document, body);
        ObjectNode manifest = JSON.createObjectNode();
        ObjectNode protection = JSON.createObjectNode();
        byte[] bytes = lock == null ? body.toByteArray() : lock.seal(body.toByteArray(), protection);
        manifest.put("format", FORMAT);
        manifest.put("formatVersion", 1);
        manifest.put("createdAt", document.exportedAt().toString());
        manifest.put("createdBy", appVersion);
        manifest.put("schemaVersion", document.schemaVersion());
        manifest.put("rows", document.rowCount());
        manifest.put("stories", document.rowsOf("referral"));
        manifest.put("contacts", document.rowsOf("contact"));
        manifest.put("document", DOCUMENT);
        manifest.put("sha256", sha256(bytes));
        if (lock != null) {
            manifest.set("protection", protection);
        }
        FileTime time = FileTime.from(document.exportedAt());
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(entry(MANIFEST, time));
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
        zip.putNextEntry(entry(DOCUMENT, time));
        zip.write(bytes);
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    private static ZipEntry entry(String name, FileTime time) {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(time);
        return entry;
    }

    /** Reads a backup (zip) or a bare JSON export; a damaged backup is refused whole. */
    public ExportDocument read(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
            return readZip(bytes);
        }
        return json.read(new ByteArrayInputStream(bytes));
    }

    private ExportDocument readZip(byte[] bytes) throws IOException {
        byte[] manifest = null;
        byte[] document = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(MANIFEST)) {
                    manifest = zip.readAllBytes();
                } else if (entry.getName().equals(DOCUMENT)) {
                    document = zip.readAllBytes();
                }
            }
        } catch (ZipException e) {
            throw new InvalidInput("file", "backup.damaged", e.getMessage());
        }
        if (manifest == null || document == null) {
            throw new InvalidInput("file", "backup.notBackup", MANIFEST, DOCUMENT);
        }
        JsonNode about;
        try {
            about = JSON.readTree(manifest);
        } catch (IOException e) {
            throw new InvalidInput("file", "backup.manifestDamaged");
        }
        if (!FORMAT.equals(about.path("format").asText())) {
            throw new InvalidInput("file", "backup.otherFormat");
        }
        if (!sha256(document).equals(about.path("sha256").asText())) {
            throw new InvalidInput("file", "backup.checksum");
        }
        JsonNode protection = about.path("protection");
        if (!protection.isMissingNode()) {
            if (lock == null) {
                throw new InvalidInput("file", "backup.protected");
            }
            document = lock.open(document, protection);
        }
        return json.read(new ByteArrayInputStream(document));
    }

    /** The manifest of a backup, without reading its document; a file that is not a backup is refused. */
    public BackupManifest manifest(InputStream in) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(MANIFEST)) {
                    JsonNode about = JSON.readTree(zip.readAllBytes());
                    if (!FORMAT.equals(about.path("format").asText())) {
                        throw new InvalidInput("file", "backup.otherFormat");
                    }
                    return new BackupManifest(java.time.Instant.parse(about.path("createdAt").asText()),
                            about.path("schemaVersion").asText(), about.path("rows").asInt(),
                            about.path("stories").asInt(-1), about.path("contacts").asInt(-1));
                }
            }
        } catch (ZipException | java.time.format.DateTimeParseException e) {
            throw new InvalidInput("file", "backup.manifestDamaged");
        }
        throw new InvalidInput("file", "backup.notBackup", MANIFEST, DOCUMENT);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
