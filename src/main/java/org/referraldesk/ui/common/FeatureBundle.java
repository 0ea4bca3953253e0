package org.referraldesk.ui.common;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.referraldesk.domain.Labels;

/**
 * A feature's own texts (messages.properties in its package) in front of the app's shared ones, and
 * behind those the domain's labels (domain/labels.properties), so a view can name a stage or a
 * follow-up kind (%heroMeasure.PROFIT) without a copy in its own bundle.
 */
final class FeatureBundle extends ResourceBundle {
    private final ResourceBundle feature;

    FeatureBundle(ResourceBundle feature, ResourceBundle shared) {
        this.feature = feature;
        setParent(shared);
    }

    /** The bundle for views in {@code anchor}'s package, or the shared one where the feature has none. */
    static ResourceBundle forPackageOf(Class<?> anchor, ResourceBundle shared) {
        ResourceBundle withLabels = new FeatureBundle(shared, ResourceBundle.getBundle(Labels.BUNDLE));
        try {
            return new FeatureBundle(ResourceBundle.getBundle(anchor.getPackageName() + ".messages"), withLabels);
        } catch (MissingResourceException none) {
            return withLabels;
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
