package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.Outcome;
import org.referraldesk.service.NewReferral;
import org.referraldesk.service.Referrals;
import org.referraldesk.store.Store;
import org.referraldesk.testing.TempDesk;
import org.referraldesk.ui.contact.ContactLine;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A contact's page in the real window: Anna Keller sent us Ben Okafor, who wanted a roof; we sent him
 * on to Sunny Roofs Ltd, a contact who is in no story of their own.
 */
class ContactWindowTest extends DeskWindowTest {

    @Override
    void fill(Store store) {
        Referrals referrals = TempDesk.services(store, CLOCK).referrals();
        long story = referrals.record(NewReferral.of("Anna Keller", "Ben Okafor", Channel.PHONE, "A new roof")
                .receivedAt(CLOCK.instant().minus(Duration.ofDays(3)))).referral().id();
        referrals.close(story, new Outcome.NotAFit("We do not do roofs", "Sunny Roofs Ltd"), null, null);
    }

    @Test
    void anOnwardContactFoundInTheDirectoryOpensFromTheStoryToTheirPageAndBecomesAPartnerInOneStep() throws Exception {
        Contact sunny = TempDesk.services(store, CLOCK).contacts().all().stream()
                .filter(c -> c.name().equals("Sunny Roofs Ltd")).findFirst().orElseThrow();

        openBensStory();
        waitUntilVisible("Sent on to: Sunny Roofs Ltd");
        clickOn("Sent on to: Sunny Roofs Ltd");

        waitUntilVisible(".contact-name");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> sunny.name().equals(lookup(".contact-name").queryAs(Label.class).getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Onward contact: you sent them work", lookup(".contact-role").queryAs(Label.class).getText());
        ListView<ContactLine> given = lookup(".contact-given-list").queryListView();
        assertEquals(1, given.getItems().size());
        assertEquals("You sent them Ben Okafor", given.getItems().get(0).title());
        assertTrue(lookup(".make-partner-button").tryQuery().map(Node::isVisible).orElse(false));

        clickOn("Make partner");
        waitUntilVisible(".partner-page-button");
        waitUntilVisible(".contact-message");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Partner", lookup(".contact-role").queryAs(Label.class).getText());
        assertTrue(lookup(".make-partner-button").tryQuery().map(n -> !n.isVisible()).orElse(true),
                "a partner is not made one twice");
        assertTrue(TempDesk.services(store, CLOCK).partners().summaries().stream().anyMatch(p -> p.id() == sunny.id()));

        clickOn("Partner page");
        waitUntilVisible(".partner-title");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> sunny.name().equals(lookup(".partner-title").queryAs(Label.class).getText()));

        clickOn("Contact page");
        waitUntilVisible(".contact-given-list");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Partner".equals(lookup(".contact-role").queryAs(Label.class).getText()));
        assertEquals(sunny.name(), lookup(".contact-name").queryAs(Label.class).getText(),
                "the partner page and the contact page link to each other");
    }

    @Test
    void someoneWeSentWorkToIsNotDeletedFromTheirPageWhichSaysInOneLineThatAMergeTakesInATypo() throws Exception {
        openBensStory();
        waitUntilVisible("Sent on to: Sunny Roofs Ltd");
        clickOn("Sent on to: Sunny Roofs Ltd");
        waitUntilVisible(".delete-contact-button");

        clickOn(".delete-contact-button");
        waitUntilVisible(".contact-message");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> lookup(".contact-message").queryAs(Label.class).getText().startsWith("This contact is named"));
        WaitForAsyncUtils.waitForFxEvents();
        String said = lookup(".contact-message").queryAs(Label.class).getText();
        assertEquals("This contact is named in a referral you gave, so it stays. If it is a misspelt copy of someone,"
                + " use Merge with\u2026 instead.", said, "one line, no failure");
        assertEquals("Sunny Roofs Ltd", lookup(".contact-name").queryAs(Label.class).getText(), "still on the page");
        assertTrue(Files.size(Screenshots.take(stage.getScene(), "74-contact-delete-refused")) > 5_000);
    }

    /** From the referrals list (its rows come in behind the screen), Ben's story. */
    private void openBensStory() throws Exception {
        openReferrals();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".table-cell")
                .match(LabeledMatchers.hasText("Ben Okafor")).tryQuery().isPresent());
        doubleClickOn(lookup(".table-cell").match(LabeledMatchers.hasText("Ben Okafor")).<Label>query());
    }

    @Test
    void aLineOfTheContactPageOpensItsStory() throws Exception {
        openBensStory();
        waitUntilVisible("Referrer: Anna Keller");
        clickOn("Client: Ben Okafor");
        waitUntilVisible(".contact-story-list");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Ben Okafor".equals(lookup(".contact-name").queryAs(Label.class).getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Client", lookup(".contact-role").queryAs(Label.class).getText());

        doubleClickOn(lookup(".contact-line-title").match(LabeledMatchers.hasText("Client \u00b7 sent by Anna Keller"))
                .<Label>query());
        waitUntilVisible("Anna Keller sent you Ben Okafor");
    }
}
