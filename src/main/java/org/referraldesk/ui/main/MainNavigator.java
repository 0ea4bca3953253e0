package org.referraldesk.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.referraldesk.ui.common.DroppedEmail;
import org.referraldesk.ui.common.LeaveQuestion;
import org.referraldesk.ui.common.LoadedView;
import org.referraldesk.ui.common.Navigator;
import org.referraldesk.ui.common.ScreenSearch;
import org.referraldesk.ui.common.UnsavedWork;
import org.referraldesk.ui.common.ViewLoader;
import org.referraldesk.ui.contact.ContactController;
import org.referraldesk.ui.imports.ImportDialogs;
import org.referraldesk.ui.leaderboard.LeaderboardController;
import org.referraldesk.ui.merge.DuplicatesController;
import org.referraldesk.ui.merge.MergeController;
import org.referraldesk.ui.newreferral.NewReferralDialog;
import org.referraldesk.ui.partners.PartnerController;
import org.referraldesk.ui.partners.PartnerListController;
import org.referraldesk.ui.referrals.ReferralListController;
import org.referraldesk.ui.search.SearchController;
import org.referraldesk.ui.story.StoryController;
import org.referraldesk.ui.templates.TemplatesController;
import org.referraldesk.ui.thanks.LogGiftController;
import org.referraldesk.ui.thanks.LogGivenController;
import org.referraldesk.ui.thanks.PostedController;
import org.referraldesk.ui.today.TodayController;

/**
 * The shell's side of {@link Navigator}: swaps the screens in the main window's content area and
 * opens the shared dialogs. The one place that knows which view and controller each intent means.
 */
public final class MainNavigator implements Navigator {
    private final ViewLoader views;
    private final NewReferralDialog newReferral;
    private final ImportDialogs imports;
    private StackPane content;
    private Consumer<Class<?>> shown = screen -> { };
    private Runnable stayed = () -> { };
    /** The showing screen's typed work (its controller, and the template editor inside Settings). */
    private final List<UnsavedWork> unsaved = new ArrayList<>();
    /** The showing screen's controller (Ctrl+F asks it for a search box of its own). */
    private Object showing;
    /** The desk-wide search box while it shows over the screen. */
    private LoadedView<SearchController> searchBox;

    public MainNavigator(ViewLoader views, NewReferralDialog newReferral, ImportDialogs imports) {
        this.views = views;
        this.newReferral = newReferral;
        this.imports = imports;
    }

    void attach(StackPane contentArea) {
        this.content = contentArea;
    }

    /** Tells the rail which screen is showing, whoever asked for it (e.g. Today's "Go to Referrals"). */
    void onShown(Consumer<Class<?>> listener) {
        this.shown = listener;
    }

    /** Tells the rail the owner chose to stay where they were (Keep editing), so it shows that screen again. */
    void onStayed(Runnable listener) {
        this.stayed = listener;
    }

    /**
     * Runs {@code go} once the showing screen may be left: at once when it holds no unsaved typing,
     * else after the owner chose Save (and it was stored) or Discard; Keep editing leaves it showing.
     * While the owner is asked, the rail goes back to the showing screen: it moves only when the
     * screen does, so a Save the screen refuses leaves rail and screen agreeing.
     */
    public void leaveThen(Runnable go) {
        if (unsaved.stream().noneMatch(UnsavedWork::hasUnsavedWork)) {
            go.run(); // also before the window has a scene: the first screen
            return;
        }
        stayed.run();
        new LeaveQuestion(views.bundle()).leave(List.copyOf(unsaved), window(), go, stayed);
    }

    /** Shows {@code view}.fxml (beside {@code controller}) as the window's screen, once the showing one may be left. */
    <C> void show(Class<C> controller, String view) {
        show(controller, view, shownController -> { });
    }

    /** As {@link #show(Class, String)}; {@code then} gets the new screen's controller. */
    <C> void show(Class<C> controller, String view, Consumer<C> then) {
        leaveThen(() -> {
            unsaved.clear();
            LoadedView<C> loaded = views.loadWithController(controller, view);
            content.getChildren().setAll(loaded.root());
            searchBox = null;
            showing = loaded.controller();
            if (loaded.controller() instanceof UnsavedWork work) {
                unsaved.add(work);
            }
            shown.accept(controller);
            then.accept(loaded.controller());
        });
    }

