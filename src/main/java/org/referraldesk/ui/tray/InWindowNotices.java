package org.referraldesk.ui.tray;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** Notices inside the main window (where there is no system tray): a ControlsFX notification. */
public final class InWindowNotices implements Consumer<Notice> {
    private final Supplier<Window> owner;

    public InWindowNotices(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void accept(Notice notice) {
        Window window = owner.get();
        if (window == null || !window.isShowing()) {
            return;
        }
        Notifications.create()
                .title(notice.title())
                .text(notice.text())
                .owner(window)
                .hideAfter(Duration.seconds(12))
                .showInformation();
    }
}
