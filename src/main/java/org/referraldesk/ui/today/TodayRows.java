package org.referraldesk.ui.today;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.ResourceBundle;
import java.util.function.Predicate;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.referraldesk.domain.Wording;
import org.referraldesk.ui.common.EmojiFont;

/**
 * The cells of the Today list: a section's title, a kind group's title, or a row per follow-up with a
 * check box to pick it and the buttons its kind needs. A cell builds the nodes of the line it shows,
 * so only lines on screen have nodes. Ctrl-click toggles a row, Shift-click picks a range, Space toggles
 * the focused row.
 */
final class TodayRows {
    /** What a row's buttons and links ask for. */
    interface Actions {
        void copyMessage(TodayItem item);

        void emailDraft(TodayItem item);

        /** Picks the row, or unpicks it. */
        void toggle(TodayItem item);

        /** Picks every row from the last one toggled to this one. */
        void extendTo(TodayItem item);

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

    private static final PseudoClass PICKED = PseudoClass.getPseudoClass("picked");
    private final ResourceBundle text;
    private final Actions actions;
    private final Predicate<Long> isPicked;
    /** The cells the list made (a screenful and a few more): only they hold nodes. */
    private final Set<Cell> cells = Collections.newSetFromMap(new WeakHashMap<>());

    TodayRows(ResourceBundle text, Actions actions, Predicate<Long> isPicked) {
        this.text = text;
        this.actions = actions;
        this.isPicked = isPicked;
    }

    /** Shows a row picked or not, after the selection changed (only a row on screen has a node to change). */
    void showPicked(long id, boolean picked) {
        for (Cell cell : cells) {
            if (cell.pick != null && cell.getItem() != null && cell.getItem().item() != null
                    && cell.getItem().item().id() == id) {
                cell.pick.setSelected(picked);
                cell.pick.getParent().pseudoClassStateChanged(PICKED, picked);
            }
        }
    }

    /** A cell of the Today list: it shows whichever line the list gives it, in that line's section. */
    ListCell<TodayLine> cell() {
        Cell cell = new Cell();
        cells.add(cell);
        return cell;
    }

    private final class Cell extends ListCell<TodayLine> {
        private CheckBox pick;

        Cell() {
            getStyleClass().add("today-cell");
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        /** The line's nodes, as wide as the list. */
        private void show(Region graphic) {
            graphic.prefWidthProperty().bind(widthProperty().subtract(2));
            setGraphic(graphic);
        }

        @Override
        protected void updateItem(TodayLine line, boolean empty) {
            super.updateItem(line, empty);
            for (TodaySection section : TodaySection.values()) {
                getStyleClass().remove(section.styleClass());
            }
            pick = null;
            setAccessibleText(null);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            getStyleClass().add(line.section().styleClass());
            if (line.isSectionTitle()) {
                show(sectionTitle(line));
                setAccessibleText(text.getString(line.section().titleKey()));
            } else if (line.isGroupTitle()) {
                Label title = new Label(line.groupTitle());
                title.getStyleClass().add("group-title");
                show(title);
                setAccessibleText(line.groupTitle());
            } else {
                HBox row = row(line.item());
                pick = (CheckBox) row.getChildren().get(0);
                show(row);
                setAccessibleText(spoken(line.item()));
            }
        }
    }

    private VBox sectionTitle(TodayLine line) {
        Label title = new Label(text.getString(line.section().titleKey()));
        title.getStyleClass().addAll("title-4", "section-title");
        VBox box = new VBox(title);
        box.getStyleClass().add("today-section");
        if (line.emptySection()) {
            Label none = new Label(text.getString(line.section().noneKey()));
            none.getStyleClass().add("section-none");
            box.getChildren().add(none);
        }
        return box;
    }

    /** What a screen reader says for a row: "Thank the referrer: Anna Keller for Ben Ortiz. Due at 09:00, 1 day overdue". */
    String spoken(TodayItem item) {
        Wording wording = Wording.forOwner(text);
        String when = item.lateText().isEmpty() ? item.dueText()
                : wording.format("row.spoken.late", item.dueText(), item.lateText());
        String who = item.hasPartner() && item.hasStory()
                ? wording.format("row.spoken.both", item.partnerName(), item.clientName())
                : item.hasPartner() ? item.partnerName() : item.hasStory() ? item.clientName() : null;
        return who == null ? wording.format("row.spoken.alone", item.kindLabel(), when)
                : wording.format("row.spoken", item.kindLabel(), who, when);
    }

