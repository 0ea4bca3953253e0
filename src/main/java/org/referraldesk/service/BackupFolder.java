package org.referraldesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.referraldesk.domain.BackupReason;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.io.BackupArchive;
import org.referraldesk.io.BackupManifest;
import org.referraldesk.domain.OwnerOnly;

/**
 * The {@code backups} folder beside a desk's database file, read without opening the desk. Its
 * automatic backups are named after the desk, the time and the reason
 * ({@code desk-2026-12-01-1230-daily.rdbackup}), so two desks in one folder keep apart.
 */
public final class BackupFolder {
    public static final String NAME = "backups";
    public static final String SUFFIX = ".rdbackup";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

    private final Path folder;
    private final String desk;

    /** A folder of backups of any desk. */
    public BackupFolder(Path folder) {
        this(folder, null);
    }

    private BackupFolder(Path folder, String desk) {
        this.folder = folder;
        this.desk = desk;
    }

    /** The backups folder of the database file {@code database} (desk.mv.db or desk), listing that desk's backups. */
    public static BackupFolder beside(Path database) {
        Path file = database.toAbsolutePath().normalize();
        String name = file.getFileName().toString();
        String desk = name.endsWith(".mv.db") ? name.substring(0, name.length() - ".mv.db".length()) : name;
        return new BackupFolder(file.resolveSibling(NAME), desk);
    }

    public Path path() {
        return folder;
    }

    /**
     * Every readable backup of this desk, newest first; a file that is not a backup is left out, and
     * so is an automatic backup of another desk. A half-written backup has a hidden temporary name
     * until it is whole, so it never lists.
     */
    public List<BackupFile> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupFile> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.getFileName().toString().endsWith(SUFFIX))::iterator) {
                read(file).filter(this::ours).ifPresent(found::add);
            }
        } catch (IOException e) {
            return List.of();
        }
        found.sort(Comparator.comparing(BackupFile::takenAt).reversed());
        return found;
    }

    public Optional<BackupFile> newest() {
        return list().stream().findFirst();
    }

    /** A new file name for a backup taken now for {@code why}, not yet used: desk-2026-12-01-1230-daily.rdbackup. */
    Path nameFor(BackupReason why, Clock clock) {
        String stem = (desk == null ? "referral-desk" : desk) + "-" + MINUTE.format(LocalDateTime.now(clock)) + "-"
                + why.word();
        Path file = folder.resolve(stem + SUFFIX);
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(stem + "-" + n + SUFFIX);
        }
        return file;
    }

    /** Creates the folder, readable by the owner only, if it is not there yet. */
    void create() {
        OwnerOnly.createFolders(folder);
    }

    private boolean ours(BackupFile backup) {
        return desk == null || backup.desk().map(desk::equals).orElse(true);
    }

    private static Optional<BackupFile> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            BackupManifest about = new BackupArchive().manifest(in);
            return Optional.of(new BackupFile(file, about.createdAt(), about.stories(), about.contacts()));
        } catch (IOException | InvalidInput e) {
            return Optional.empty();
        }
    }
}
