package org.referraldesk.ui.today;

import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.referraldesk.domain.Wording;

/** Builds the nodes of one kind group: a header, then a row per follow-up with its buttons. */
final class TodayRows {
    /** What a row's buttons and links ask for. */
    interface Actions {
        void done(TodayItem item);

        void snooze(TodayItem item, int days);

        void pickDate(TodayItem item);

        void skip(TodayItem item);

        void openStory(long referralId);

        void openPartner(long partnerId);

        /** A gift is done by logging it (what, amount, day). */
        void logGift(TodayItem item);

        /** A public thank-you is done once it is posted, saying where. */
        void posted(TodayItem item);
    }

    private final ResourceBundle text;
    private final Actions actions;

    TodayRows(ResourceBundle text, Actions actions) {
        this.text = text;
        this.actions = actions;
    }

    Node group(TodayGroup group) {
        Label title = new Label(group.title() + "  \u00b7  " + group.items().size());
        title.getStyleClass().add("group-title");
        VBox box = new VBox(title);
        box.getStyleClass().addAll("kind-group", "kind-" + group.kind().name().toLowerCase().replace('_', '-'));
        group.items().forEach(item -> box.getChildren().add(row(item)));
        return box;
    }

    private Node row(TodayItem item) {
        Label kind = new Label(item.kindLabel());
        kind.getStyleClass().add("row-kind");
        HBox who = new HBox();
        who.getStyleClass().add("row-who");
        if (item.hasPartner()) {
            who.getChildren().add(link(item.partnerName(), "row.partnerTip", "partner-link",
                    () -> actions.openPartner(item.partnerId())));
        }
        if (item.hasStory()) {
            who.getChildren().add(link(Wording.forOwner(text).format("row.story", item.clientName()), "row.storyTip",
                    "story-link", () -> actions.openStory(item.referralId())));
        }
        VBox what = new VBox(kind, who);
        what.getStyleClass().add("row-what");
        HBox.setHgrow(what, Priority.ALWAYS);
        Label due = new Label(item.dueText());
        due.getStyleClass().add("row-due");
        VBox when = new VBox(due);
        when.getStyleClass().add("row-when");
        when.setMinWidth(Region.USE_PREF_SIZE);
        if (!item.lateText().isEmpty()) {
            Label late = new Label(item.lateText());
            late.getStyleClass().add("row-late");
            when.getChildren().add(0, late);
        }
        HBox row = new HBox();
        row.getStyleClass().add("today-row");
        if (item.longOverdue()) {
            row.getStyleClass().add("long-overdue");
            FontIcon alert = new FontIcon("fth-alert-triangle");
            alert.getStyleClass().add("long-overdue-icon");
            Label late = (Label) when.getChildren().get(0);
            late.setGraphic(alert);
            Tooltip.install(when, new Tooltip(text.getString("row.longOverdueTip")));
        }
        HBox buttons = new HBox(doneButton(item),
                snoozeMenu(item),
                button("row.skip", "skip-button", () -> actions.skip(item)));
        buttons.getStyleClass().add("row-buttons");
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        row.getChildren().addAll(what, when, buttons);
        return row;
    }

    /** Done; "Log gift…" for a gift; "Posted…" for a public thank-you. */
    private Button doneButton(TodayItem item) {
        return switch (item.kind()) {
            case GIFT -> button("row.logGift", "log-gift-button", () -> actions.logGift(item));
            case PUBLIC_THANKS -> button("row.posted", "posted-button", () -> actions.posted(item));
            default -> button("row.done", "done-button", () -> actions.done(item));
        };
    }

    private Hyperlink link(String label, String tipKey, String styleClass, Runnable open) {
        Hyperlink link = new Hyperlink(label);
        link.getStyleClass().add(styleClass);
        link.setTooltip(new Tooltip(text.getString(tipKey)));
        link.setOnAction(e -> open.run());
        return link;
    }

    /** Snooze for a day, a week, or until a picked date: one menu keeps the row narrow. */
    private MenuButton snoozeMenu(TodayItem item) {
        MenuButton snooze = new MenuButton(text.getString("row.snooze"));
        snooze.getStyleClass().addAll("small", "snooze-button");
        snooze.getItems().addAll(
                menuItem("row.snoozeDay", "snooze-day-button", () -> actions.snooze(item, 1)),
                menuItem("row.snoozeWeek", "snooze-week-button", () -> actions.snooze(item, 7)),
                menuItem("row.pickDate", "pick-date-button", () -> actions.pickDate(item)));
        return snooze;
    }

    private MenuItem menuItem(String key, String styleClass, Runnable action) {
        MenuItem menuItem = new MenuItem(text.getString(key));
        menuItem.getStyleClass().add(styleClass);
        menuItem.setOnAction(e -> action.run());
        return menuItem;
    }

    private Button button(String key, String styleClass, Runnable action) {
        Button button = new Button(text.getString(key));
        button.getStyleClass().addAll("small", styleClass);
        if ("done-button".equals(styleClass)) {
            button.getStyleClass().add("success");
            button.setGraphic(new FontIcon("fth-check"));
        } else if ("log-gift-button".equals(styleClass) || "posted-button".equals(styleClass)) {
            button.getStyleClass().add("success");
            button.setGraphic(new FontIcon("log-gift-button".equals(styleClass) ? "fth-gift" : "fth-award"));
        }
        button.setOnAction(e -> action.run());
        return button;
    }
}
