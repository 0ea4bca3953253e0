package org.referraldesk.app;

import java.time.Clock;
import org.referraldesk.cli.Cli;
import org.referraldesk.service.LanguageChoice;

/** The command line wired to the real store and window: what {@code java -jar referral-desk.jar} runs. */
public final class CommandLineDesk {
    private CommandLineDesk() {
    }

    /** The command line at {@code clock} ("now" and the owner's zone); no command opens the window. */
    public static Cli at(Clock clock) {
        return at(clock, LanguageChoice.in(DataFolder.forThisComputer()));
    }

    /** As {@link #at(Clock)}, with where the language choice is kept (a temp folder in tests). */
    public static Cli at(Clock clock, LanguageChoice language) {
        String version = AppInfo.load().nameAndVersion();
        return new Cli((db, password, when) -> StoreDesk.open(db, password, when, version),
                StoreDesk::changePassword, Launcher::openWindow, clock,
                DataFolder::defaultDesk, version, () -> language);
    }
}
