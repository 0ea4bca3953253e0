package org.referraldesk.app;

import java.time.Clock;
import org.referraldesk.cli.Cli;

/** The command line wired to the real store and window: what {@code java -jar referral-desk.jar} runs. */
public final class CommandLineDesk {
    private CommandLineDesk() {
    }

    /** The command line at {@code clock} ("now" and the owner's zone); no command opens the window. */
    public static Cli at(Clock clock) {
        String version = AppInfo.load().nameAndVersion();
        return new Cli((db, password, when) -> StoreDesk.open(db, password, when, version),
                StoreDesk::changePassword, Launcher::openWindow, clock,
                DataFolder::defaultDesk, version);
    }
}
