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

    private void shoot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path file = Screenshots.take(stage.getScene(), name);
        assertTrue(Files.size(file) > 10_000, name + " has content");
    }
}
