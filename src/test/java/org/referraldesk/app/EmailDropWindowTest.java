package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.EmailThread;
import org.referraldesk.domain.Referral;
import org.referraldesk.service.OwnerSettings;
import org.referraldesk.store.Store;
import org.referraldesk.testing.IntroEmails;
import org.referraldesk.testing.TypicalClocks;
import org.referraldesk.ui.common.Announcer;
import org.referraldesk.ui.common.DateTimeField;
import org.referraldesk.ui.newreferral.NewReferralController;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An introduction email dropped on the real window (issue 17) fills the new-referral form, and Save
 * records the story with its email. A headless robot cannot drag a file from the desktop: a drop is
 * {@link DesktopDrag}'s (the events the platform sends, with a Dragboard holding the corpus file).
 */
class EmailDropWindowTest extends DeskWindowTest {

    /** After the corpus emails arrived (November 2026): the window's own clock would call them "in the future". */
    @Override
    Clock clock() {
        return TypicalClocks.AFTER_THE_INTRODUCTIONS;
    }

    @Override
    void fill(Store store) {
        new OwnerSettings(store).saveOwnerEmails(IntroEmails.MAYA + ", " + IntroEmails.MAYA_PRIVATE);
    }

    @Test
    void anEmailDroppedOnTheWindowFillsTheFormSaveRecordsTheStoryWithItsEmailAndCtrlVTakesAnEmailFileToo() throws Exception {
        waitUntilVisible("#todayNav");
        assertTrue(drop(lookup("#todayNav").query(), "01-webmail-alternative.eml"), "the window takes the file");
        Stage dialog = waitForNewReferral();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Anna Berg".equals(formField("#referrerName").getText()));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(formField("#referrerName").isFocused(), "the caret is back in the form, in its first field");
        assertEquals("anna.berg@gmail.example", formField("#referrerEmail").getText());
        assertEquals("Ben Okafor", formField("#clientName").getText());
        assertEquals("ben.okafor@outlook.example", formField("#clientEmail").getText());
        assertEquals(Channel.EMAIL_INTRODUCTION, lookup("#channel").queryComboBox().getValue());
        assertTrue(formField("#need").getText().startsWith("Intro: Maya <> Ben (boiler replacement). Maya, meet Ben."),
                formField("#need").getText());
        DateTimeField received = lookup("#receivedAt").queryAs(DateTimeField.class);
        assertEquals(LocalDate.of(2026, 11, 16), received.date().getValue(), "the email's Date, in the desk's zone");
        assertEquals("09:14", received.time().getText());
        Label source = lookup(".email-source").queryAs(Label.class);
        assertTrue(source.isVisible());
        assertEquals("From the email \u201cIntro: Maya <> Ben (boiler replacement)\u201d", source.getText());
        assertFalse(lookup("#candidatesBox").query().isVisible(), "one client: nothing to choose");
        shoot(dialog, "email-01-filled");

        clickOn(newReferralSave());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.isShowing());
        Referral story = onlyStory("Anna Berg");
        assertEquals(Channel.EMAIL_INTRODUCTION, story.channel());
        assertEquals(Instant.parse("2026-11-16T08:14:27Z"), story.receivedAt(), "the email's Date, to the second");
        assertTrue(story.need().contains("boiler"), story.need());
        assertEquals("Anna Berg", nameOf(story.referrerId()));
        assertEquals("Ben Okafor", nameOf(story.clientId()));
        assertEquals(Optional.of(new EmailThread("CAH7x9qPz1kLmN0intro01@mail.gmail.example",
                "Intro: Maya <> Ben (boiler replacement)")), store.inTransaction(tx -> tx.emailThreads().of(story.id())));

