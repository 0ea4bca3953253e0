package org.referraldesk.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * The one way the window asks the owner for a file to write or to read; only picks a path, never
 * touches the file. Window tests answer it themselves: a headless robot cannot click a native dialog.
 */
public interface FilePicker {

    /** A file to write, offering {@code suggestedName}; empty when the owner cancels. */
    Optional<Path> saveAs(Window owner, String title, String suggestedName, String kind, String pattern);

    /** A file to read among {@code patterns}; empty when the owner cancels. */
    Optional<Path> open(Window owner, String title, String kind, String... patterns);
}
