package org.referraldesk.ui.partners;

import java.util.ResourceBundle;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Hero badge: a star and "Hero", for a partner with a won referral or marked a Hero by hand. */
final class HeroBadge {
    static final String STYLE_CLASS = "hero-badge";

    private HeroBadge() {
    }

    static Label create(ResourceBundle text) {
        Label badge = new Label(text.getString("partners.hero"), new FontIcon("fth-star"));
        badge.getStyleClass().add(STYLE_CLASS);
        badge.setTooltip(new Tooltip(text.getString("partners.hero.tip")));
        badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return badge;
    }
}
