package org.referraldesk.ui.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.referraldesk.ui.common.BackgroundTasks;

class AboutViewModelTest {
    private static final Path DATA = Path.of("/home/sam/.local/share/referral-desk");
    private static final Path LOGS = Path.of("/home/sam/logs");
    private static final AboutFacts FACTS = new AboutFacts("Referral Desk", "1.2.0", "Referral Desk",
            "Copyright 2026 Referral Desk", "Apache License 2.0", URI.create("https://www.apache.org/licenses/LICENSE-2.0"),
            "Apache License\nVersion 2.0, January 2004", DATA, LOGS, "17.0.15 (Debian) on Linux amd64");

    private final List<Throwable> failures = new ArrayList<>();
    private final BackgroundTasks tasks = new BackgroundTasks(Runnable::run, Runnable::run, failures::add);
    private final ResourceBundle text = ResourceBundle.getBundle("org.referraldesk.ui.about.messages");
    private final List<Object> opened = new ArrayList<>();
    private final List<String> clipboard = new ArrayList<>();

    private AboutViewModel aboutWith(SystemShell shell) {
        return new AboutViewModel(FACTS, tasks, shell, clipboard::add, text);
    }

    private SystemShell shell(boolean canOpen) {
        return new SystemShell() {
            @Override
            public boolean openFolder(Path folder) {
                opened.add(folder);
                return canOpen;
            }

            @Override
            public boolean browse(URI link) {
                opened.add(link);
                return canOpen;
            }
        };
    }

    @Test
    void theDialogNamesTheVersionTheVendorTheLicenceAndBothFolders() {
        AboutViewModel about = aboutWith(shell(true));

        assertEquals("Referral Desk 1.2.0", about.title());
        assertEquals("Copyright 2026 Referral Desk", about.copyright());
        assertEquals("Licensed under the Apache License 2.0", about.licence());
        assertEquals("https://www.apache.org/licenses/LICENSE-2.0", about.licenceLink());
        assertTrue(about.licenceText().startsWith("Apache License"));
        assertEquals(DATA.toString(), about.dataFolder());
        assertEquals(LOGS.toString(), about.logFolder());
        assertEquals("", about.statusProperty().get());
    }

    @Test
    void openingTheFoldersHandsThemToTheFileManager() {
        AboutViewModel about = aboutWith(shell(true));

        about.openDataFolder();
        about.openLogFolder();
        about.openLicenceLink();

        assertEquals(List.of(DATA, LOGS, URI.create("https://www.apache.org/licenses/LICENSE-2.0")), opened);
        assertEquals("", about.statusProperty().get());
        assertTrue(failures.isEmpty(), failures::toString);
    }

    @Test
    void aComputerWithoutAFileManagerIsToldWhereTheFolderIs() {
        AboutViewModel about = aboutWith(shell(false));

        about.openLogFolder();

        assertEquals("This computer has no file manager to open " + LOGS + "; the path above can be copied.",
                about.statusProperty().get());
    }

    @Test
    void aBrowserThatFailsIsReportedOnTheStatusLineNotAsACrash() {
        AboutViewModel about = aboutWith(new SystemShell() {
            @Override
            public boolean openFolder(Path folder) {
                return true;
            }

            @Override
            public boolean browse(URI link) throws Exception {
                throw new java.io.IOException("no browser");
            }
        });

        about.openLicenceLink();

        assertEquals("This computer has no browser to open https://www.apache.org/licenses/LICENSE-2.0.",
                about.statusProperty().get());
        assertTrue(failures.isEmpty(), failures::toString);
    }

    @Test
    void copyingTheDetailsPutsTheVersionTheFoldersAndTheJavaOnTheClipboard() {
        AboutViewModel about = aboutWith(shell(true));

        about.copyDetails();

        assertEquals(1, clipboard.size());
        String details = clipboard.get(0);
        assertTrue(details.startsWith("Referral Desk 1.2.0"), details);
        assertTrue(details.contains("Data folder: " + DATA), details);
        assertTrue(details.contains("Log folder: " + LOGS), details);
        assertTrue(details.contains("Java: 17.0.15 (Debian) on Linux amd64"), details);
        assertEquals("Copied the details to the clipboard.", about.statusProperty().get());
    }
}
