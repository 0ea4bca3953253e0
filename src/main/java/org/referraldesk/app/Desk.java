package org.referraldesk.app;

import java.time.Clock;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.referraldesk.service.ContactDirectory;
import org.referraldesk.service.ContactImport;
import org.referraldesk.service.ReferralImport;
import org.referraldesk.service.FollowUps;
import org.referraldesk.service.Leaderboard;
import org.referraldesk.service.OwnerSettings;
import org.referraldesk.service.Partners;
import org.referraldesk.service.ReminderTimer;
import org.referraldesk.service.Reminders;
import org.referraldesk.service.TraySettings;
import org.referraldesk.service.Referrals;
import org.referraldesk.service.SampleData;
import org.referraldesk.service.Trash;
import org.referraldesk.service.Templates;
import org.referraldesk.service.Stories;
import org.referraldesk.service.VipRoundUp;
import org.referraldesk.service.CalendarExport;
import org.referraldesk.service.CardList;
import org.referraldesk.service.CardSheets;
import org.referraldesk.service.Today;
import org.referraldesk.service.BusinessSettings;
import org.referraldesk.service.Gifts;
import org.referraldesk.service.PublicThanks;
import org.referraldesk.service.ReferralsGiven;
import org.referraldesk.ui.thanks.LogGiftController;
import org.referraldesk.ui.thanks.LogGiftViewModel;
import org.referraldesk.ui.thanks.LogGivenController;
import org.referraldesk.ui.thanks.LogGivenViewModel;
import org.referraldesk.ui.thanks.PostedController;
import org.referraldesk.ui.thanks.PostedViewModel;
import org.referraldesk.store.Store;
import org.referraldesk.ui.about.AboutController;
import org.referraldesk.ui.about.AboutDialog;
import org.referraldesk.ui.about.AboutFacts;
import org.referraldesk.ui.about.AboutViewModel;
import org.referraldesk.ui.about.SystemShell;
import org.referraldesk.service.DataExports;
import org.referraldesk.service.Restore;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.data.ChooserFilePicker;
import org.referraldesk.ui.data.DataController;
import org.referraldesk.ui.data.DataViewModel;
import org.referraldesk.ui.data.FilePicker;
import org.referraldesk.ui.common.FailureDialog;
import org.referraldesk.ui.common.Theme;
import org.referraldesk.ui.common.ViewLoader;
import org.referraldesk.ui.leaderboard.LeaderboardController;
import org.referraldesk.ui.leaderboard.LeaderboardViewModel;
import org.referraldesk.ui.cards.AddPartnersController;
import org.referraldesk.ui.cards.CardsController;
import org.referraldesk.ui.cards.CardsViewModel;
import org.referraldesk.ui.imports.ImportController;
import org.referraldesk.ui.imports.ImportDialogs;
import org.referraldesk.ui.main.MainController;
import org.referraldesk.ui.main.MainNavigator;
import org.referraldesk.ui.main.MainViewModel;
import org.referraldesk.ui.newreferral.NewReferralController;
import org.referraldesk.ui.newreferral.NewReferralDialog;
import org.referraldesk.ui.newreferral.NewReferralViewModel;
import org.referraldesk.ui.partners.PartnerController;
import org.referraldesk.ui.partners.PartnerListController;
import org.referraldesk.ui.partners.PartnerListViewModel;
import org.referraldesk.ui.partners.PartnerViewModel;
import org.referraldesk.ui.referrals.ReferralListController;
import org.referraldesk.ui.referrals.ReferralListViewModel;
import org.referraldesk.ui.trash.TrashController;
import org.referraldesk.ui.tray.DeskTray;
import org.referraldesk.ui.tray.InWindowNotices;
import org.referraldesk.ui.tray.ReminderBoard;
import org.referraldesk.ui.tray.ReminderTexts;
import org.referraldesk.ui.trash.TrashViewModel;
import org.referraldesk.ui.settings.SettingsController;
import org.referraldesk.ui.settings.SettingsViewModel;
import org.referraldesk.ui.templates.MessageActions;
import org.referraldesk.ui.templates.TemplatesController;
import org.referraldesk.ui.templates.TemplatesViewModel;
import org.referraldesk.ui.story.FormDialogController;
import org.referraldesk.ui.story.StoryController;
import org.referraldesk.ui.story.StoryViewModel;
import org.referraldesk.ui.vip.VipController;
import org.referraldesk.ui.vip.VipViewModel;
import org.referraldesk.ui.today.CalendarExportViewModel;
import org.referraldesk.ui.today.PickDateDialogController;
import org.referraldesk.ui.today.SkipDialogController;
import org.referraldesk.ui.today.TodayController;
import org.referraldesk.ui.today.TodayViewModel;

