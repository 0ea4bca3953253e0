package org.referraldesk.ui.shortcuts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The overlay lists every shortcut of the desk, each with its keys and what it does. */
class ShortcutsViewModelTest {
    private final ShortcutsViewModel model = new ShortcutsViewModel(
            ResourceBundle.getBundle("org.referraldesk.ui.shortcuts.messages"));

    @Test
    void theOverlayNamesTheDesksShortcutsInFourGroups() {
        List<ShortcutsViewModel.Group> groups = model.groups();
        assertEquals(List.of("Everywhere", "Today", "Referrals and partners", "Dialogs and forms"),
                groups.stream().map(ShortcutsViewModel.Group::title).toList());
        List<String> keys = groups.stream().flatMap(g -> g.shortcuts().stream()).map(ShortcutsViewModel.Shortcut::keys)
                .toList();
        for (String shortcut : List.of("Ctrl+N", "Ctrl+K", "Ctrl+F", "Ctrl+1 \u2026 Ctrl+9", "F1 or ?", "Esc", "Delete",
                "Space", "Ctrl+A", "Tab in a note", "Ctrl+Enter in a note")) {
            assertTrue(keys.contains(shortcut), shortcut + " is listed");
        }
        groups.forEach(g -> g.shortcuts().forEach(s -> assertFalse(s.what().isBlank(), s.keys() + " says what it does")));
    }
}
