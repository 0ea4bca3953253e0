package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.referraldesk.testing.ImportCorpus;
import org.testfx.util.WaitForAsyncUtils;

/** The import dialogs in the real window: a file in, its preview and trial report, Import, the final report. */
class ImportWindowTest extends DeskWindowTest {

    /** Opens the contacts import from the Partners screen with {@code file} as the chosen file. */
    Scene importContacts(String file) throws Exception {
        files.pick(ImportCorpus.file(file));
        waitUntilVisible("#partnersNav");
        clickOn("#partnersNav");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown(".import-contacts-button") != null);
        clickOn(shown(".import-contacts-button"));
        return waitForTrial();
    }

    Scene importReferrals(String file) throws Exception {
        files.pick(ImportCorpus.file(file));
        openReferrals();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown(".import-referrals-button") != null);
        clickOn(shown(".import-referrals-button"));
        return waitForTrial();
    }

    /** The node matching {@code query} that is really on screen (it and all its parents visible), or null. */
    Node shown(String query) {
        return lookup(query).queryAll().stream().filter(ImportWindowTest::onScreen).findFirst().orElse(null);
    }

    static boolean onScreen(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    Scene waitForTrial() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".import-report").tryQuery()
                .map(label -> !((Label) label).getText().isEmpty()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(".import-view").query().getScene();
    }

    void importAndWait() throws Exception {
        clickOn("Import");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("Close").tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aContactsFileShowsItsPreviewTrialAndFinalReportWithTheRejectedLine() throws Exception {
        importContacts("crlf-in-quotes.csv");
        TableView<?> preview = lookup(".import-preview").queryTableView();
        assertEquals(3, preview.getItems().size());
        assertTrue(lookup(".import-report").queryAs(Label.class).getText().startsWith("A trial run found 2 to import"));

        importAndWait();

        assertEquals("Imported 2, merged 0, skipped 0 duplicates, rejected 1 row.",
                lookup(".import-report").queryAs(Label.class).getText());
        ListView<?> lines = lookup(".import-report-lines").queryListView();
        assertEquals(1, lines.getItems().size());
        assertTrue(lines.getItems().get(0).toString().contains("Line 5"));
        clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();

        importContacts("crlf-in-quotes.csv");
        assertEquals("A trial run found 0 to import, 0 to merge, 2 duplicates to skip and 1 rejected row. "
                + "Nothing is stored yet.", lookup(".import-report").queryAs(Label.class).getText(),
                "the first import stored both contacts");
        clickOn("Cancel");
    }

    @Test
    void aPreviewValueCutToItsColumnShowsWhollyAsATooltip() throws Exception {
        importContacts("google-contacts-old.csv");
        String address = "12 St James's Square, London";
        javafx.scene.control.TableCell<?, ?> cell = lookup(".import-preview .table-cell")
                .match(node -> node instanceof javafx.scene.control.TableCell<?, ?> c && address.equals(c.getText()))
                .query();

        assertEquals(address, cell.getTooltip().getText());
        clickOn("Cancel");
    }

    @Test
    void aGoogleFormsExportBecomesStoriesOnTheReferralsList() throws Exception {
        importReferrals("google-forms-referrals.csv");
        assertEquals("Your friend's name", lookup(".import-choice-client-name").queryComboBox().getValue());

        importAndWait();
        clickOn("Close");

        TableView<?> stories = lookup(".referral-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stories.getItems().size() == 3 && stories.isVisible());
        assertEquals(3, stories.getItems().size());
    }
}
