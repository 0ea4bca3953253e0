package org.referraldesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.testing.TempDesk.NOW;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Contact;
import org.referraldesk.testing.TempDesk;
import org.referraldesk.testing.TypicalContacts;

class ContactDaoTest {
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
    void aContactComesBackWithEveryFieldAndItsNewId() {
        long id = desk.in(tx -> tx.contacts().insert(TypicalContacts.ANNA, NOW));
        assertEquals(Optional.of(TypicalContacts.ANNA.withId(id)), desk.in(tx -> tx.contacts().find(id)));
    }

    @Test
    void eachContactGetsItsOwnId() {
        long anna = desk.in(tx -> tx.contacts().insert(TypicalContacts.ANNA, NOW));
        long ben = desk.in(tx -> tx.contacts().insert(TypicalContacts.BEN, NOW));
        assertNotEquals(anna, ben);
        assertEquals("Ben Okafor", desk.in(tx -> tx.contacts().find(ben)).orElseThrow().name());
    }

    @Test
    void anUnknownIdFindsNobody() {
        assertEquals(Optional.empty(), desk.in(tx -> tx.contacts().find(404)));
    }

    @Test
    void findingByEmailIgnoresCase() {
        long anna = desk.in(tx -> tx.contacts().insert(Contact.named("Anna Keller", "Anna@Keller.example"), NOW));
        assertEquals(anna, desk.in(tx -> tx.contacts().findByEmail("anna@keller.example")).orElseThrow().id());
        assertEquals(anna, desk.in(tx -> tx.contacts().findByEmail("ANNA@KELLER.EXAMPLE")).orElseThrow().id());
        assertEquals("Anna@Keller.example", desk.in(tx -> tx.contacts().find(anna)).orElseThrow().email());
        assertTrue(desk.in(tx -> tx.contacts().findByEmail("someone@else.example")).isEmpty());
    }

    @Test
    void findingByNameIgnoresCaseAndTakesTheFirstStored() {
        long first = desk.in(tx -> tx.contacts().insert(Contact.named("Emma Schäfer", null), NOW));
        desk.in(tx -> tx.contacts().insert(Contact.named("EMMA SCHÄFER", "emma2@example.com"), NOW));
        assertEquals(first, desk.in(tx -> tx.contacts().findByName("emma schäfer")).orElseThrow().id());
        assertTrue(desk.in(tx -> tx.contacts().findByName("Emma")).isEmpty());
    }

    @Test
    void theListIsInAlphabeticalOrderWhateverTheCase() {
        desk.use(tx -> {
            tx.contacts().insert(Contact.named("carla", null), NOW);
            tx.contacts().insert(Contact.named("Ben", null), NOW);
            tx.contacts().insert(Contact.named("anna", null), NOW);
        });
        List<String> names = desk.in(tx -> tx.contacts().list()).stream().map(Contact::name).toList();
        assertEquals(List.of("anna", "Ben", "carla"), names);
    }

    @Test
    void theCountIsTheNumberOfContacts() {
        assertEquals(0, desk.count(tx -> tx.contacts().count()));
        desk.use(tx -> {
            tx.contacts().insert(TypicalContacts.ANNA, NOW);
            tx.contacts().insert(TypicalContacts.BEN, NOW);
        });
        assertEquals(2, desk.count(tx -> tx.contacts().count()));
    }
}
