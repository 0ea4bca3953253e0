package org.referraldesk.ui.main;

import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.referraldesk.ui.common.LoadedView;
import org.referraldesk.ui.common.Navigator;
import org.referraldesk.ui.common.ViewLoader;

/** Swaps the screens in the main window's content area. */
public final class MainNavigator implements Navigator {
    private final ViewLoader views;
    private StackPane content;

    public MainNavigator(ViewLoader views) {
        this.views = views;
    }

    void attach(StackPane contentArea) {
        this.content = contentArea;
    }

    @Override
    public <C> C show(Class<C> controller, String view) {
        LoadedView<C> loaded = views.loadWithController(controller, view);
        content.getChildren().setAll(loaded.root());
        return loaded.controller();
    }

    @Override
    public Window window() {
        return content.getScene().getWindow();
    }
}
