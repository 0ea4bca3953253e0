package org.referraldesk.cli;

import java.nio.file.Path;

/** Opens the window on a database when no command is given; returns the exit code once it closes. */
@FunctionalInterface
public interface WindowOpener {
    int open(Path database);
}
