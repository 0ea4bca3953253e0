package org.referraldesk.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * The one FXML loader: views come from FXML next to their controller class, text from the feature's
 * resource bundle (messages.properties in the controller's package, falling back to the shared
 * org/referraldesk/ui/messages.properties), and controllers from a factory that hands each one its
 * dependencies.
 */
public final class ViewLoader {
    private final ResourceBundle bundle;
    private final Function<Class<?>, Object> controllers;

    public ViewLoader(ResourceBundle bundle, Function<Class<?>, Object> controllers) {
        this.bundle = bundle;
        this.controllers = controllers;
    }

    /** Loads {@code name}.fxml from the package of {@code anchor}. */
    public Parent load(Class<?> anchor, String name) {
        return loadWithController(anchor, name).root();
    }

    /** Loads {@code name}.fxml from the package of {@code controller} and returns it with its controller. */
    public <C> LoadedView<C> loadWithController(Class<C> controller, String name) {
        Class<?> anchor = controller;
        URL fxml = anchor.getResource(name + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("No view " + name + ".fxml beside " + anchor.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, textFor(anchor));
        loader.setControllerFactory(controllers::apply);
        try {
            Parent root = loader.load();
            FieldLabels.link(root, loader.getResources());
            return new LoadedView<>(root, controller.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load view " + fxml, e);
        }
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The texts for views and view models in {@code anchor}'s package: its own, then the shared ones. */
    public ResourceBundle textFor(Class<?> anchor) {
        return FeatureBundle.forPackageOf(anchor, bundle);
    }

    public String text(String key) {
        return bundle.getString(key);
    }
}
