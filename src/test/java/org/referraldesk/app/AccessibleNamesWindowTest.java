package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.service.SampleData;
import org.referraldesk.store.Store;
import org.referraldesk.ui.common.Announcer;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen of the tour, read as a screen reader would: each focusable node there has an
 * accessible name (the rule is {@link AccessibleNames}; {@link AccessibleNamesCatchLeaksTest} shows it
 * catches a leak); and its status messages are announced.
 */
class AccessibleNamesWindowTest extends DeskWindowTest {
    private final List<String> unnamed = new ArrayList<>();

    /** The sample desk, filled before the window opens (quicker than the list's button). */
    @Override
    void fill(Store store) {
        new SampleData(store, CLOCK).fill();
    }

    @Test
    void everyFocusableNodeOnEveryScreenOfTheTourHasAName() throws Exception {
        openStory("Patel Pharmacy");
        check("Story page");
        clickOn("Edit\u2026");
        waitUntilVisible(".story-edit-dialog");
        check("Story edit dialog");
        clickOn("Cancel");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".story-edit-dialog").tryQuery().isEmpty());
        clickOn("#referralsNav");
        check("Referrals");
        for (String[] page : new String[][] {{"#todayNav", ".today-row"}, {"#partnersNav", ".partner-table"},
                {"#cardsNav", ".card-entry"}, {"#vipNav", ".vip-table"}, {"#leaderboardNav", ".hero-chart"},
                {"#dataNav", ".data-screen"}, {"#settingsNav", ".currency-code"}}) {
            clickOn(page[0]);
            waitUntilVisible(page[1]);
            check(page[0]);
        }

        clickOn("#referralsNav");
        waitUntilVisible(".referral-table");
        clickOn(lookup("#newReferralButton").match(Node::isVisible).<Node>query());
        waitUntilVisible("#clientName");
        check("New referral dialog");
        clickOn("Cancel");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#clientName").tryQuery().isEmpty());

        clickOn("#partnersNav");
        waitUntilVisible(".partner-table");
        doubleClickOn(lookup(".partner-name").match(LabeledMatchers.hasText("Junior Alvarez")).queryLabeled());
        waitUntilVisible(".ledger-given-card");
        check("Partner page");
        clickOn("Contact page");
        waitUntilVisible(".contact-story-list");
        check("Contact page");

        SearchWindowTest.search(this, "an");
        check("Search box");
        push(KeyCode.ESCAPE);

        openReferrals();
        clickOn(".referral-table .table-row-cell");
        type(KeyCode.DELETE);
        waitUntilVisible(".undo-bar");
        check("Referrals with the undo bar");
        clickOn("#trashNav");
        waitUntilVisible(".trash-table");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !lookup(".trash-table").queryTableView().getItems().isEmpty());
        check("Trash");

        clickOn(".about-button");
        waitUntilVisible(".about-title");
        check("About");
        clickOn("Close");

        assertTrue(unnamed.isEmpty(), unnamed.size() + " focusable nodes without an accessible name:\n"
                + String.join("\n", unnamed));
    }

    @Test
    void theUndoBarIsAnnouncedAsItShowsAndAgainWhenItsMessageChanges() throws Exception {
        openReferrals();
        TableView<ReferralSummary> table = lookup(".referral-table").match(Node::isVisible).queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 48);
        assertEquals("", Announcer.lastSaid(stage.getScene()), "nothing said before anything happened");

        String first = deleteTheFirstStory(table);
        waitUntilVisible(".undo-bar");
        Label said = lookup(".undo-bar .label").match(Node::isVisible).queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> said.getText().contains(first));
        assertEquals(said.getText(), Announcer.lastSaid(stage.getScene()), "the bar is said as it shows");
        assertEquals(AccessibleRole.TEXT, said.getAccessibleRole());
        assertEquals(said.getText(), WaitForAsyncUtils.asyncFx(
                () -> said.queryAccessibleAttribute(AccessibleAttribute.TEXT)).get(), "what a screen reader reads");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 47);
        String second = deleteTheFirstStory(table);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> said.getText().contains(second));
        assertEquals(said.getText(), Announcer.lastSaid(stage.getScene()),
                "a new message in the bar that already shows is said again");
    }

    /** Selects the list's first story and presses Delete on it; returns its client's name. */
    private String deleteTheFirstStory(TableView<ReferralSummary> table) {
        interact(() -> {
            table.getSelectionModel().clearAndSelect(0);
            table.requestFocus();
        });
        String client = table.getSelectionModel().getSelectedItem().clientName();
        type(KeyCode.DELETE);
        return client;
    }

    /** Collects the unnamed nodes of the main window and of every window open over it. */
    private void check(String screen) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = WaitForAsyncUtils.asyncFx(() -> {
            List<String> here = new ArrayList<>();
            for (Window window : Window.getWindows()) {
                if (window.isShowing() && window.getScene() != null) {
                    AccessibleNames.unnamedIn(window.getScene()).forEach(node -> here.add(screen + ": " + node));
                }
            }
            return here;
        }).get();
        found.stream().filter(node -> !unnamed.contains(node)).forEach(unnamed::add);
    }

    private void openStory(String client) throws Exception {
        clickOn("#referralsNav");
        waitUntilVisible(".referral-table");
        TableView<ReferralSummary> table = lookup(".referral-table").match(Node::isVisible).queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 48);
        ReferralSummary row = table.getItems().stream().filter(r -> r.clientName().equals(client)).findFirst()
                .orElseThrow();
        interact(() -> table.scrollTo(row));
        WaitForAsyncUtils.waitForFxEvents();
        doubleClickOn(lookup(".table-cell").match(LabeledMatchers.hasText(client)).<Label>query());
        waitUntilVisible(".story-follow-ups");
    }
}
