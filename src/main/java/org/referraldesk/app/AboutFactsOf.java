package org.referraldesk.app;

import java.net.URI;
import java.nio.file.Path;
import org.referraldesk.ui.about.AboutFacts;

/** The About dialog's facts: the build info from the pom, this desk's folders and the running Java. */
final class AboutFactsOf {
    private AboutFactsOf() {
    }

    /**
     * The data folder holds the database file; the log folder is where the launcher pointed the log
     * (rd.logDir, beside the database), or the data folder when the desk was opened without it.
     */
    static AboutFacts of(AppInfo info, Path databaseFile) {
        Path dataFolder = databaseFile.toAbsolutePath().getParent();
        String logDir = System.getProperty("rd.logDir");
        Path logFolder = logDir == null || logDir.isBlank() ? dataFolder : Path.of(logDir);
        String runtime = System.getProperty("java.runtime.version", System.getProperty("java.version"))
                + " (" + System.getProperty("java.vendor", "") + ") on " + System.getProperty("os.name", "")
                + " " + System.getProperty("os.arch", "");
        return new AboutFacts(info.name(), info.version(), info.vendor(), info.copyright(), info.licence(),
                URI.create(info.licenceUrl()), info.licenceText(), dataFolder, logFolder, runtime);
    }
}
