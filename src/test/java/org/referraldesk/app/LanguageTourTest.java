package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.service.SampleData;
import org.referraldesk.store.Store;
import org.referraldesk.testing.PseudoBundles;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screenshot tour in German, French, Spanish and the pseudo language (every text ~40 % longer,
 * accented): every screen of the rail, the Templates tab, the New referral dialog and a story page,
 * on the sample data, as target/screenshots/lang-LOCALE-NN-name.png. Nodes are found by id and style
 * class, never by English text. Nothing may be clipped: a visible Labeled must show its whole text,
 * not an ellipsised one. Table and list cells, table column headers, and Today's partner and story links, are left out: a
 * name or need there is ellipsised on purpose so the times, amounts and actions beside it stay
 * visible (issue 16, item 4).
 */
class LanguageTourTest extends DeskWindowTest {
    private final List<String> clipped = new ArrayList<>();
    private String prefix;

    @Override
    Locale locale(TestInfo test) {
        String name = test.getTestMethod().orElseThrow().getName();
        return name.endsWith("German") ? Locale.GERMANY : name.endsWith("French") ? Locale.FRANCE
                : name.endsWith("Spanish") ? Locale.forLanguageTag("es-ES") : PseudoBundles.install();
    }

    /** The window at the size Desk opens it (1180 × 740), whatever an earlier test in this JVM left. */
    @org.junit.jupiter.api.BeforeEach
    void windowAtItsOpeningSize() {
        interact(() -> {
            stage.setWidth(1180);
            stage.setHeight(740);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    void fill(Store store) {
        new SampleData(store, clock()).fill();
    }

    @Test
    void theTourInGerman() throws Exception {
        tour("de");
    }

    @Test
    void theTourInFrench() throws Exception {
        tour("fr");
    }

    @Test
    void theTourInSpanish() throws Exception {
        tour("es");
    }

    @Test
    void theTourInThePseudoLanguage() throws Exception {
        tour("pseudo");
    }

    private void tour(String language) throws Exception {
        prefix = "lang-" + language + "-";
        screen("#todayNav", ".today", "01-today");
        screen("#referralsNav", ".referral-table", "02-referrals");
        screen("#partnersNav", ".partner-list", "03-partners");
        screen("#leaderboardNav", ".leaderboard-screen", "04-heroes");
        screen("#vipNav", ".vip-screen", "05-vip");
        screen("#cardsNav", ".cards-screen", "06-cards");
        screen("#dataNav", ".data-scroll", "07-data");
        screen("#trashNav", ".trash", "08-trash");
        screen("#settingsNav", ".settings-view", "09-settings");
        interact(() -> lookup(".settings-scroll").<javafx.scene.control.ScrollPane>query().setVvalue(1.0));
        look(stage.getScene(), "10-settings-language");
        interact(() -> lookup(".settings-tabs").<javafx.scene.control.TabPane>query().getSelectionModel().select(1));
        waitUntilVisible(".templates-view");
        look(stage.getScene(), "11-templates");

        screen("#referralsNav", ".referral-table", "12-referrals-again");
        TableView<ReferralSummary> table = lookup(".referral-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 48);
        interact(() -> table.getSelectionModel().select(0));
        doubleClickOn(lookup(".referral-table .table-row-cell").<Node>query());
        waitUntilVisible(".story-follow-ups");
        look(stage.getScene(), "13-story");

        press(KeyCode.SHORTCUT, KeyCode.N).release(KeyCode.N, KeyCode.SHORTCUT);
        waitUntilVisible(".new-referral");
        look(lookup(".new-referral").query().getScene(), "14-new-referral");
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        assertEquals("", String.join("\n", clipped), clipped.size() + " texts clipped in " + language + ":\n"
                + String.join("\n", clipped));
    }

    private void screen(String rail, String page, String name) throws Exception {
        waitUntilVisible(rail);
        clickOn(rail);
        waitUntilVisible(page);
        look(stage.getScene(), name);
    }

    /** Shoots the scene and notes every visible Labeled whose text is shown cut short. */
    private void look(Scene scene, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS); // background loads land
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = cutTexts(scene);
        for (int retry = 0; retry < 6 && !found.isEmpty(); retry++) {
            // a layout still settling (a choice box before it has measured its value) is not a clipped text
            WaitForAsyncUtils.sleep(250, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            found = cutTexts(scene);
        }
        Screenshots.take(scene, prefix + name);
        found.forEach(text -> clipped.add(name + ": " + text));
    }

    private static List<String> cutTexts(Scene scene) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            List<String> cut = new ArrayList<>();
            collect(scene.getRoot(), cut);
            return cut;
        }));
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && !(node instanceof Cell<?>) && !ellipsisedOnPurpose(labeled)
                && shownCut(labeled) != null) {
            cut.add(shownCut(labeled));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, cut));
        }
    }

    /**
     * A partner's name and the client's story link on Today, a partner's name and company in the
     * partners and VIP lists (the sample's 80-character name): names shorten so the due time, figures
     * and actions beside them stay (item 4). A table's column header: its column is as wide as its cells need, and the header
     * gives way (a known limit: a long header in a narrow number column reads cut, e.g. pseudo "Won").
     */
    private static final List<String> NAMES_THAT_GIVE_WAY = List.of("partner-link", "story-link", "partner-name",
            "partner-company", "vip-partner-name", "vip-partner-company");

    private static boolean ellipsisedOnPurpose(Labeled labeled) {
        return NAMES_THAT_GIVE_WAY.stream().anyMatch(labeled.getStyleClass()::contains)
                || labeled.getParent() != null && labeled.getParent().getStyleClass().contains("column-header");
    }

    /** "“Full text” shown as “Full t…”" when the Labeled's own text node shows less than its text. */
    static String shownCut(Labeled labeled) {
        String full = labeled.getText();
        if (full == null || full.isBlank() || labeled.getGraphic() != null && labeled.getContentDisplay()
                == javafx.scene.control.ContentDisplay.GRAPHIC_ONLY) {
            return null;
        }
        String wanted = labeled.isMnemonicParsing() ? full.replaceAll("_(?!_)", "").replace("__", "_") : full;
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && shown.getStyleClass().contains("text")) {
                String text = shown.getText();
                if (!text.equals(wanted) && !text.replace("\n", " ").equals(wanted.replace("\n", " "))
                        && text.endsWith(labeled.getEllipsisString())) {
                    return "\u201c" + full + "\u201d shown as \u201c" + text + "\u201d ("
                            + labeled.getClass().getSimpleName() + " " + labeled.getStyleClass() + ")";
                }
            }
        }
        return null;
    }
}
