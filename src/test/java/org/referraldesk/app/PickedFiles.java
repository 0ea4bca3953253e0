package org.referraldesk.app;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.stage.Window;
import org.referraldesk.ui.common.FilePicker;

/** Answers the window's file dialogs in window tests: a headless robot cannot click a native dialog. */
final class PickedFiles implements FilePicker {
    private final Deque<Path> next = new ArrayDeque<>();
    private String lastSuggestedName;

    /** The file the next dialog picks. */
    void pick(Path file) {
        next.add(file);
    }

    String lastSuggestedName() {
        return lastSuggestedName;
    }

    @Override
    public Optional<Path> saveAs(Window owner, String title, String suggestedName, String kind, String pattern) {
        lastSuggestedName = suggestedName;
        return Optional.ofNullable(next.poll());
    }

    @Override
    public Optional<Path> open(Window owner, String title, String kind, String... patterns) {
        return Optional.ofNullable(next.poll());
    }
}
