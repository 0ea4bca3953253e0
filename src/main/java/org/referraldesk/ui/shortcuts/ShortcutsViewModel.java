package org.referraldesk.ui.shortcuts;

import java.util.List;
import java.util.ResourceBundle;

/**
 * Every shortcut of the desk, in groups, as the overlay lists them (F1 or "?"): the keys and what
 * they do, both from the bundle so each language names its own keys (Strg, Maj, …).
 */
public final class ShortcutsViewModel {
    /** One line of the overlay. */
    public record Shortcut(String keys, String what) {
    }

    /** A titled group of lines. */
    public record Group(String title, List<Shortcut> shortcuts) {
    }

    private static final List<List<String>> GROUPS = List.of(
            List.of("everywhere", "newReferral", "search", "find", "pages", "rail", "shortcuts", "move"),
            List.of("today", "pick", "pickAll", "done", "rowButtons"),
            List.of("lists", "open", "delete", "undo"),
            List.of("dialogs", "save", "cancel", "mnemonic", "noteLeave", "noteLine", "noteSave", "menu"));

    private final ResourceBundle text;

    public ShortcutsViewModel(ResourceBundle text) {
        this.text = text;
    }

    public String title() {
        return text.getString("shortcuts.title");
    }

    public List<Group> groups() {
        return GROUPS.stream().map(group -> new Group(text.getString("shortcuts.group." + group.get(0)),
                group.subList(1, group.size()).stream().map(name -> new Shortcut(
                        text.getString("shortcuts." + name + ".keys"), text.getString("shortcuts." + name + ".what")))
                        .toList())).toList();
    }
}
