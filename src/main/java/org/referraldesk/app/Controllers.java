package org.referraldesk.app;

import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.referraldesk.service.Services;
import org.referraldesk.ui.about.AboutController;
import org.referraldesk.ui.about.AboutDialog;
import org.referraldesk.ui.about.AboutViewModel;
import org.referraldesk.ui.about.SystemShell;
import org.referraldesk.ui.cards.AddPartnersController;
import org.referraldesk.ui.cards.CardsController;
import org.referraldesk.ui.cards.CardsViewModel;
import org.referraldesk.ui.contact.ContactController;
import org.referraldesk.ui.contact.ContactViewModel;
import org.referraldesk.ui.data.DataController;
import org.referraldesk.ui.data.DataViewModel;
import org.referraldesk.ui.data.PasswordViewModel;
import org.referraldesk.ui.imports.ImportController;
import org.referraldesk.ui.leaderboard.LeaderboardController;
import org.referraldesk.ui.leaderboard.LeaderboardViewModel;
import org.referraldesk.ui.main.MainController;
import org.referraldesk.ui.welcome.WelcomeController;
import org.referraldesk.ui.welcome.WelcomeViewModel;
import org.referraldesk.ui.main.MainViewModel;
import org.referraldesk.ui.merge.DuplicatesController;
import org.referraldesk.ui.merge.DuplicatesViewModel;
import org.referraldesk.ui.merge.MergeController;
import org.referraldesk.ui.merge.MergeViewModel;
import org.referraldesk.ui.newreferral.NewReferralController;
import org.referraldesk.ui.newreferral.NewReferralViewModel;
import org.referraldesk.ui.partners.PartnerController;
import org.referraldesk.ui.partners.PartnerListController;
import org.referraldesk.ui.partners.PartnerListViewModel;
import org.referraldesk.ui.partners.PartnerViewModel;
import org.referraldesk.ui.referrals.ReferralListController;
import org.referraldesk.ui.referrals.ReferralListViewModel;
import org.referraldesk.ui.search.SearchController;
import org.referraldesk.ui.search.SearchViewModel;
import org.referraldesk.ui.settings.LanguageViewModel;
import org.referraldesk.ui.settings.SettingsController;
import org.referraldesk.ui.settings.SettingsViewModel;
import org.referraldesk.ui.shortcuts.ShortcutsController;
import org.referraldesk.ui.shortcuts.ShortcutsViewModel;
import org.referraldesk.ui.story.StoryController;
import org.referraldesk.ui.story.StoryEditDialog;
import org.referraldesk.ui.story.StoryViewModel;
import org.referraldesk.ui.templates.MessageActions;
import org.referraldesk.ui.templates.TemplatesController;
import org.referraldesk.ui.templates.TemplatesViewModel;
import org.referraldesk.ui.thanks.LogGiftController;
import org.referraldesk.ui.thanks.LogGiftViewModel;
import org.referraldesk.ui.thanks.LogGivenController;
import org.referraldesk.ui.thanks.LogGivenViewModel;
import org.referraldesk.ui.thanks.PostedController;
import org.referraldesk.ui.thanks.PostedViewModel;
import org.referraldesk.ui.today.CalendarExportViewModel;
import org.referraldesk.ui.today.TodayController;
import org.referraldesk.ui.today.TodayViewModel;
import org.referraldesk.ui.trash.TrashController;
import org.referraldesk.ui.trash.TrashViewModel;
import org.referraldesk.ui.vip.VipController;
import org.referraldesk.ui.vip.VipViewModel;

/**
 * The controller factory the one FXML loader uses: every controller with its view model and the
 * services it needs, by hand. Built once per window; each load makes a new controller.
 */
final class Controllers {
    private final Map<Class<?>, Supplier<?>> table;