    @Override
    public void showToday() {
        show(TodayController.class, "TodayView");
    }

    @Override
    public void showReferrals() {
        show(ReferralListController.class, "ReferralListView");
    }

    @Override
    public void showPartners() {
        show(PartnerListController.class, "PartnerListView");
    }

    @Override
    public void showHeroes() {
        show(LeaderboardController.class, "LeaderboardView");
    }

    @Override
    public void openStory(long referralId) {
        show(StoryController.class, "StoryView", story -> story.show(referralId));
    }

    @Override
    public void openPartner(long partnerId) {
        show(PartnerController.class, "PartnerView", partner -> partner.show(partnerId));
    }

    @Override
    public void openContact(long contactId) {
        show(ContactController.class, "ContactView", contact -> contact.show(contactId));
    }

    @Override
    public void search() {
        if (searchBox != null) {
            searchBox.controller().focus();
            return;
        }
        LoadedView<SearchController> box = views.loadWithController(SearchController.class, "SearchView");
        Node before = content.getScene() == null ? null : content.getScene().getFocusOwner();
        box.controller().whenClosed(() -> {
            if (searchBox == box) {
                searchBox = null;
                content.getChildren().remove(box.root());
                if (before != null && before.getScene() != null) {
                    before.requestFocus();
                }
            }
        });
        searchBox = box;
        content.getChildren().add(box.root());
        box.controller().focus();
    }

    /** Ctrl+F: the showing screen's own search box where it has one, else the desk-wide search. */
    void searchOnScreen() {
        if (searchBox == null && showing instanceof ScreenSearch own) {
            own.focusSearch();
        } else {
            search();
        }
    }

    @Override
    public void mergeContact(long contactId, Runnable then) {
        views.loadWithController(MergeController.class, "MergeView").controller().open(contactId, 0, window(), kept -> {
            if (kept == contactId) {
                then.run();
            } else {
                openContact(kept); // the owner kept the other record: this one is in the trash now
            }
        });
    }

    @Override
    public void reviewDuplicates(Runnable then) {
        views.loadWithController(DuplicatesController.class, "DuplicatesView").controller().open(window(), then);
    }

    @Override
    public void newReferral(Runnable then) {
        newReferral.open(window(), saved -> then.run());
    }

    @Override
    public void newReferral(String referrerName, Runnable then) {
        newReferral.open(window(), referrerName, saved -> then.run());
    }

    @Override
    public void recordFromEmail(DroppedEmail email, Runnable then) {
        newReferral.openFromEmail(window(), email, saved -> then.run());
    }

    @Override
    public void importContacts(Runnable then) {
        imports.importContacts(window(), then);
    }

    @Override
    public void importReferrals(Runnable then) {
        imports.importReferrals(window(), then);
    }

    @Override
    public void logGiftForFollowUp(long followUpId, Runnable then) {
        logGift().openForFollowUp(followUpId, window(), then);
    }

    @Override
    public void logGiftForPartner(long partnerId, Runnable then) {
        logGift().openForPartner(partnerId, window(), then);
    }

    private LogGiftController logGift() {
        return views.loadWithController(LogGiftController.class, "LogGiftView").controller();
    }

    @Override
    public void posted(long followUpId, String partnerName, Runnable then) {
        views.loadWithController(PostedController.class, "PostedView").controller()
                .open(followUpId, partnerName, window(), then);
    }

    @Override
    public void logReferralGiven(long partnerId, String partnerName, Runnable then) {
        views.loadWithController(LogGivenController.class, "LogGivenView").controller()
                .open(partnerId, partnerName, window(), then);
    }

    @Override
    public Parent templateEditor() {
        LoadedView<TemplatesController> editor = views.loadWithController(TemplatesController.class, "TemplatesView");
        unsaved.add(editor.controller());
        return editor.root();
    }

    @Override
    public Window window() {
        return content.getScene().getWindow();
    }
}
