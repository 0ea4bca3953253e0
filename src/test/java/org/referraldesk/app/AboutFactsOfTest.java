package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.referraldesk.ui.about.AboutFacts;

class AboutFactsOfTest {
    private final String logDirBefore = System.getProperty("rd.logDir");

    @AfterEach
    void restoreTheLogFolder() {
        if (logDirBefore == null) {
            System.clearProperty("rd.logDir");
        } else {
            System.setProperty("rd.logDir", logDirBefore);
        }
    }

    @Test
    void theAboutDialogShowsTheBuildInfoAndTheFolderOfTheDatabase() {
        System.clearProperty("rd.logDir");
        AppInfo info = AppInfo.load();

        AboutFacts facts = AboutFactsOf.of(info, Path.of("/srv/desk/referral-desk.mv.db"));

        assertEquals(info.name(), facts.name());
        assertEquals(info.version(), facts.version());
        assertEquals("Apache License 2.0", facts.licence());
        assertEquals(Path.of("/srv/desk"), facts.dataFolder());
        assertEquals(Path.of("/srv/desk"), facts.logFolder(), "without rd.logDir the log sits beside the database");
        assertTrue(facts.runtime().startsWith(System.getProperty("java.runtime.version")), facts.runtime());
    }

    @Test
    void theLogFolderIsWhereTheLauncherPointedTheLog() {
        System.setProperty("rd.logDir", "/var/log/desk");

        AboutFacts facts = AboutFactsOf.of(AppInfo.load(), Path.of("/srv/desk/referral-desk.mv.db"));

        assertEquals(Path.of("/var/log/desk"), facts.logFolder());
    }
}