        // Ctrl+V on the window (outside a text field) with an email file on the clipboard: the form again
        WaitForAsyncUtils.asyncFx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.of(IntroEmails.file("03-outlook-windows-1252.eml").toFile()));
            Clipboard.getSystemClipboard().setContent(content);
        }).get(10, TimeUnit.SECONDS);
        clickOn("#todayNav");
        WaitForAsyncUtils.waitForFxEvents();
        push(new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN));
        Stage again = waitForNewReferral();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !formField("#referrerName").getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup(".email-source").queryAs(Label.class).isVisible(), "filled from the pasted file");
        push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !again.isShowing());
    }

    @Test
    void anEmailTheDeskRefusesShowsWhyInTheFormAndRecordsNothingThenAPastedEmailFillsIt() throws Exception {
        waitUntilVisible(".content");
        clickOn("#themeButton"); // this one in the dark theme
        drop(lookup(".content").query(), "bad-not-an-email.eml");
        Stage dialog = waitForNewReferral();
        Label refusal = lookup(".form-error").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, refusal::isVisible);
        WaitForAsyncUtils.waitForFxEvents();

        String message = "bad-not-an-email.eml is not an email: it has no sender (From) and no recipients. "
                + "Save the introduction from your mail program as an .eml file.";
        assertEquals(message, refusal.getText());
        assertEquals(message, Announcer.lastSaid(dialog.getScene()), "a screen reader says it");
        assertEquals("", formField("#referrerName").getText(), "the form stays empty to type into");
        shoot(dialog, "email-02-refused-dark");
        assertEquals(0, (int) store.inTransaction(tx -> tx.referrals().count()), "nothing recorded");

        String source = Files.readString(IntroEmails.file("12-folded-headers-no-message-id.eml"));
        WaitForAsyncUtils.asyncFx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(source); // "Show original" in a mail program, copied whole
            Clipboard.getSystemClipboard().setContent(content);
        }).get(10, TimeUnit.SECONDS);
        clickOn(formField("#need"));
        push(new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Priya Raman".equals(formField("#referrerName").getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Oluwaseun Adeyemi", formField("#clientName").getText());
        assertFalse(refusal.isVisible(), "the refusal went with the email it was about");
        assertEquals("From the email \u201cSeun, meet Maya - water softener\u201d",
                lookup(".email-source").queryAs(Label.class).getText());

        files.pick(IntroEmails.file("04-apple-mail-iphone.eml")); // "From an email…" picks a file
        clickOn("#fromEmailButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "\u03a3\u03bf\u03c6\u03af\u03b1 \u03a0\u03b1\u03c0\u03b1\u03b4\u03bf\u03c0\u03bf\u03cd\u03bb\u03bf\u03c5"
                        .equals(formField("#referrerName").getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("\u5c71\u7530 \u592a\u90ce", formField("#clientName").getText());
        assertEquals("From the email \u201cWater heater \u2013 Taro \u5c71\u7530\u201d",
                lookup(".email-source").queryAs(Label.class).getText());
        shoot(dialog, "email-05-picked-non-latin-dark");
    }

    @Test
    void anEmailDroppedOnTheOpenFormAsksBeforeReplacingWhatWasTypedAndLetsTheOwnerChooseTheSecondOfTwoPeople() throws Exception {
        waitUntilVisible("#todayNav");
        push(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        Stage dialog = waitForNewReferral();
        clickOn(formField("#referrerName")).write("Raj");
        assertTrue(drop(dialog.getScene().getRoot(), "08-two-clients-owner-in-cc.eml"), "the form takes the file");
        waitUntilVisible("#" + NewReferralController.REPLACE_ID);
        assertEquals("Raj", formField("#referrerName").getText(), "typed work is replaced only once the owner says so");
        shootWindow("#" + NewReferralController.REPLACE_ID, "email-04-replace-question");
        clickOn("#" + NewReferralController.REPLACE_ID);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Raj Patel".equals(formField("#referrerName").getText()));
        WaitForAsyncUtils.waitForFxEvents();

        ComboBox<?> candidates = lookup("#candidates").queryComboBox();
        assertTrue(lookup("#candidatesBox").query().isVisible(), "two people besides the sender: the owner chooses");
        assertEquals("Kim Nguyen", formField("#clientName").getText(), "the first until the owner chooses");
        clickOn(candidates);
        WaitForAsyncUtils.waitForFxEvents();
        shoot(dialog, "email-03-chooser");
        clickOn("Lee Nguyen (LEE.NGUYEN@fastmail.example)");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Lee Nguyen", formField("#clientName").getText());
        assertEquals("LEE.NGUYEN@fastmail.example", formField("#clientEmail").getText());

        clickOn(newReferralSave());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.isShowing());
        Referral story = onlyStory("Raj Patel");
        assertEquals("Lee Nguyen", nameOf(story.clientId()));
        assertEquals("Raj Patel", nameOf(story.referrerId()));
        assertEquals(Optional.of(new EmailThread("raj.20261123.2120@patel-roofing.example", "Bathroom leak")),
                store.inTransaction(tx -> tx.emailThreads().of(story.id())));
    }

    /** Drops corpus email {@code name} on {@code target}, as from the desktop; true when the window took it. */
    private static boolean drop(Node target, String name) throws Exception {
        return DesktopDrag.drop(target, IntroEmails.file(name).toFile());
    }

    /** The one story on the desk, from {@code referrer}. */
    private Referral onlyStory(String referrer) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.inTransaction(tx -> tx.referrals().count()) == 1);
        return store.inTransaction(tx -> tx.referrals().latestFrom(tx.contacts().findByName(referrer).orElseThrow().id()))
                .orElseThrow();
    }

    private String nameOf(long contactId) {
        return store.inTransaction(tx -> tx.contacts().find(contactId)).orElseThrow().name();
    }

    private static void shoot(Stage window, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path file = Screenshots.take(window.getScene(), name);
        assertTrue(Files.size(file) > 10_000, name + " has content");
    }
}