    Controllers(Services s, Shell shell, org.referraldesk.service.LanguageChoice language) {
        // the window's FX thread never waits on the database: a call begun there fails at once (item 9)
        s.store().forbidCallsWhen(Platform::isFxApplicationThread);
        var tasks = shell.tasks();
        var views = shell.views();
        var clock = s.clock();
        var navigator = shell.navigator();
        this.table = Map.ofEntries(
                Map.entry(MainController.class, () -> shell.mainShown(new MainController(
                        new MainViewModel(s.settings(), tasks, shell.theme()), navigator, views, shell.overdue(),
                        shell.about()))),
                Map.entry(ShortcutsController.class, () -> new ShortcutsController(
                        new ShortcutsViewModel(views.textFor(ShortcutsController.class)))),
                Map.entry(WelcomeController.class, () -> new WelcomeController(new WelcomeViewModel(s.settings(),
                        s.business(), tasks, views.textFor(WelcomeController.class)),
                        views.textFor(WelcomeController.class))),
                Map.entry(AboutController.class, () -> new AboutController(new AboutViewModel(shell.aboutFacts(),
                        tasks, SystemShell.desktop(), AboutDialog::toClipboard, views.textFor(AboutController.class)))),
                Map.entry(ReferralListController.class, () -> new ReferralListController(
                        new ReferralListViewModel(s.referrals(), s.sampleData(), s.trash(), tasks, clock,
                                views.textFor(ReferralListController.class)), navigator)),
                Map.entry(NewReferralController.class, () -> new NewReferralController(
                        new NewReferralViewModel(s.referrals(), s.introductions(), s.contacts(), tasks, clock,
                                views.textFor(NewReferralController.class)), shell.files())),
                Map.entry(SearchController.class, () -> new SearchController(new SearchViewModel(s.search(), tasks,
                        clock, views.textFor(SearchController.class)), navigator)),
                Map.entry(TrashController.class, () -> new TrashController(
                        new TrashViewModel(s.trash(), tasks, clock, views.textFor(TrashController.class)))),
                Map.entry(SettingsController.class, () -> new SettingsController(
                        new SettingsViewModel(s.settings(), s.business(), tasks,
                                views.textFor(SettingsController.class)),
                        new LanguageViewModel(language, tasks, views.textFor(SettingsController.class)), navigator)),
                Map.entry(TemplatesController.class, () -> new TemplatesController(new TemplatesViewModel(
                        s.templates(), s.settings(), s.business(), tasks, views.textFor(TemplatesController.class)))),
                Map.entry(PartnerListController.class, () -> new PartnerListController(
                        new PartnerListViewModel(s.partners(), s.gifts(), s.business(), tasks, clock,
                                views.textFor(PartnerListController.class)), navigator)),
                Map.entry(ImportController.class, ImportController::new),
                Map.entry(PartnerController.class, () -> new PartnerController(
                        new PartnerViewModel(s.partners(), s.gifts(), s.referralsGiven(), s.business(), tasks, clock,
                                views.textFor(PartnerController.class)), navigator)),
                Map.entry(ContactController.class, () -> new ContactController(new ContactViewModel(
                        s.contactPages(), s.trash(), tasks, clock, views.textFor(ContactController.class)), navigator)),
                Map.entry(StoryController.class, () -> new StoryController(
                        new StoryViewModel(s.stories(), s.referrals(), s.followUps(), s.gifts(), tasks, clock,
                                views.textFor(StoryController.class)), navigator, views,
                        new MessageActions(s.templates(), tasks, views.textFor(MessageActions.class)),
                        new StoryEditDialog(views, s.corrections(), s.contacts(), tasks, clock))),
                Map.entry(VipController.class, () -> new VipController(
                        new VipViewModel(s.vipRoundUp(), tasks, clock, views.textFor(VipController.class)), shell.changes())),
                Map.entry(LeaderboardController.class, () -> new LeaderboardController(new LeaderboardViewModel(
                        s.leaderboard(), tasks, views.textFor(LeaderboardController.class)))),
                Map.entry(CardsController.class, () -> new CardsController(new CardsViewModel(s.cards(),
                        s.cardSheets(), s.partners(), tasks, views.textFor(CardsController.class)), navigator, views,
                        shell.files())),
                Map.entry(AddPartnersController.class, AddPartnersController::new),
                Map.entry(TodayController.class, () -> new TodayController(
                        new TodayViewModel(s.today(), s.followUps(), new MessageActions(s.templates(), tasks,
                                views.textFor(MessageActions.class)), shell.changes(), tasks, clock,
                                views.textFor(TodayController.class)),
                        navigator, views, new CalendarExportViewModel(s.calendar(), tasks,
                                views.textFor(TodayController.class)), shell.files(), shell.changes())),
                Map.entry(DataController.class, () -> new DataController(new DataViewModel(s.exports(),
                        s.restore(), tasks, clock, s.store().file().toAbsolutePath().getParent(),
                        shell.checkReminders(), views.textFor(DataController.class), s.backups()),
                        new PasswordViewModel(s.protection(), tasks, views.textFor(DataController.class)), shell.files())),
                Map.entry(LogGiftController.class, () -> new LogGiftController(new LogGiftViewModel(s.gifts(), tasks,
                        clock, views.textFor(LogGiftController.class)))),
                Map.entry(PostedController.class, () -> new PostedController(new PostedViewModel(s.publicThanks(),
                        s.templates(), tasks, views.textFor(PostedController.class)))),
                Map.entry(LogGivenController.class, () -> new LogGivenController(new LogGivenViewModel(
                        s.referralsGiven(), tasks, clock, views.textFor(LogGivenController.class)))),
                Map.entry(MergeController.class, () -> new MergeController(new MergeViewModel(s.merges(), s.contacts(),
                        tasks, views.textFor(MergeController.class)))),
                Map.entry(DuplicatesController.class, () -> new DuplicatesController(new DuplicatesViewModel(
                        s.merges(), tasks, views.textFor(DuplicatesController.class)), views)));
    }

    /** A new controller of {@code type}, for the FXML loader. */
    Object make(Class<?> type) {
        Supplier<?> make = table.get(type);
        if (make == null) {
            throw new IllegalArgumentException("No controller " + type.getName());
        }
        return make.get();
    }
}