/** The composition root: every service, view model and controller, wired by hand. */
public final class Desk implements AutoCloseable {
    private final Store store;
    private final Clock clock;
    private final ResourceBundle bundle = ResourceBundle.getBundle("org.referraldesk.ui.messages");
    private final BackgroundTasks tasks = BackgroundTasks.forWindow(new FailureDialog(bundle));
    private final ViewLoader views = new ViewLoader(bundle, this::controller);
    private final MainNavigator navigator;
    private final NewReferralDialog newReferral = new NewReferralDialog(views);
    private final AboutDialog about = new AboutDialog(views);
    private final AboutFacts aboutFacts;
    /** "Referral Desk 0.1.0": read once here, written into exports and backups. */
    private final String madeBy;
    private final ImportDialogs imports;
    private final OwnerSettings settings;
    private final Referrals referrals;
    private final ContactDirectory contacts;
    private final SampleData sampleData;
    private final Trash trash;
    private final Templates templates;
    private final Partners partners;
    private final Stories stories;
    private final FollowUps followUps;
    private final Today today;
    private final Gifts gifts;
    private final ReferralsGiven referralsGiven;
    private final BusinessSettings business;
    private final Theme remembered;
    private final TraySettings traySettings;
    private final ReminderBoard reminderBoard;
    private final ReminderTimer reminderTimer;
    private final FilePicker files;
    private volatile MainController main;
    private final AtomicBoolean closed = new AtomicBoolean(false);

    /** Wires the desk; reads the remembered theme, so call it off the FX thread. */
    public Desk(Store store, Clock clock) {
        this(store, clock, new ChooserFilePicker());
    }

    /** As {@link #Desk(Store, Clock)}, with the file dialogs the Data screen uses. */
    public Desk(Store store, Clock clock, FilePicker files) {
        this.files = files;
        this.store = store;
        this.clock = clock;
        this.settings = new OwnerSettings(store);
        this.referrals = new Referrals(store, clock);
        this.contacts = new ContactDirectory(store);
        this.sampleData = new SampleData(store, clock);
        this.trash = new Trash(store, clock);
        this.templates = new Templates(store);
        this.partners = new Partners(store, clock);
        this.stories = new Stories(store, referrals);
        this.followUps = new FollowUps(store, clock);
        this.today = new Today(store, clock);
        this.gifts = new Gifts(store, clock);
        this.referralsGiven = new ReferralsGiven(store, clock);
        this.business = new BusinessSettings(store);
        this.remembered = Theme.fromKey(settings.theme());
        AppInfo app = AppInfo.load();
        this.madeBy = app.nameAndVersion();
        this.aboutFacts = AboutFactsOf.of(app, store.file());
        // the year's VIP invites exist from the start, so Today and the tray see them fall due
        new VipRoundUp(store, clock).plan(java.time.Year.now(clock).getValue());
        this.imports = new ImportDialogs(views, tasks, Platform::runLater, new ContactImport(store, clock),
                new ReferralImport(store, clock));
        this.navigator = new MainNavigator(views, newReferral, imports);
        this.traySettings = new TraySettings(store);
        this.reminderBoard = new ReminderBoard(new ReminderTexts(views.textFor(ReminderBoard.class)));
        this.reminderTimer = new ReminderTimer(new Reminders(store, clock), clock,
                announcement -> Platform.runLater(() -> reminderBoard.show(announcement)));
    }

    /** Builds the main window's scene (on the FX thread). */
    public Scene mainScene() {
        remembered.apply();
        Parent root = views.load(MainController.class, "MainWindow");
        Scene scene = new Scene(root, 1180, 740);
        scene.getStylesheets().add(Desk.class.getResource("/org/referraldesk/ui/desk.css").toExternalForm());
        return scene;
    }

    /** Shows the main window with reminders in the window (no tray). */
    public void show(Stage stage) {
        show(stage, DeskTray.none());
    }

    /**
     * Shows the main window, then starts the reminders: through the tray where there is one, in the
     * window otherwise.
     */
    public void show(Stage stage, DeskTray tray) {
        stage.setTitle(bundle.getString("app.title"));
        stage.getIcons().add(new javafx.scene.image.Image(
                Desk.class.getResource("/org/referraldesk/ui/about/app-icon.png").toExternalForm()));
        stage.setScene(mainScene());
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        stage.show();
        if (tray.supported()) {
            reminderBoard.announceThrough(tray.notices());
            reminderBoard.overdueProperty().addListener((obs, old, count) -> tray.showCount(count.intValue()));
        } else {
            reminderBoard.announceThrough(new InWindowNotices(() -> stage));
        }
        reminderTimer.start();
    }

    /** The contact and web-form import dialogs (window tests replace their file chooser). */
    public ImportDialogs imports() {
        return imports;
    }

    /** Looks for newly due follow-ups now instead of at the next tick. */
    public void checkRemindersSoon() {
        reminderTimer.checkSoon();
    }

    /** Whether closing the window should leave the desk running in the tray (read off the FX thread). */
    public boolean keepRunningInTray() {
        return traySettings.keepRunningInTray();
    }

