package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Cards screen in the real window: the sample desk's thirteen cards, one marked written and posted. */
class CardsWindowTest extends DeskWindowTest {

    @Test
    void theSampleCardsArePreviewedAndOneIsMarkedWrittenAndPosted() throws Exception {
        addSampleData();
        clickOn("#cardsNav");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".card-entry").queryAll().size() == 16);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#cardsNav").queryAs(ToggleButton.class).isSelected());
        assertEquals(1, lookup(".card-address-missing").queryAll().size(), "Zoë Lefèvre has no address");
        assertTrue(lookup("16 cards \u00b7 1 without an address").tryQuery().isPresent());
        assertEquals(javafx.print.Printer.getDefaultPrinter() == null,
                lookup("#printButton").queryAs(Button.class).isDisabled(), "Print only with a printer");

        clickOn("Tick none");
        clickOn(lookup(".card-tick").queryAll().iterator().next());
        assertTrue(lookup(".card-tick").queryAll().stream().filter(n -> ((CheckBox) n).isSelected()).count() == 1);
        clickOn("Mark written and posted");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".card-entry").queryAll().size() == 15);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup(".cards-message").queryLabeled().getText().startsWith("Marked 1 card written and posted"));
    }
}
