package org.referraldesk.cli;

import java.nio.file.Path;

/** Protects a closed desk with a password, changes it, or removes it (the app does it on the store). */
@FunctionalInterface
public interface DeskKeys {
    /** From {@code current} (null when the desk has none) to {@code next} (null removes the password). */
    void change(Path database, String current, String next);
}
