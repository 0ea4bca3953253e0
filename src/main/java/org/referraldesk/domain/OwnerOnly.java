package org.referraldesk.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Private by default: the desk's files (database, backups, log, exports) are readable by the owner
 * only, 0600, and the folders Referral Desk creates for them 0700, where the file system has POSIX
 * modes; elsewhere (Windows) nothing changes. A folder that already existed (a home folder, /tmp)
 * keeps its mode: only the folders made here are closed.
 */
public final class OwnerOnly {
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    /** Creates {@code folder} and any missing parents, each of them 0700; existing ones are left as they are. */
    public static void createFolders(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Deque<Path> missing = new ArrayDeque<>();
        for (Path at = absolute; at != null && !Files.exists(at); at = at.getParent()) {
            missing.push(at);
        }
        try {
            for (Path each : missing) {
                try {
                    Files.createDirectory(each, attributes(each.getParent(), FOLDER));
                    restrict(each, FOLDER);
                } catch (FileAlreadyExistsException raced) {
                    // made meanwhile by someone else: left as it is
                }
            }
            if (!Files.isDirectory(absolute)) {
                throw new IOException(absolute + " is not a folder");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The folder " + absolute + " could not be created: " + e.getMessage(), e);
        }
    }

    /** Makes the file readable and writable by the owner only (0600); nothing where there are no POSIX modes. */
    public static void restrictFile(Path file) {
        try {
            restrict(file, FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("The file " + file + " could not be made private: " + e.getMessage(), e);
        }
    }

    /** Creates an empty file 0600 (and its missing folders 0700) unless it exists; an existing one is made 0600. */
    public static void createFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        createFolders(absolute.getParent());
        try {
            Files.createFile(absolute, attributes(absolute.getParent(), FILE));
        } catch (FileAlreadyExistsException exists) {
            // kept, and closed below
        } catch (IOException e) {
            throw new UncheckedIOException("The file " + absolute + " could not be created: " + e.getMessage(), e);
        }
        restrictFile(absolute);
    }

    /** Whether files in {@code folder} have POSIX modes. */
    public static boolean hasModes(Path folder) {
        return Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null;
    }

    private static void restrict(Path path, Set<PosixFilePermission> mode) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view != null && Files.exists(path)) {
            view.setPermissions(mode);
        }
    }

    private static FileAttribute<?>[] attributes(Path parent, Set<PosixFilePermission> mode) {
        return parent != null && hasModes(parent)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(mode)} : new FileAttribute<?>[0];
    }
}
