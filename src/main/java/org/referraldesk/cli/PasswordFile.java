package org.referraldesk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.referraldesk.domain.InvalidInput;

/** A file whose first line is a desk's password (so it never appears in a command line or a process list). */
final class PasswordFile {
    /** The environment variable naming the password file when --password-file is not given. */
    static final String VARIABLE = "REFERRAL_DESK_PASSWORD_FILE";

    private PasswordFile() {
    }

    /** The password in {@code file}, or null when no file is named. */
    static String read(Path file) {
        if (file == null) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || lines.get(0).isEmpty()) {
                throw new InvalidInput("password", "password.fileEmpty", file.toString());
            }
            return lines.get(0);
        } catch (NoSuchFileException e) {
            throw new InvalidInput("password", "password.fileMissing", file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(Said.text("cli.passwordFile.unreadable", file.toString()), e);
        }
    }

    /** --password-file when given, else the file the environment names, else none. */
    static Path chosen(Path option, String environment) {
        if (option != null) {
            return option;
        }
        return environment == null || environment.isBlank() ? null : Path.of(environment);
    }
}
