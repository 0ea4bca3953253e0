package org.referraldesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.io.BackupArchive;
import org.referraldesk.io.BackupManifest;

/** The {@code backups} folder beside a desk's database file, read without opening the desk. */
public final class BackupFolder {
    public static final String NAME = "backups";
    public static final String SUFFIX = ".rdbackup";

    private final Path folder;

    public BackupFolder(Path folder) {
        this.folder = folder;
    }

    /** The backups folder of the database file {@code database} (desk.mv.db or desk). */
    public static BackupFolder beside(Path database) {
        return new BackupFolder(database.toAbsolutePath().normalize().resolveSibling(NAME));
    }

    public Path path() {
        return folder;
    }

    /** Every readable backup, newest first; a file that is not a backup is left out. */
    public List<BackupFile> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupFile> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.getFileName().toString().endsWith(SUFFIX))::iterator) {
                read(file).ifPresent(found::add);
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

    private static Optional<BackupFile> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            BackupManifest about = new BackupArchive().manifest(in);
            return Optional.of(new BackupFile(file, about.createdAt(), about.stories(), about.contacts()));
        } catch (IOException | InvalidInput e) {
            return Optional.empty();
        }
    }
}
