package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {
    private static final Path HOME = Path.of("/home/owner");

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
