package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.testing.TempDesk;

class TraySettingsTest {
    @TempDir
    Path dir;

    @Test
    void theNextStartsBadgeShowsWhatTheLastReminderCheckCounted() {
        TempDesk desk = TempDesk.openIn(dir);
        assertEquals(0, desk.services().traySettings().lastDue(), "nothing counted before the first check");
        desk.services().traySettings().saveLastDue(7);
        desk.reopen();
        assertEquals(7, desk.services().traySettings().lastDue());
    }
}
