package org.referraldesk.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.referraldesk.domain.DataTable;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.OwnerOnly;
import org.referraldesk.domain.RowSink;

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
        write(document.formatVersion(), document.schemaVersion(), document.exportedAt(), sink -> {
            for (DataTable table : document.tables()) {
                sink.table(table.name(), table.columns());
                table.rows().forEach(sink::row);
            }
        }, appVersion, out, null);
    }

    /** Rows to back up, handed to the sink table by table. */
    public interface Rows {
        void writeTo(RowSink sink) throws IOException;
    }

    /** What a backup holds: every row, the stories and the contacts among them. */
    public record Written(int rows, int stories, int contacts) {
    }

    /**
     * Writes a backup of {@code rows} to {@code out} as they come: the (sealed) document goes first
     * into a file of its own in {@code scratch} (owner-only, removed afterwards; the system's
     * temporary folder when null), which gives the manifest its counts and checksum; then the zip
     * is written, manifest first, as it always was.
     */
    public Written write(int formatVersion, String schemaVersion, Instant exportedAt, Rows rows, String appVersion,
            OutputStream out, Path scratch) throws IOException {
        Path temp = scratch == null ? Files.createTempFile(".referral-desk-", ".document")
                : Files.createTempFile(scratch, ".referral-desk-", ".document");
        try {
            OwnerOnly.restrictFile(temp);
            MessageDigest sha = sha256();
            ObjectNode protection = JSON.createObjectNode();
            JsonExport.Writer document;
            try (OutputStream file = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)), sha);
                    OutputStream body = lock == null ? file : lock.sealing(file, protection)) {
                document = json.writer(body, formatVersion, schemaVersion, exportedAt);
                try (JsonExport.Writer writer = document) {
                    rows.writeTo(writer);
                }
            }
            ObjectNode manifest = JSON.createObjectNode();
            manifest.put("format", FORMAT);
            manifest.put("formatVersion", 1);
            manifest.put("createdAt", exportedAt.toString());
            manifest.put("createdBy", appVersion);
            manifest.put("schemaVersion", schemaVersion);
            manifest.put("rows", document.rowCount());
            manifest.put("stories", document.rowsOf("referral"));
            manifest.put("contacts", document.rowsOf("contact"));
            manifest.put("document", DOCUMENT);
            manifest.put("sha256", HexFormat.of().formatHex(sha.digest()));
            if (lock != null) {
                manifest.set("protection", protection);
            }
            FileTime time = FileTime.from(exportedAt);
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            zip.putNextEntry(entry(MANIFEST, time));
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.putNextEntry(entry(DOCUMENT, time));
            Files.copy(temp, zip);
            zip.closeEntry();
            zip.finish();
            zip.flush();
            return new Written(document.rowCount(), document.rowsOf("referral"), document.rowsOf("contact"));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static ZipEntry entry(String name, FileTime time) {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(time);
        return entry;
    }

    /** Reads a backup (zip) or a bare JSON export whole; a damaged backup is refused whole. */
    public ExportDocument read(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
            Path temp = Files.createTempFile(".referral-desk-", ".rdbackup");
            try {
                OwnerOnly.restrictFile(temp);
                Files.write(temp, bytes);
                return read(temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
        return json.read(new ByteArrayInputStream(bytes));
    }

    /** Reads the backup or bare JSON export {@code file} whole. */
    public ExportDocument read(Path file) throws IOException {
        JsonExport.Collecting whole = new JsonExport.Collecting();
        read(file, whole);
        return whole.document();
    }

    /**
     * Reads the backup or bare JSON export {@code file} as it comes, handing each row to
     * {@code reading}; the document's checksum is checked when it has been read (a backup whose
     * bytes changed is refused then, before the caller puts anything in place). A damaged backup,
     * one of another format, or a protected one without the right password is refused.
     */
    public void read(Path file, JsonExport.Reading reading) throws IOException {
        if (!isZip(file)) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                json.read(in, reading);
            }
            return;
        }
        try (ZipFile zip = open(file)) {
            JsonNode about = about(zip);
            MessageDigest sha = sha256();
            InputStream stored = new DigestInputStream(new BufferedInputStream(
                    zip.getInputStream(zip.getEntry(DOCUMENT)), 64 * 1024), sha);
            try {
                InputStream document = plain(stored, about);
                json.read(document, reading);
                drain(document);
            } catch (InvalidInput refused) {
                drain(stored);
                checksum(sha, about);
                throw refused;
            }
            drain(stored);
            checksum(sha, about);
        } catch (ZipException e) {
            throw new InvalidInput("file", "backup.damaged", e.getMessage());
        }
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(2);
            return start.length == 2 && start[0] == 'P' && start[1] == 'K';
        }
    }

    private static ZipFile open(Path file) throws IOException {
        try {
            return new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new InvalidInput("file", "backup.damaged", e.getMessage());
        }
    }

    private static JsonNode about(ZipFile zip) throws IOException {
        ZipEntry manifest = zip.getEntry(MANIFEST);
        if (manifest == null || zip.getEntry(DOCUMENT) == null) {
            throw new InvalidInput("file", "backup.notBackup", MANIFEST, DOCUMENT);
        }
        JsonNode about;
        try (InputStream in = zip.getInputStream(manifest)) {
            about = JSON.readTree(in);
        } catch (IOException e) {
            throw new InvalidInput("file", "backup.manifestDamaged");
        }
        if (about == null || !FORMAT.equals(about.path("format").asText())) {
            throw new InvalidInput("file", "backup.otherFormat");
        }
        return about;
    }

    /** The document's plain JSON as it comes, from its stored (maybe sealed) bytes. */
    private InputStream plain(InputStream stored, JsonNode about) throws IOException {
        JsonNode protection = about.path("protection");
        if (protection.isMissingNode()) {
            return stored;
        }
        if (lock == null) {
            throw new InvalidInput("file", "backup.protected");
        }
        return new BufferedInputStream(lock.opening(stored, protection), 64 * 1024);
    }

    private static void drain(InputStream document) throws IOException {
        document.transferTo(OutputStream.nullOutputStream());
    }

    private static void checksum(MessageDigest sha, JsonNode about) {
        if (!HexFormat.of().formatHex(sha.digest()).equals(about.path("sha256").asText())) {
            throw new InvalidInput("file", "backup.checksum");
        }
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
