package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.referraldesk.domain.ReferralSummary;
import java.util.concurrent.TimeUnit;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window, headless: an empty desk, sample data, rows. */
class MainWindowTest extends DeskWindowTest {

    @Test
    void anEmptyDeskOffersSampleDataAndThenShowsTheStories() throws Exception {
        TableView<ReferralSummary> table = addSampleData();
        assertEquals(48, table.getItems().size());
        assertTrue(lookup("48 referrals").tryQuery().isPresent());
        String newestClient = table.getItems().get(0).clientName();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> lookup(".table-cell").match(LabeledMatchers.hasText(newestClient)).tryQuery().isPresent());
    }

    @Test
    void typingInTheSearchFieldFiltersTheList() throws Exception {
        TableView<ReferralSummary> table = addSampleData();
        clickOn(".search-field").write("Okafor");
        // every keystroke searches: wait for the last one's answer (the older ones are cancelled or dropped)
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty()
                && table.getItems().stream().allMatch(r -> r.referrerName().equals("Margaret Okafor")));
        assertTrue(table.getItems().size() < 48);
    }
}
