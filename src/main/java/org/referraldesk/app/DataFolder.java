package org.referraldesk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the database and the log live by default, per operating system. */
final class DataFolder {
    private DataFolder() {
    }

    /** The desk a start without --db opens: "referral-desk" in this computer's data folder. */
    static Path defaultDesk() {
        return forThisComputer().resolve("referral-desk");
    }

    static Path forThisComputer() {
        return of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** Linux: $XDG_DATA_HOME/referral-desk; Windows: %APPDATA%\ReferralDesk; macOS: Application Support. */
    static Path of(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming"))
                    .resolve("ReferralDesk");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("ReferralDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("referral-desk");
    }
}
