package org.referraldesk.ui.common;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/** A feature's own texts (messages.properties in its package) in front of the app's shared ones. */
final class FeatureBundle extends ResourceBundle {
    private final ResourceBundle feature;

    FeatureBundle(ResourceBundle feature, ResourceBundle shared) {
        this.feature = feature;
        setParent(shared);
    }

    /** The bundle for views in {@code anchor}'s package, or the shared one where the feature has none. */
    static ResourceBundle forPackageOf(Class<?> anchor, ResourceBundle shared) {
        try {
            return new FeatureBundle(ResourceBundle.getBundle(anchor.getPackageName() + ".messages"), shared);
        } catch (MissingResourceException none) {
            return shared;
        }
    }

    @Override
    protected Object handleGetObject(String key) {
        return feature.containsKey(key) ? feature.getObject(key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        Set<String> keys = new LinkedHashSet<>(Collections.list(feature.getKeys()));
        keys.addAll(Collections.list(parent.getKeys()));
        return Collections.enumeration(keys);
    }
}
