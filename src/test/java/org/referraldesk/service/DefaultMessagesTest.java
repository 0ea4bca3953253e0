package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Outcome;
import org.referraldesk.domain.OwnerNames;
import org.referraldesk.domain.TemplateKind;
import org.referraldesk.testing.TempDesk;

/**
 * Every default template, filled for a story where everything that may be blank is blank (no need,
 * no onward contact, no names, no what-we-do line) and for one where everything is given, reads as a
 * message a person wrote: no brace, no bracket, no doubled space or punctuation, no space before a
 * full stop or comma, no empty greeting.
 */
class DefaultMessagesTest {
    private static final Pattern FLAWS = Pattern.compile("[{}]|\\[\\[|]]|  |[ \\t]\\R|[ \\t]$|\\R{3}"
            + "|[,.;:!?][ \\t]*[,.;:!?]|[ \\t][,.;:!?)]|\\A\\s|\\s\\z|Hi,|Dear,|\\nme\\z|our business");

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
    void withEveryOptionalFieldBlankNoMessageShowsAPlaceholderOrAGap() {
        long story = desk.referrals().record(NewReferral.of("Anna", "Ben Okafor", Channel.PHONE, null)).referral().id();
        desk.referrals().close(story, new Outcome.NotAFit("Gas work needs a certified fitter", null), null, null);
        assertAll(checks(story, "blank"));
        Message reply = write(TemplateKind.EMAIL_INTRODUCTION_REPLY, story);
        assertTrue(reply.body().startsWith("Hi Anna, hi Ben,"), reply.body());
        assertTrue(reply.body().endsWith("and I'll ring you then.\n\nBest wishes,"), "no signature: " + reply.body());
        assertFalse(write(TemplateKind.NOT_A_FIT_EXPLANATION, story).body().contains("in touch with"));
    }

    @Test
    void withEveryFieldSetEveryMessageUsesThemAndStillReadsWell() {
        desk.settings().saveNames(new OwnerNames("Keller Plumbing", "Jo Keller"));
        new BusinessSettings(desk.store()).saveWhatWeDo("bathrooms and heating repairs in Hamburg.");
        long story = desk.referrals().record(NewReferral.of("Anna Keller", "Ben Okafor", Channel.EMAIL_INTRODUCTION,
                "A new boiler.").withEmails("anna@keller.example", "ben@okafor.example")).referral().id();
        desk.referrals().close(story, new Outcome.NotAFit("Gas work needs a certified fitter.", "Carla Gas"), null,
                null);
        assertAll(checks(story, "full"));
        Message reply = write(TemplateKind.EMAIL_INTRODUCTION_REPLY, story);
        assertTrue(reply.body().endsWith("Best wishes,\nJo Keller\nKeller Plumbing"), reply.body());
        assertTrue(reply.body().contains("Anna tells me you're looking for help with this:\nA new boiler."), reply.body());
        Message explanation = write(TemplateKind.NOT_A_FIT_EXPLANATION, story);
        assertTrue(explanation.body().contains("what we do best is bathrooms and heating repairs in Hamburg. Anyone"),
                explanation.body());
        assertTrue(explanation.body().contains("in touch with Carla Gas, who"), explanation.body());
        assertEquals("anna@keller.example", explanation.to());
    }

    private List<Executable> checks(long story, String which) {
        List<Executable> checks = new ArrayList<>();
        for (TemplateKind kind : TemplateKind.values()) {
            Message message = write(kind, story);
            checks.add(() -> assertEquals(List.of(), message.unfilledPlaceholders(), which + " " + kind));
            for (String text : List.of(message.subject(), message.body())) {
                checks.add(() -> assertFalse(FLAWS.matcher(text).find(), which + " " + kind + " has "
                        + FLAWS.matcher(text).results().map(r -> "'" + r.group() + "'").toList() + ":\n" + text));
            }
        }
        return checks;
    }

    private Message write(TemplateKind kind, long story) {
        return desk.store().inTransaction(tx -> Templates.write(tx, kind, false, null, story));
    }
}
