package org.referraldesk.ui.tray;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Headless there is no tray: the desk says so, never hangs, announces in the window, and closing quits. */
class DeskTrayTest {
    private final ReminderTexts texts = new ReminderTexts(ResourceBundle.getBundle("org.referraldesk.ui.tray.messages"));
    private final AtomicInteger actions = new AtomicInteger();
    private final TrayActions count = new TrayActions(actions::incrementAndGet, actions::incrementAndGet,
            actions::incrementAndGet);

    @Test
    void headlessThereIsNoTray() {
        assertTrue(GraphicsEnvironment.isHeadless(), "the tests run headless");
        DeskTray tray = DeskTray.install(count, texts);
        assertFalse(tray.supported());
        assertEquals(0, actions.get(), "no menu, no actions");
    }

    @Test
    void withoutATrayClosingTheWindowQuitsWhateverTheSetting() {
        DeskTray tray = DeskTray.install(count, texts);
        assertTrue(tray.closingWindowQuits(true));
        assertTrue(tray.closingWindowQuits(false));
    }

    @Test
    void withoutATrayItsCallsDoNothingAndNeverThrow() {
        DeskTray tray = DeskTray.none();
        assertDoesNotThrow(() -> {
            tray.showCount(7);
            tray.notices().accept(new Notice("Follow-up due", "Answer the client – Ben Okafor"));
            tray.remove();
        });
        assertEquals(0, actions.get());
    }

    @Test
    void theIconShowsTheCountAndDrawsWithoutADisplay() {
        assertEquals(24, TrayIconImage.draw(24, 7).getWidth());
        assertTrue(TrayIconImage.draw(16, 0).getRGB(8, 1) != 0, "the icon is filled");
        assertTrue(TrayIconImage.draw(16, 123).getRGB(8, 8) != 0);
    }
}
