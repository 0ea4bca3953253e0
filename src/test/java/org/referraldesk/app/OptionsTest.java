package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsTest {
    private static final Path HOME = Path.of("/home/owner");

    @Test
    void theDbOptionChoosesTheDatabaseFile() {
        assertEquals(Path.of("/tmp/desk"), Options.parse("--db", "/tmp/desk").databaseOrDefault());
        assertEquals(Path.of("/tmp/desk"), Options.parse("--db=/tmp/desk").databaseOrDefault());
    }

    @Test
    void aMissingDbPathOrAnUnknownOptionIsRefusedWithAMessage() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Options.parse("--db")).getMessage()
                .contains("--db needs"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Options.parse("--dbx")).getMessage()
                .contains("Unknown option --dbx"));
    }

    @Test
    void linuxKeepsTheDataInTheXdgDataFolder() {
        assertEquals(Path.of("/data/referral-desk"), DataFolder.of("Linux", Map.of("XDG_DATA_HOME", "/data"), HOME));
        assertEquals(HOME.resolve(".local/share/referral-desk"), DataFolder.of("Linux", Map.of(), HOME));
    }

    @Test
    void windowsKeepsTheDataInAppDataAndMacInApplicationSupport() {
        assertEquals(Path.of("C:/Users/o/AppData/Roaming").resolve("ReferralDesk"),
                DataFolder.of("Windows 11", Map.of("APPDATA", "C:/Users/o/AppData/Roaming"), HOME));
        assertEquals(HOME.resolve("Library/Application Support/ReferralDesk"), DataFolder.of("Mac OS X", Map.of(), HOME));
    }
}
