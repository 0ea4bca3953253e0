package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.TrashItem;
import org.referraldesk.service.NewReferral;
import org.referraldesk.service.Services;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two records of one person in the window: the likely duplicates from the Partners list, the merge
 * dialog from there and from a partner's page, and the merge undone from the Trash; with tour shots.
 */
class MergeTourTest extends DeskWindowTest {

    /** The sample desk, and Zoë Lefèvre typed in again from a business card, with a story of her own. */
    private long addZoeTwice() throws Exception {
        addSampleData();
        Services services = Services.on(store, CLOCK, "test");
        long typo = store.inTransaction(tx -> tx.contacts().insert(new Contact(0, "Zoe Lefevre", null,
                "Zoe@Lefevre.example", null, null, "Typed in from her business card"), CLOCK.instant()));
        services.referrals().record(NewReferral.of("Zoe Lefevre", "Marta Kowalski", Channel.IN_PERSON,
                "A new website for the bakery").receivedAt(CLOCK.instant().minus(Duration.ofDays(2))));
        return typo;
    }

    private long martasReferrer() {
        return store.inTransaction(tx -> {
            long story = tx.referrals().summaries(100, 0).stream().filter(s -> s.clientName().equals("Marta Kowalski"))
                    .findFirst().orElseThrow().id();
            return tx.referrals().find(story).orElseThrow().referrerId();
        });
    }

    private long zoe() {
        return store.inTransaction(tx -> tx.contacts().findByName("Zoë Lefèvre")).orElseThrow().id();
    }

    @Test
    void aLikelyDuplicateIsReviewedMergedAndTheMergeIsUndoneFromTheTrash() throws Exception {
        long typo = addZoeTwice();
        clickOn("#partnersNav");
        waitUntilVisible(".duplicates-button");
        shoot("32-partners-duplicates-button");
        clickOn(".duplicates-button");
        waitUntilVisible(".duplicates-table");
        TableView<?> pairs = lookup(".duplicates-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pairs.getItems().size() == 1);
        clickOn(".duplicates-table .table-row-cell");
        shootDialog(".duplicates-table", "34-duplicates");

        clickOn(".review-duplicate");
        waitUntilVisible(".merge-grid");
        assertTrue(lookup("Zoe@Lefevre.example").tryQuery().isPresent(), "the other record's email, to pick");
        shootDialog(".merge-grid", "35-merge-dialog");
        clickOn(lookup(".merge-dialog .button").match(n -> n instanceof javafx.scene.control.Button b
                && "Merge".equals(b.getText().replace("_", ""))).<Node>query());

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".merge-grid").tryQuery().isEmpty()
                && pairs.getItems().isEmpty());
        assertTrue(lookup("No likely duplicates: every person has one record.").tryQuery().isPresent());
        assertEquals(List.of(TrashItem.Kind.MERGE), Services.on(store, CLOCK, "test").trash().items().stream()
                .map(TrashItem::kind).toList());
        assertEquals(zoe(), martasReferrer(), "her story is Zoë's now");
        clickOn("Close");

        clickOn("Trash");
        waitUntilVisible(".trash-table .table-row-cell");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> lookup("Zoe Lefevre \u2192 Zoë Lefèvre").tryQuery().isPresent());
        clickOn("Zoe Lefevre \u2192 Zoë Lefèvre");
        shoot("36-trash-merge");
        clickOn(".restore-button");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> store.inTransaction(tx -> tx.contacts().find(typo)).isPresent());
        assertEquals(typo, martasReferrer(), "restoring the merge gives her story back to the record it came from");
    }

    @Test
    void mergeWithOnAPartnersPageFindsTheOtherRecordTypedWithoutAccents() throws Exception {
        addZoeTwice();
        clickOn("#partnersNav");
        waitUntilVisible(".partner-table");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".partner-name")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("Zoë Lefèvre")).tryQuery().isPresent());
        doubleClickOn(lookup(".partner-name").match(org.testfx.matcher.control.LabeledMatchers.hasText("Zoë Lefèvre"))
                .queryLabeled());
        waitUntilVisible(".merge-button");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Zoë Lefèvre".equals(lookup(".partner-title").queryLabeled().getText()));
        shoot("33-partner-merge-button");
        clickOn(".theme-switch");
        clickOn(".merge-button");
        waitUntilVisible(".merge-find");
        clickOn(".merge-find").write("zoe lef");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> lookup(".merge-candidates").queryListView().getItems().size() == 1);
        clickOn(".merge-candidates .list-cell");
        waitUntilVisible(".merge-grid");
        shootDialog(".merge-grid", "35-merge-dialog-find-dark"); // also lets the dialog settle at its new height
        clickOn("Merge");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".merge-grid").tryQuery().isEmpty());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("Marta Kowalski").tryQuery().isPresent());
        assertEquals("Zoë Lefèvre", lookup(".partner-title").queryLabeled().getText());
    }

    @Test
    void mergeWithOnAnOnwardContactsPageFoundByTheSearchBoxTakesInTheTypo() throws Exception {
        addSampleData();
        long typo = store.inTransaction(tx -> tx.contacts().insert(new Contact(0, "Brightwire Electric", null,
                null, "0161 496 0000", null, null), CLOCK.instant()));
        SearchWindowTest.search(this, "electrical");
        push(javafx.scene.input.KeyCode.ENTER);
        waitUntilVisible(".contact-page .merge-button");
        clickOn(".contact-page .merge-button");
        waitUntilVisible(".merge-find");
        clickOn(".merge-find").write("brightwire");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> lookup(".merge-candidates").queryListView().getItems().size() == 1);
        clickOn(".merge-candidates .list-cell");
        waitUntilVisible(".merge-grid");
        shootDialog(".merge-grid", "37-merge-dialog-onward");
        clickOn("Merge");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".merge-grid").tryQuery().isEmpty());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("0161 496 0000").tryQuery().isPresent());
        assertEquals("Brightwire Electrical", lookup(".contact-name").queryLabeled().getText());
        assertTrue(store.inTransaction(tx -> tx.contacts().find(typo)).isEmpty(), "the typo waits in the Trash");
        shoot("75-contact-after-merge");
    }

    /** The dialog holding {@code inside}: its own window, not the main window's scene. */
    private void shootDialog(String inside, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents(); // a dialog that grew moves up on the next pulse
        Scene dialog = lookup(inside).<Node>query().getScene();
        Path file = Screenshots.take(dialog, name);
        assertTrue(Files.size(file) > 10_000, name + " has content");
    }
}
