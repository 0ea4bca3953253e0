package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.testing.TempDesk;

/** The owner's own addresses, which an introduction email never takes for a client (issue 17). */
class OwnerEmailsTest {
    @TempDir
    Path dir;
    private TempDesk desk;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private OwnerSettings settings() {
        return desk.services().settings();
    }

    @Test
    void aNewDeskKnowsNoneOfTheOwnersAddresses() {
        assertEquals(List.of(), settings().ownerEmails());
    }

    @Test
    void severalAddressesAreKeptInOrderEachOnce() {
        settings().saveOwnerEmails(" maya@lindqvist-plumbing.example, Maya.Lindqvist@gmail.example;MAYA@lindqvist-plumbing.example ");
        assertEquals(List.of("maya@lindqvist-plumbing.example", "Maya.Lindqvist@gmail.example"), settings().ownerEmails());
    }

    @Test
    void oneBadAddressRefusesAllAndNothingChanges() {
        settings().saveOwnerEmails("maya@lindqvist-plumbing.example");
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> settings().saveOwnerEmails("maya@gmail.example, maya at home"));
        assertEquals("email.bad", refused.key());
        assertEquals(List.of("maya@lindqvist-plumbing.example"), settings().ownerEmails());
    }

    @Test
    void aBlankTextClearsThem() {
        settings().saveOwnerEmails("maya@lindqvist-plumbing.example");
        settings().saveOwnerEmails("  ");
        assertEquals(List.of(), settings().ownerEmails());
    }
}
