package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.referraldesk.testing.TempDesk.NOW;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Contact;
import org.referraldesk.testing.TempDesk;

class ContactDirectoryTest {
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

    @Test
    void anEmptyDeskKnowsNobody() {
        assertEquals(List.of(), new ContactDirectory(desk.store()).all());
    }

    @Test
    void everyoneInTheStoriesIsListedByName() {
        desk.referrals().record(NewReferral.of("grace Kim", "Owen Price", Channel.PHONE, null)
                .withEmails("grace@kimco.example", null).receivedAt(NOW.minusSeconds(60)));
        desk.referrals().record(NewReferral.of("Anna Keller", "Ben Okafor", Channel.PHONE, null)
                .receivedAt(NOW.minusSeconds(30)));

        List<Contact> all = new ContactDirectory(desk.store()).all();
        assertEquals(List.of("Anna Keller", "Ben Okafor", "grace Kim", "Owen Price"),
                all.stream().map(Contact::name).toList());
        assertEquals("grace@kimco.example", all.get(2).email());
    }
}
