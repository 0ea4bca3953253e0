package org.referraldesk.ui.main;

import java.util.function.Consumer;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.referraldesk.ui.common.LoadedView;
import org.referraldesk.ui.common.Navigator;
import org.referraldesk.ui.common.ViewLoader;

/** Swaps the screens in the main window's content area. */
public final class MainNavigator implements Navigator {
    private final ViewLoader views;
    private StackPane content;
    private Consumer<Class<?>> shown = screen -> { };

    public MainNavigator(ViewLoader views) {
        this.views = views;
    }

    void attach(StackPane contentArea) {
        this.content = contentArea;
    }

    /** Tells the rail which screen is showing, whoever asked for it (e.g. Today's "Go to Referrals"). */
    void onShown(Consumer<Class<?>> listener) {
        this.shown = listener;
    }

    @Override
    public <C> C show(Class<C> controller, String view) {
        LoadedView<C> loaded = views.loadWithController(controller, view);
        content.getChildren().setAll(loaded.root());
        shown.accept(controller);
        return loaded.controller();
    }

    @Override
    public Window window() {
        return content.getScene().getWindow();
    }
}
