package org.referraldesk.ui.main;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ObservableIntegerValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.referraldesk.domain.Wording;
import org.referraldesk.ui.about.AboutDialog;
import org.referraldesk.ui.common.DroppedEmail;
import org.referraldesk.ui.common.Theme;
import org.referraldesk.ui.common.WindowKeys;
import org.referraldesk.ui.shortcuts.ShortcutsDialog;
import org.referraldesk.ui.common.ViewLoader;
import org.referraldesk.ui.leaderboard.LeaderboardController;
import org.referraldesk.ui.data.DataController;
import org.referraldesk.ui.cards.CardsController;
import org.referraldesk.ui.partners.PartnerListController;
import org.referraldesk.ui.referrals.ReferralListController;
import org.referraldesk.ui.trash.TrashController;
import org.referraldesk.ui.settings.SettingsController;
import org.referraldesk.ui.vip.VipController;
import org.referraldesk.ui.today.TodayController;
import org.referraldesk.ui.welcome.WelcomeDialog;

/** Wires the main window: the navigation rail, the theme switch, the current screen and its shortcuts. */
public final class MainController {
    private static final KeyCombination NEW_REFERRAL = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SHORTCUTS = new KeyCodeCombination(KeyCode.F1);
    /** Ctrl+1 … Ctrl+9: the rail's pages in rail order (ADR 0020). */
    private static final List<KeyCode> PAGE_KEYS = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3,
            KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9);
    private static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final MainViewModel model;
    private final MainNavigator navigator;
    private final ViewLoader views;
    private final ObservableIntegerValue overdue;
    private final AboutDialog about;

    @FXML private StackPane content;
    @FXML private VBox rail;
    @FXML private ToggleGroup navGroup;
    /** The rail item of the screen showing, selected again when the owner keeps editing there. */
    private Toggle showing;
    /** True while a page opens from Ctrl+1 … Ctrl+9: the page takes the focus then. */
    private boolean onPageKey;
    @FXML private ToggleButton todayNav;
    @FXML private ToggleButton referralsNav;
    @FXML private ToggleButton trashNav;
    @FXML private ToggleButton settingsNav;
    @FXML private ToggleButton partnersNav;
    @FXML private ToggleButton vipNav;
    @FXML private ToggleButton leaderboardNav;
    @FXML private ToggleButton dataNav;
    @FXML private ToggleButton cardsNav;
    @FXML private Button themeButton;
    @FXML private Label overdueBadge;

    public MainController(MainViewModel model, MainNavigator navigator, ViewLoader views,
            ObservableIntegerValue overdue, AboutDialog about) {
        this.overdue = overdue;
        this.about = about;
        this.model = model;
        this.navigator = navigator;
        this.views = views;
    }

    @FXML
    private void initialize() {
        WindowKeys.install();
        navigator.attach(content);
        rail.addEventFilter(KeyEvent.KEY_PRESSED, this::railArrows);
        navigator.onShown(screen -> {
            selectRailItemOf(screen);
            showing = navGroup.getSelectedToggle();
            boolean fromPageKey = onPageKey;
            Platform.runLater(() -> PageFocus.into(content, fromPageKey));
        });
        navigator.onStayed(() -> {
            if (showing != null) {
                showing.setSelected(true);
            }
        });
        model.themeProperty().addListener((obs, old, theme) -> showTheme(theme));
        showTheme(model.themeProperty().get());
        showToday();
        overdue.addListener((obs, old, count) -> showOverdue(count.intValue()));
        showOverdue(overdue.get());
        content.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(NEW_REFERRAL, this::newReferral);
                scene.getAccelerators().put(SHORTCUTS, this::showShortcuts);
                for (int i = 0; i < PAGE_KEYS.size(); i++) {
                    ToggleButton page = (ToggleButton) navGroup.getToggles().get(i);
                    scene.getAccelerators().put(new KeyCodeCombination(PAGE_KEYS.get(i), KeyCombination.SHORTCUT_DOWN),
                            () -> open(page, false));
                }
                scene.addEventHandler(KeyEvent.KEY_TYPED, this::questionMark);
                scene.getAccelerators().put(SEARCH, navigator::search);
                scene.getAccelerators().put(FIND, navigator::searchOnScreen);
                DroppedEmail.acceptDrops(scene.getRoot(), this::recordFromEmail);
                DroppedEmail.acceptPastes(scene.getRoot(), false, this::recordFromEmail);
            }
        });
    }

    /**
     * Once the window shows: on a desk whose owner has given no names and was never asked, the
     * first-start dialog asks for them (skippable; Settings edits them later).
     */
    public void welcomeIfNew() {
        new WelcomeDialog(views).openIfDue(navigator.window());
    }

    /** Ctrl+N: the new-referral form; once saved, the referrals list with the new story. */
    private void newReferral() {
        navigator.newReferral(this::showReferrals);
    }

    /** An introduction email dropped anywhere on the window (or pasted): the new-referral form, filled from it. */
    private void recordFromEmail(DroppedEmail email) {
        navigator.recordFromEmail(email, this::showReferrals);
    }

    @FXML
    private void showTrash() {
        select(trashNav);
        navigator.show(TrashController.class, "TrashView");
    }

    /** The rail shows where the window is; clicking the current item again keeps it selected. */
    private void select(ToggleButton item) {
        item.setSelected(true);
    }

    /** The start screen: what is overdue, due today and due this week (also the tray's "Today"). */
    @FXML
    public void showToday() {
        select(todayNav);
        navigator.showToday();
    }

    /** Keeps the rail in step when a screen opens another rail screen itself. */
    private void selectRailItemOf(Class<?> screen) {
        if (screen == TodayController.class) {
            select(todayNav);
        } else if (screen == ReferralListController.class) {
            select(referralsNav);
        } else if (screen == PartnerListController.class) {
            select(partnersNav);
        } else if (screen == LeaderboardController.class) {
            select(leaderboardNav);
        }
    }

    @FXML
    private void showReferrals() {
        select(referralsNav);
        navigator.showReferrals();
    }

    @FXML
    private void showSettings() {
        select(settingsNav);
        navigator.show(SettingsController.class, "SettingsView");
    }

    @FXML
    private void showPartners() {
        select(partnersNav);
        navigator.showPartners();
    }

    /** The badge on the rail: how many follow-ups are due, hidden when none. */
    private void showOverdue(int count) {
        overdueBadge.setText(count > 99 ? "99+" : Integer.toString(count));
        overdueBadge.setVisible(count > 0);
        Wording wording = Wording.forOwner(views.textFor(MainController.class));
        overdueBadge.setTooltip(new Tooltip(wording.format("nav.overdue.tip", count)));
        todayNav.setAccessibleText(count > 0 ? wording.format("nav.today.overdue", count) : null);
    }

    @FXML
    private void showCards() {
        select(cardsNav);
        navigator.show(CardsController.class, "CardsView");
    }

    @FXML
    private void showVip() {
        select(vipNav);
        navigator.show(VipController.class, "VipView");
    }

    /** Up and Down (Left and Right too) on the rail open the page above or below, not only select it. */
    private void railArrows(KeyEvent key) {
        int step = switch (key.getCode()) {
            case UP, LEFT, KP_UP, KP_LEFT -> -1;
            case DOWN, RIGHT, KP_DOWN, KP_RIGHT -> 1;
            default -> 0;
        };
        int at = navGroup.getToggles().indexOf(key.getTarget());
        if (step == 0 || at < 0 || key.isShortcutDown() || key.isAltDown()) {
            return;
        }
        key.consume();
        int next = Math.floorMod(at + step, navGroup.getToggles().size());
        open((ToggleButton) navGroup.getToggles().get(next), true);
    }

    /** Opens a rail page as a click on its item would (asking first about typed work). */
    private void open(ToggleButton page, boolean focusRail) {
        if (focusRail) {
            page.requestFocus();
        }
        onPageKey = !focusRail;
        try {
            page.fire();
        } finally {
            onPageKey = false;
        }
    }

    /** "?" outside a text field: the shortcuts, as F1. */
    private void questionMark(KeyEvent key) {
        if ("?".equals(key.getCharacter()) && !(key.getTarget() instanceof TextInputControl)
                && !key.isShortcutDown()) {
            key.consume();
            showShortcuts();
        }
    }

    /** F1: every shortcut, with a button to About. */
    private void showShortcuts() {
        new ShortcutsDialog(views).open(navigator.window(), this::showAbout);
    }

    /** The rail's info button (and the shortcuts' About button): version, data and log folders, licence. */
    @FXML
    private void showAbout() {
        about.open(navigator.window());
    }

    @FXML
    private void showLeaderboard() {
        select(leaderboardNav);
        navigator.showHeroes();
    }

    /** Exports, backup and restore. */
    @FXML
    private void showData() {
        select(dataNav);
        navigator.show(DataController.class, "DataView");
    }

    @FXML
    private void toggleTheme() {
        model.toggleTheme();
    }

    private void showTheme(Theme theme) {
        theme.apply();
        themeButton.setGraphic(new FontIcon(theme == Theme.DARK ? "fth-sun" : "fth-moon"));
        String switchTo = views.text(theme == Theme.DARK ? "theme.toLight" : "theme.toDark");
        themeButton.setTooltip(new Tooltip(switchTo));
        themeButton.setAccessibleText(switchTo);
    }
}
