package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Template;
import org.referraldesk.domain.TemplateKind;
import org.referraldesk.testing.TempDesk;

/** The templates a desk starts with are the English defaults, and follow the owner's language until edited. */
class DefaultTemplatesTest {
    private static final Locale MADE_UP = Locale.forLanguageTag("eo");
    @TempDir
    Path dir;
    private TempDesk desk;
    private Templates templates;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        templates = new Templates(desk.store());
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aNewDeskHoldsTheEnglishDefaultsWordForWord() {
        for (Template stored : templates.list()) {
            assertEquals(DefaultTemplates.of(stored.kind(), Locale.ENGLISH), stored, stored.kind().name());
        }
        assertEquals(TemplateKind.values().length, templates.list().size());
        assertEquals(0, templates.followLanguage(Locale.ENGLISH), "already English: nothing to change");
    }

    @Test
    void anUntouchedTemplateTakesTheLanguagesWordingAndAnEditedOneIsKept() {
        templates.save(TemplateKind.HERO_CHECK_IN, "Hi", "My own words, {referrer}.");
        assertEquals(1, templates.followLanguage(MADE_UP), "only THANK_REFERRER has made-up words");
        assertEquals("Dankon, {referrer_first}", find(TemplateKind.THANK_REFERRER).subject());
        assertEquals("My own words, {referrer}.", find(TemplateKind.HERO_CHECK_IN).body());
        assertEquals(DefaultTemplates.of(TemplateKind.VIP_INVITE, Locale.ENGLISH), find(TemplateKind.VIP_INVITE));
    }

    @Test
    void theDefaultWordingIsTheOwnersLanguageWithEnglishWhereThereIsNone() {
        assertEquals("Saluton {referrer_first}, dankon pro {client}.",
                DefaultTemplates.of(TemplateKind.THANK_REFERRER, MADE_UP).body());
        assertEquals(DefaultTemplates.of(TemplateKind.VIP_INVITE, Locale.ENGLISH),
                DefaultTemplates.of(TemplateKind.VIP_INVITE, MADE_UP));
    }

    private Template find(TemplateKind kind) {
        return templates.list().stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
    }
}