    private HBox row(TodayItem item) {
        Label kind = new Label(item.kindLabel());
        kind.getStyleClass().add("row-kind");
        HBox who = new HBox();
        who.getStyleClass().add("row-who");
        if (item.hasPartner()) {
            Hyperlink partner = link(item.partnerName(), "row.partnerTip", "partner-link",
                    () -> actions.openPartner(item.partnerId()));
            partner.setMinWidth(0); // at 1024 pixels the partner's name gives way first, to nothing if it must
            who.getChildren().add(partner);
        }
        if (item.hasStory()) {
            Hyperlink story = link(Wording.forOwner(text).format("row.story", item.clientName()), "row.storyTip",
                    "story-link", () -> actions.openStory(item.referralId()));
            story.setMinWidth(Region.USE_PREF_SIZE); // the partner's long name gives way, the story stays whole
            who.getChildren().add(story);
        }
        VBox what = new VBox(kind, who);
        what.getStyleClass().add("row-what");
        HBox.setHgrow(what, Priority.ALWAYS);
        Label due = new Label(item.dueText());
        due.getStyleClass().add("row-due");
        due.setMinWidth(Region.USE_PREF_SIZE);
        VBox when = new VBox(due);
        when.getStyleClass().add("row-when");
        when.setMinWidth(Region.USE_PREF_SIZE);
        if (!item.lateText().isEmpty()) {
            Label late = new Label(item.lateText());
            late.getStyleClass().add("row-late");
            late.setMinWidth(Region.USE_PREF_SIZE);
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
        HBox buttons = new HBox();
        if (item.message()) {
            buttons.getChildren().addAll(
                    iconButton("row.copy", "row.copyTip", "copy-message-button", "fth-copy", () -> actions.copyMessage(item)),
                    iconButton("row.draft", "row.draftTip", "email-draft-button", "fth-mail", () -> actions.emailDraft(item)));
        }
        buttons.getChildren().addAll(doneButton(item), snoozeMenu(item),
                button("row.skip", "skip-button", () -> actions.skip(item)));
        if (item.hasStory()) {
            Button open = iconButton(null, "row.openStory", "open-story-button", "fth-arrow-right",
                    () -> actions.openStory(item.referralId()));
            buttons.getChildren().add(open);
        }
        buttons.getStyleClass().add("row-buttons");
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        CheckBox pick = new CheckBox();
        pick.getStyleClass().add("row-pick");
        pick.setTooltip(new Tooltip(text.getString("row.pickTip")));
        pick.setAccessibleText(Wording.forOwner(text).format("row.spoken.pick", spoken(item)));
        pick.setSelected(isPicked.test(item.id()));
        pick.setOnAction(e -> {
            pick.setSelected(isPicked.test(item.id()));
            actions.toggle(item);
        });
        row.pseudoClassStateChanged(PICKED, pick.isSelected());
        row.getChildren().addAll(pick, what, when, buttons);
        row.setOnMouseClicked(e -> { // the list takes the focus and its focused row; Space picks it there
            if (!onAControl(e.getPickResult().getIntersectedNode(), row)) {
                if (e.isShiftDown()) {
                    actions.extendTo(item);
                } else if (e.isShortcutDown()) {
                    actions.toggle(item);
                }
            }
        });
        return row;
    }

    /** A click on a button, link or check box inside the row is theirs, not a pick. */
    private static boolean onAControl(Node clicked, Node row) {
        for (Node n = clicked; n != null && n != row; n = n.getParent()) {
            if (n instanceof ButtonBase) {
                return true;
            }
        }
        return false;
    }

    /** A small button; with no label key, the icon alone with the tip as its tooltip. */
    private Button iconButton(String key, String tipKey, String styleClass, String icon, Runnable action) {
        Button button = new Button(key == null ? null : text.getString(key), new FontIcon(icon));
        button.getStyleClass().addAll("small", styleClass);
        button.setTooltip(new Tooltip(text.getString(tipKey)));
        if (key == null) {
            button.setAccessibleText(text.getString(tipKey));
        }
        button.setOnAction(e -> action.run());
        return button;
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
        EmojiFont.follow(link);
        return link;
    }

    /** Snooze for a day, a week, or until a picked date: one menu keeps the row narrow. */
    private MenuButton snoozeMenu(TodayItem item) {
        MenuButton snooze = new MenuButton(text.getString("row.snooze"));
        snooze.getStyleClass().addAll("small", "snooze-button");
        snooze.setAccessibleText(snooze.getText()); // a MenuButton's own TEXT is empty
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
