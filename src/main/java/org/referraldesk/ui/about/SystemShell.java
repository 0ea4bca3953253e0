package org.referraldesk.ui.about;

import java.awt.Desktop;
import java.net.URI;
import java.nio.file.Path;

/** Opens a folder in the file manager or a link in the browser; false where this computer cannot. */
public interface SystemShell {
    boolean openFolder(Path folder) throws Exception;

    boolean browse(URI link) throws Exception;

    /** The desktop's own file manager and browser through AWT (the window is no JavaFX Application). */
    static SystemShell desktop() {
        return new SystemShell() {
            @Override
            public boolean openFolder(Path folder) throws Exception {
                if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    return false;
                }
                Desktop.getDesktop().open(folder.toFile());
                return true;
            }

            @Override
            public boolean browse(URI link) throws Exception {
                if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                    return false;
                }
                Desktop.getDesktop().browse(link);
                return true;
            }
        };
    }
}
