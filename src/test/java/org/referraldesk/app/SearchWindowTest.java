package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.referraldesk.ui.common.LeaveQuestion;
import org.referraldesk.ui.search.SearchController;
import org.referraldesk.ui.search.SearchLine;
import org.testfx.util.WaitForAsyncUtils;

/** The desk-wide search box in the real window, headless, on the sample desk. */
class SearchWindowTest extends DeskWindowTest {
    static final KeyCodeCombination CTRL_K = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    static final KeyCodeCombination CTRL_F = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    /** Opens the box with Ctrl+K and types {@code typed}; waits until the search for all of it is done. */
    static void search(DeskWindowTest window, String typed) throws Exception {
        window.push(CTRL_K);
        window.waitUntilVisible(".search-box");
        window.write(typed);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                typed.equals(field(window).getText()) && !window.lookup(".search-box").query()
                        .getPseudoClassStates().contains(SearchController.SEARCHING)).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static TextField field(DeskWindowTest window) {
        return window.lookup(".desk-search-field").query();
    }

    static List<SearchLine> lines(DeskWindowTest window) {
        ListView<SearchLine> list = window.lookup(".search-results").query();
        return List.copyOf(list.getItems());
    }

    private boolean boxShows() {
        return lookup(".search-box").tryQuery().isPresent();
    }

    @Test
    void ctrlKTypeDownAndEnterOpensTheStory() throws Exception {
        addSampleData();
        clickOn("#todayNav");
        waitUntilVisible(".today");
        search(this, "patel");
        assertEquals(List.of("Contacts", "Patel Pharmacy", "Stories", "Fatima Haddad \u2192 Patel Pharmacy"),
                lines(this).stream().map(SearchLine::title).toList());
        push(KeyCode.DOWN);
        push(KeyCode.ENTER);
        waitUntilVisible("Fatima Haddad sent you Patel Pharmacy");
        assertFalse(boxShows(), "the box closed");
    }

    @Test
    void aClickOnAStoryLineOpensTheStory() throws Exception {
        addSampleData();
        search(this, "northside");
        clickOn(lookup(".search-title").match((javafx.scene.control.Label l) ->
                "Zoë Lefèvre \u2192 Northside Vets".equals(l.getText())).<javafx.scene.control.Label>query());
        waitUntilVisible("Zoë Lefèvre sent you Northside Vets");
        assertFalse(boxShows());
    }

    @Test
    void aClickOnAGroupHeadingOpensNothing() throws Exception {
        addSampleData();
        search(this, "northside");
        clickOn(lookup(".search-heading-title").match((javafx.scene.control.Label l) ->
                "Stories".equals(l.getText())).<javafx.scene.control.Label>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(boxShows(), "the box stays open");
        assertTrue(lookup("Zoë Lefèvre sent you Northside Vets").tryQuery().isEmpty(), "the chosen story did not open");
    }

    @Test
    void downChoosesTheNextLineAndEnterOpensAPartnerFoundByPhoneDigits() throws Exception {
        addSampleData();
        search(this, "7946 0111");
        assertEquals(List.of("Partners", "Fatima Haddad"), lines(this).stream().map(SearchLine::title).toList());
        push(KeyCode.ENTER);
        waitUntilVisible(".partner-page");
        assertTrue(lookup(".partner-page").queryAs(javafx.scene.Parent.class).lookupAll(".label").stream()
                .anyMatch(l -> "Fatima Haddad".equals(((javafx.scene.control.Label) l).getText())));
        assertFalse(boxShows());
    }

    @Test
    void anOnwardContactIsFoundUnderContacts() throws Exception {
        addSampleData();
        search(this, "brightwire");
        assertEquals(SearchLine.Kind.HEADING, lines(this).get(0).kind());
        assertEquals("Contacts", lines(this).get(0).title());
        assertEquals(new SearchLine(SearchLine.Kind.CONTACT, lines(this).get(1).id(), "Brightwire Electrical",
                "Sent a client on to them"), lines(this).get(1));
    }

    @Test
    void enterOnAnOnwardContactOpensTheirContactPage() throws Exception {
        addSampleData();
        search(this, "brightwire");
        push(KeyCode.ENTER);
        waitUntilVisible(".contact-page");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".contact-name").tryQuery()
                .map(l -> "Brightwire Electrical".equals(((javafx.scene.control.Label) l).getText())).orElse(false));
        waitUntilVisible("Make partner");
        assertFalse(boxShows(), "the box closed");
    }

    @Test
    void onAnEmptyDeskTheBoxSaysThereIsNothingToFindYet() throws Exception {
        push(CTRL_K);
        waitUntilVisible(".search-box");
        waitUntilVisible("Nothing on the desk to find yet: the people and stories of the referrals you record show up here.");
        assertTrue(lookup(".search-results").query().getBoundsInLocal().getHeight() < 100, "no tall empty list");
        push(KeyCode.ESCAPE);
    }

    @Test
    void noMatchSaysSoAndOffersANewReferral() throws Exception {
        addSampleData();
        search(this, "gutter");
        waitUntilVisible("No match for \u201cgutter\u201d.");
        clickOn(".search-new-referral");
        waitUntilVisible(".new-referral-dialog");
        assertFalse(boxShows());
        assertEquals("gutter", lookup("#referrerName").<TextField>query().getText(), "what was looked for comes along");
        push(KeyCode.ESCAPE);
        waitUntilVisible("#" + LeaveQuestion.DISCARD_ID);
        clickOn("#" + LeaveQuestion.DISCARD_ID);
    }
}
