package org.referraldesk.cli;

import org.referraldesk.service.Services;
import java.nio.file.Path;
import java.time.Clock;

/** Opens the database for one command (the app builds the store); throws {@link DeskUnavailable} when it cannot. */
@FunctionalInterface
public interface DeskOpener {
    /** {@code password} is the desk's password, or null when none was given. */
    Services open(Path database, String password, Clock clock);
}