    /** The texts reminders and the tray use. */
    public ReminderTexts reminderTexts() {
        return reminderBoard.texts();
    }

    /** Brings the window to the screen of what is due (on the FX thread). */
    public void showToday() {
        MainController shown = main;
        if (shown != null) {
            shown.showToday();
        }
    }

    /** The controller factory: every controller with its view model and services, by hand. */
    private Object controller(Class<?> type) {
        Supplier<?> make = controllers().get(type);
        if (make == null) {
            throw new IllegalArgumentException("No controller " + type.getName());
        }
        return make.get();
    }

    private Map<Class<?>, Supplier<?>> controllers() {
        return Map.ofEntries(
                Map.entry(MainController.class, () -> main = new MainController(
                        new MainViewModel(settings, tasks, remembered), navigator, views,
                        reminderBoard.overdueProperty(), about)),
                Map.entry(AboutController.class, () -> new AboutController(new AboutViewModel(aboutFacts, tasks,
                        SystemShell.desktop(), AboutDialog::toClipboard, views.textFor(AboutController.class)))),
                Map.entry(ReferralListController.class, () -> new ReferralListController(
                        new ReferralListViewModel(referrals, sampleData, trash, tasks, clock,
                                views.textFor(ReferralListController.class)), navigator)),
                Map.entry(NewReferralController.class, () -> new NewReferralController(
                        new NewReferralViewModel(referrals, contacts, tasks, clock,
                                views.textFor(NewReferralController.class)))),
                Map.entry(TrashController.class, () -> new TrashController(
                        new TrashViewModel(trash, tasks, clock, views.textFor(TrashController.class)))),
                Map.entry(SettingsController.class, () -> new SettingsController(
                        new SettingsViewModel(settings, business, tasks, views.textFor(SettingsController.class)),
                        navigator)),
                Map.entry(TemplatesController.class, () -> new TemplatesController(
                        new TemplatesViewModel(templates, settings, tasks, views.textFor(TemplatesController.class)))),
                Map.entry(PartnerListController.class, () -> new PartnerListController(
                        new PartnerListViewModel(partners, gifts, business, tasks, clock,
                                views.textFor(PartnerListController.class)), navigator)),
                Map.entry(ImportController.class, ImportController::new),
                Map.entry(PartnerController.class, () -> new PartnerController(
                        new PartnerViewModel(partners, gifts, referralsGiven, business, tasks, clock,
                                views.textFor(PartnerController.class)), navigator)),
                Map.entry(StoryController.class, () -> new StoryController(
                        new StoryViewModel(stories, referrals, followUps, gifts, tasks, clock,
                                views.textFor(StoryController.class)), navigator, views,
                        new MessageActions(templates, tasks, views.textFor(MessageActions.class)))),
                Map.entry(VipController.class, () -> new VipController(
                        new VipViewModel(new VipRoundUp(store, clock), tasks, views.textFor(VipController.class)))),
                Map.entry(LeaderboardController.class, () -> new LeaderboardController(new LeaderboardViewModel(
                        new Leaderboard(store, clock), tasks, views.textFor(LeaderboardController.class)))),
                Map.entry(CardsController.class, () -> new CardsController(
                        new CardsViewModel(new CardList(store, clock), new CardSheets(clock), partners, tasks,
                                views.textFor(CardsController.class)), navigator, views)),
                Map.entry(AddPartnersController.class, AddPartnersController::new),
                Map.entry(FormDialogController.class, FormDialogController::new),
                Map.entry(TodayController.class, () -> new TodayController(
                        new TodayViewModel(today, followUps, tasks, clock, views.textFor(TodayController.class)),
                        navigator, views, new CalendarExportViewModel(new CalendarExport(store, clock),
                                tasks, views.textFor(TodayController.class)))),
                Map.entry(DataController.class, () -> new DataController(new DataViewModel(
                        new DataExports(store, clock, madeBy), new Restore(store), tasks,
                        clock, store.file().toAbsolutePath().getParent(), this::checkRemindersSoon,
                        views.textFor(DataController.class)), files)),
                Map.entry(SkipDialogController.class, SkipDialogController::new),
                Map.entry(LogGiftController.class, () -> new LogGiftController(new LogGiftViewModel(gifts, tasks, clock,
                        views.textFor(LogGiftController.class)))),
                Map.entry(PostedController.class, () -> new PostedController(new PostedViewModel(
                        new PublicThanks(store, clock), templates, tasks, views.textFor(PostedController.class)))),
                Map.entry(LogGivenController.class, () -> new LogGivenController(new LogGivenViewModel(referralsGiven,
                        tasks, clock, views.textFor(LogGivenController.class)))),
                Map.entry(PickDateDialogController.class, PickDateDialogController::new));
    }

    /** Stops the reminders, lets background work finish, then shuts the database down. Off the FX thread; once only. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            reminderTimer.stop(60);
            tasks.shutdown(60);
            store.close();
        }
    }
}
