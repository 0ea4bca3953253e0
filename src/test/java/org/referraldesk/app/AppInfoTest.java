package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AppInfoTest {

    @Test
    void versionVendorAndCopyrightComeFromThePom() {
        AppInfo info = AppInfo.load();
        assertEquals("Referral Desk", info.name());
        assertTrue(info.version().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), info.version());
        assertEquals("Referral Desk", info.vendor());
        assertEquals("Copyright 2026 Referral Desk", info.copyright());
        assertEquals("Referral Desk " + info.version(), info.nameAndVersion());
        assertEquals("https://www.apache.org/licenses/LICENSE-2.0", info.licenceUrl());
        assertTrue(info.licenceText().contains("Apache License"), "the LICENSE text is in the build");
    }
}
