package org.referraldesk.ui.main;

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
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.referraldesk.domain.Wording;
import org.referraldesk.ui.about.AboutDialog;
import org.referraldesk.ui.common.Theme;
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
    private static final KeyCombination ABOUT = new KeyCodeCombination(KeyCode.F1);
    private static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final MainViewModel model;
    private final MainNavigator navigator;
    private final ViewLoader views;
    private final ObservableIntegerValue overdue;
    private final AboutDialog about;

    @FXML private StackPane content;
    @FXML private ToggleGroup navGroup;
    /** The rail item of the screen showing, selected again when the owner keeps editing there. */
    private Toggle showing;
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
        navigator.attach(content);
        navigator.onShown(screen -> {
            selectRailItemOf(screen);
            showing = navGroup.getSelectedToggle();
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
                scene.getAccelerators().put(ABOUT, this::showAbout);
                scene.getAccelerators().put(SEARCH, navigator::search);
                scene.getAccelerators().put(FIND, navigator::searchOnScreen);
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

    /** The rail's info button and F1: version, data and log folders, licence. */
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
