package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.referraldesk.domain.ReferralSummary;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The screenshot tour's contact pages, on the sample desk: an onward contact's, in both themes. */
class ContactTourTest extends DeskWindowTest {

    @Test
    void anOnwardContactsPageIsPhotographedInBothThemes() throws Exception {
        TableView<ReferralSummary> table = addSampleData();
        var stories = org.referraldesk.testing.TempDesk.services(store, CLOCK).stories();
        ReferralSummary story = table.getItems().stream()
                .filter(r -> "Brightwire Electrical".equals(stories.load(r.id()).referral().onwardTo()))
                .findFirst().orElseThrow();
        interact(() -> table.scrollTo(story));
        doubleClickOn(lookup(".table-cell").match(LabeledMatchers.hasText(story.clientName())).<Label>query());
        waitUntilVisible("Sent on to: Brightwire Electrical");
        shoot("71-story-people-links");
        clickOn("Sent on to: Brightwire Electrical");

        waitUntilVisible(".contact-given-list");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Brightwire Electrical".equals(lookup(".contact-name").queryAs(Label.class).getText()));
        shoot("70-contact-onward");
        clickOn(".theme-switch");
        shoot("72-contact-onward-dark");
        clickOn(".theme-switch");
    }

    @Test
    void aPartnersContactPageIsPhotographedWithBothSidesOfTheLedger() throws Exception {
        addSampleData();
        clickOn("#partnersNav");
        waitUntilVisible(".partner-table");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(".partner-name")
                .match(LabeledMatchers.hasText("Zo\u00eb Lef\u00e8vre")).tryQuery().isPresent());
        doubleClickOn(lookup(".partner-name").match(LabeledMatchers.hasText("Zo\u00eb Lef\u00e8vre")).queryLabeled());
        waitUntilVisible(".partner-title");
        clickOn("Contact page");
        waitUntilVisible(".contact-story-list");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Zo\u00eb Lef\u00e8vre".equals(lookup(".contact-name").queryAs(Label.class).getText()));
        shoot("73-contact-partner");
    }
}
