package org.referraldesk.ui.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.OwnerNames;
import org.referraldesk.domain.Recipients;
import org.referraldesk.domain.Template;
import org.referraldesk.domain.TemplateKind;
import org.referraldesk.service.Templates;
import org.referraldesk.testing.TempDesk;
import org.referraldesk.ui.common.BackgroundTasks;

class TemplatesViewModelTest {
    private final ResourceBundle text = ResourceBundle.getBundle("org.referraldesk.ui.templates.messages");
    private final List<Throwable> failures = new ArrayList<>();

    @TempDir
    Path dir;
    private TempDesk desk;
    private Templates templates;
    private TemplatesViewModel model;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        templates = new Templates(desk.store());
        model = loaded();
    }

    @AfterEach
    void close() {
        desk.close();
        assertEquals(List.of(), failures);
    }

    private TemplatesViewModel loaded() {
        BackgroundTasks inline = new BackgroundTasks(Runnable::run, Runnable::run, failures::add);
        TemplatesViewModel fresh = new TemplatesViewModel(templates, desk.settings(), desk.services().business(), inline, text);
        fresh.load();
        return fresh;
    }

    @Test
    void theFirstTemplateIsShownWithItsPreviewFilledWithExampleNames() {
        assertEquals(List.of(TemplateKind.values()), model.kinds());
        assertEquals(TemplateKind.EMAIL_INTRODUCTION_REPLY, model.selectedProperty().get());
        assertEquals("Reply to an email introduction", model.name(TemplateKind.EMAIL_INTRODUCTION_REPLY));
        assertEquals("Thank you for the introduction, {referrer_first}", model.subjectProperty().get());
        assertEquals("Thank you for the introduction, Junior", model.previewSubjectProperty().get());
        assertTrue(model.previewBodyProperty().get().startsWith("Hi Junior, hi Helen,"),
                model.previewBodyProperty().get());
        assertTrue(model.previewBodyProperty().get().endsWith("ring you then.\n\nBest wishes,"),
                "no signature until the owner gives their names: " + model.previewBodyProperty().get());
        assertEquals("", model.flagsProperty().get());
        assertFalse(model.dirtyProperty().get());
        assertTrue(model.loadedProperty().get());
    }

    @Test
    void thePreviewFollowsEveryKeystroke() {
        model.selectedProperty().set(TemplateKind.THANK_REFERRER);
        model.bodyProperty().set("Thanks, {referrer}");
        assertEquals("Thanks, Junior Alvarez", model.previewBodyProperty().get());
        model.bodyProperty().set("Thanks, {referrer}, for {client} and {need}.");
        assertEquals("Thanks, Junior Alvarez, for Helen Carter and Wi-Fi that reaches the back rooms.",
                model.previewBodyProperty().get());
        model.subjectProperty().set("{stage} with {client}");
        assertEquals("meeting booked with Helen Carter", model.previewSubjectProperty().get());
        assertTrue(model.dirtyProperty().get());
        assertEquals("Thank-you to the referrer (edited)", model.listName(TemplateKind.THANK_REFERRER));
    }

    @Test
    void thePreviewIsSignedWithTheOwnersNames() {
        desk.settings().saveNames(new OwnerNames("Bristol IT Care", "Sam Cole"));
        model = loaded();
        model.bodyProperty().set("{owner} at {business}");
        assertEquals("Sam Cole at Bristol IT Care", model.previewBodyProperty().get());
    }

    @Test
    void anUnknownPlaceholderIsFlaggedAndShownAsTyped() {
        model.bodyProperty().set("Dear {refferer}, thank you for {client}.");
        assertEquals("Unknown placeholder {refferer} \u2014 it would be sent as typed", model.flagsProperty().get());
        assertEquals("Dear {refferer}, thank you for Helen Carter.", model.previewBodyProperty().get());
        model.subjectProperty().set("Hi {Referrer}");
        assertEquals("Unknown placeholder {Referrer} \u2014 it would be sent as typed\n"
                + "Unknown placeholder {refferer} \u2014 it would be sent as typed", model.flagsProperty().get());
        model.bodyProperty().set("Dear {referrer}");
        model.subjectProperty().set("Hi");
        assertEquals("", model.flagsProperty().get());
    }

    @Test
    void aBlankMessageIsFlaggedAndNotSaved() {
        Template before = templates.list().get(0);
        model.bodyProperty().set("   ");
        assertEquals("The message must not be blank.", model.flagsProperty().get());
        assertEquals("", model.previewBodyProperty().get());
        model.save();
        assertEquals("The message must not be blank.", model.statusProperty().get());
        assertEquals(before, templates.list().get(0));
        assertTrue(model.dirtyProperty().get());
    }

    @Test
    void aSavedTemplateIsStoredAndNoLongerEdited() {
        model.selectedProperty().set(TemplateKind.HERO_CHECK_IN);
        model.subjectProperty().set("Hello again, {referrer}");
        model.bodyProperty().set("How are you, {referrer}?  ");
        model.save();
        assertEquals("Saved the Hero check-in.", model.statusProperty().get());
        assertFalse(model.dirtyProperty().get());
        assertEquals("How are you, {referrer}?", model.bodyProperty().get(), "shown as stored");
        assertEquals(new Template(TemplateKind.HERO_CHECK_IN, "Hello again, {referrer}", "How are you, {referrer}?"),
                templates.list().get(TemplateKind.HERO_CHECK_IN.ordinal()));
        TemplatesViewModel again = loaded();
        again.selectedProperty().set(TemplateKind.HERO_CHECK_IN);
        assertEquals("How are you, {referrer}?", again.bodyProperty().get());
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderIsSavedAndStaysFlagged() {
        model.bodyProperty().set("Dear {refferer}");
        model.save();
        assertEquals("Saved the Reply to an email introduction. It still has a placeholder Referral Desk does not know "
                + "(see above).", model.statusProperty().get());
        assertEquals("Dear {refferer}", templates.list().get(0).body());
        assertEquals("Unknown placeholder {refferer} \u2014 it would be sent as typed", model.flagsProperty().get());
    }

    @Test
    void useTheDefaultWordingPutsReferralDesksOwnWordsBackAsAnEditToSave() {
        templates.save(TemplateKind.THANK_REFERRER, "Mine", "My own words, {referrer}.");
        model = loaded();
        model.selectedProperty().set(TemplateKind.THANK_REFERRER);
        assertEquals("My own words, {referrer}.", model.bodyProperty().get());
        model.useDefault();
        assertEquals("Thank you for thinking of us", model.subjectProperty().get());
        assertTrue(model.bodyProperty().get().startsWith("Hi {referrer_first},"), model.bodyProperty().get());
        assertTrue(model.dirtyProperty().get(), "shown, not saved: Save keeps it");
        assertEquals("My own words, {referrer}.", find(TemplateKind.THANK_REFERRER).body());
        model.save();
        assertEquals(org.referraldesk.service.DefaultTemplates.of(TemplateKind.THANK_REFERRER,
                java.util.Locale.ENGLISH), find(TemplateKind.THANK_REFERRER));
    }

    private org.referraldesk.domain.Template find(TemplateKind kind) {
        return templates.list().stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void revertPutsBackTheSavedTemplate() {
        String saved = model.bodyProperty().get();
        model.bodyProperty().set("Something else");
        model.subjectProperty().set("Other");
        model.revert();
        assertEquals(saved, model.bodyProperty().get());
        assertEquals("Thank you for the introduction, {referrer_first}", model.subjectProperty().get());
        assertFalse(model.dirtyProperty().get());
        assertTrue(model.editedKinds().isEmpty());
    }

    @Test
    void editsToAnotherTemplateAreKeptWhileSwitching() {
        model.bodyProperty().set("My own reply, {referrer}");
        model.selectedProperty().set(TemplateKind.VIP_INVITE);
        assertFalse(model.dirtyProperty().get());
        assertTrue(model.bodyProperty().get().contains("our guest"), model.bodyProperty().get());
        assertEquals(java.util.Set.of(TemplateKind.EMAIL_INTRODUCTION_REPLY), model.editedKinds());
        model.selectedProperty().set(TemplateKind.EMAIL_INTRODUCTION_REPLY);
        assertEquals("My own reply, {referrer}", model.bodyProperty().get());
        assertTrue(model.dirtyProperty().get());
        model.bodyProperty().set(templates.list().get(0).body());
        assertFalse(model.dirtyProperty().get(), "typing it back as saved is no edit");
        assertTrue(model.editedKinds().isEmpty());
    }

    @Test
    void theReplyCopiesTheReferrerAndEachTemplateKeepsWhomItCopiesWithItsWording() {
        assertEquals(Recipients.Copy.REFERRER, model.copyProperty().get(), "the reply answers both");
        model.selectedProperty().set(TemplateKind.THANK_REFERRER);
        assertEquals(Recipients.Copy.NOBODY, model.copyProperty().get());

        model.copyProperty().set(Recipients.Copy.CLIENT);
        model.blindCopyProperty().set("records@lindqvist-plumbing.example");
        assertTrue(model.dirtyProperty().get(), "choosing whom to copy is an edit");
        model.save();

        assertEquals(new Recipients(Recipients.Copy.CLIENT, "records@lindqvist-plumbing.example"),
                templates.recipients(TemplateKind.THANK_REFERRER));
        TemplatesViewModel again = loaded();
        again.selectedProperty().set(TemplateKind.THANK_REFERRER);
        assertEquals(Recipients.Copy.CLIENT, again.copyProperty().get());
        assertFalse(again.dirtyProperty().get());
    }

    @Test
    void aBadBccAddressIsRefusedInTheOwnersWordsAndNothingIsSaved() {
        model.bodyProperty().set("Hi {client_first}");
        model.blindCopyProperty().set("not an address");
        model.save();

        assertEquals("\"not an address\" is not an email address such as name@example.com.", model.statusProperty().get());
        assertTrue(model.dirtyProperty().get(), "the edit stays on screen");
        assertTrue(desk.in(tx -> tx.templates().find(TemplateKind.EMAIL_INTRODUCTION_REPLY)).orElseThrow().body()
                .startsWith("Hi {referrer_first}, hi {client_first}"), "the wording was not saved either");
    }

    @Test
    void thePreviewFillsTheNameInCopyAndTheEmailsSubject() {
        model.bodyProperty().set("Copying {cc}. Re: {subject}");
        assertEquals("Copying Junior Alvarez. Re: Introduction: Helen Carter, Wi-Fi at home", model.previewBodyProperty().get());
        assertEquals("", model.flagsProperty().get());
    }
}
