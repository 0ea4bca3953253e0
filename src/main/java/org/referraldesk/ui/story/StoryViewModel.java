package org.referraldesk.ui.story;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.referraldesk.domain.Act;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.DueOffset;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.Labels;
import org.referraldesk.domain.Outcome;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.Stage;
import org.referraldesk.domain.StoryEvent;
import org.referraldesk.domain.Wording;
import org.referraldesk.service.FollowUps;
import org.referraldesk.service.Gifts;
import org.referraldesk.service.Referrals;
import org.referraldesk.service.StageMove;
import org.referraldesk.service.Stories;
import org.referraldesk.service.Templates;
import org.referraldesk.service.Story;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.DialogForm;
import org.referraldesk.ui.common.FormFields;
import org.referraldesk.ui.common.OwnerFormats;

/**
 * One referral story told as a story: the referrer as the hero, the timeline in its three acts, the
 * follow-ups to work through, and the moves that take the story on (next stage, won, not a fit,
 * lost) or, once it has ended, reopen it. Every move says which follow-ups it created.
 */
public final class StoryViewModel {
    private final java.util.Set<Long> messages = new java.util.HashSet<>();
    private final Stories stories;
    private final Referrals referrals;
    private final FollowUps followUps;
    private final Gifts gifts;
    private java.util.Currency currency;
    private final StringProperty noGift = new SimpleStringProperty("");
    private final BackgroundTasks tasks;
    private final Clock clock;
    private final ResourceBundle text;
    private final OwnerFormats formats;
    private final Labels labels = Labels.forOwner();

    private long referralId;
    private Story story;

    private final ObjectProperty<StageMove> lastMove = new SimpleObjectProperty<>();
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty hero = new SimpleStringProperty("");
    private final StringProperty referrerDetails = new SimpleStringProperty("");
    private final StringProperty clientDetails = new SimpleStringProperty("");
    private final StringProperty referrerLink = new SimpleStringProperty("");
    private final StringProperty clientLink = new SimpleStringProperty("");
    private final StringProperty onwardLink = new SimpleStringProperty("");
    private final StringProperty stage = new SimpleStringProperty("");
    private final StringProperty need = new SimpleStringProperty("");
    private final StringProperty channel = new SimpleStringProperty("");
    private final StringProperty estimatedValue = new SimpleStringProperty("");
    private final StringProperty received = new SimpleStringProperty("");
    private final StringProperty moveText = new SimpleStringProperty("");
    private final BooleanProperty canMove = new SimpleBooleanProperty(false);
    private final BooleanProperty canClose = new SimpleBooleanProperty(false);
    private final BooleanProperty canReopen = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<ActSection> acts = FXCollections.observableArrayList();
    private final ObservableList<FollowUpItem> followUpItems = FXCollections.observableArrayList();
    private final ObservableList<ActSection> actsView = FXCollections.unmodifiableObservableList(acts);
    private final ObservableList<FollowUpItem> followUpsView = FXCollections.unmodifiableObservableList(followUpItems);

    /** A story, with gift budgets in the owner's currency and why a won story has no gift. */
    public StoryViewModel(Stories stories, Referrals referrals, FollowUps followUps, Gifts gifts, BackgroundTasks tasks,
            Clock clock, ResourceBundle text) {
        this.stories = stories;
        this.referrals = referrals;
        this.followUps = followUps;
        this.gifts = gifts;
        this.tasks = tasks;
        this.clock = clock;
        this.text = text;
        this.formats = new OwnerFormats(text, clock);
    }

    /** Reads the story off the FX thread and shows it. */
    public void show(long id) {
        referralId = id;
        message.set("");
        lastMove.set(null);
        busy.set(true);
        tasks.run(() -> withGiftFacts(new Change(stories.load(id), "")), shown -> {
            showGiftFacts(shown.facts());
            present(shown.change().story());
            busy.set(false);
        }, this::failed);
    }

    /** Moves the story on to its next open stage. */
    public void moveToNextStage() {
        if (!canMove.get()) {
            return;
        }
        long id = referralId;
        Stage next = story.nextStage().orElseThrow();
        run(() -> {
            StageMove move = referrals.move(id, next, null, null);
            return new Change(stories.load(id), format("message.moved", stageLabel(next), planned(move)), move);
        });
    }

    /** Won: revenue and profit (the gift budget follows the profit). */
    public DialogForm<?> wonForm() {
        return form("won", List.of("revenue", "profit"), f -> close(new Outcome.Won(
                f.amount("revenue", format("form.amount", text.getString("won.revenue"))),
                f.amount("profit", format("form.amount", text.getString("won.profit"))))));
    }

    /** Not a fit: why, and who the client was sent on to (optional). */
    public DialogForm<?> notAFitForm() {
        return form("notAFit", List.of("reason", "onward"),
                f -> close(new Outcome.NotAFit(f.text("reason"), f.text("onward"))));
    }

    /** Lost: why. */
    public DialogForm<?> lostForm() {
        return form("lost", List.of("reason"), f -> close(new Outcome.Lost(f.text("reason"))));
    }

    /** Reopens an ended story, saying why; it goes back to where it stood before it ended. */
    public DialogForm<?> reopenForm() {
        long id = referralId;
        return form("reopen", List.of("reason"), f -> {
            String reason = f.text("reason");
            return () -> {
                List<FollowUp> setAside = stories.reopen(id, reason, null);
                Story reopened = stories.load(id);
                String list = setAside.isEmpty() ? text.getString("message.setAsideNone")
                        : format("message.setAside", join(setAside, this::shortTitle));
                return new Change(reopened, format("message.reopened", stageLabel(reopened.referral().stage()), list));
            };
        });
    }

    /** Skips one follow-up, saying why. */
    public DialogForm<?> skipForm(long followUpId) {
        long id = referralId;
        String title = shortTitle(followUp(followUpId));
        return new DialogForm<>(format("skip.header", title), text.getString("skip.ok"),
                new FormFields(tasks, text, List.of("reason")), drawn(f -> {
            String reason = f.text("reason");
            return () -> {
                followUps.skip(followUpId, reason);
                return new Change(stories.load(id), format("message.skipped", title));
            };
        }), this::apply);
    }

    public void complete(long followUpId) {
        long id = referralId;
        String title = shortTitle(followUp(followUpId));
        run(() -> {
            followUps.complete(followUpId, null);
            return new Change(stories.load(id), format("message.done", title));
        });
    }

    /** Opens a done or skipped follow-up again. */
    public void reopenFollowUp(long followUpId) {
        long id = referralId;
        String title = shortTitle(followUp(followUpId));
        run(() -> {
            followUps.reopen(followUpId);
            return new Change(stories.load(id), format("message.followUpReopened", title));
        });
    }

    /** The story as last shown (the edit form starts from it). */
    public Story current() {
        return story;
    }

    /** Puts a follow-up off by {@code days} calendar days from now. */
    public void snooze(long followUpId, int days) {
        long id = referralId;
        String title = shortTitle(followUp(followUpId));
        Instant until = DueOffset.days(days).after(clock.instant(), clock.getZone());
        run(() -> {
            followUps.snooze(followUpId, until);
            return new Change(stories.load(id), format("message.snoozed", formats.dateTime(until), title));
        });
    }

    /** A form whose header and button text are {@code <name>.header} and {@code <name>.ok}. */
    private DialogForm<Shown> form(String name, List<String> fields,
            Function<FormFields, Callable<Change>> prepare) {
        return new DialogForm<>(text.getString(name + ".header"), text.getString(name + ".ok"),
                new FormFields(tasks, text, fields), drawn(prepare), this::apply);
    }

    /** A dialog's change, read back with the story's gift facts so the story is drawn once. */
    private Function<FormFields, Callable<Shown>> drawn(Function<FormFields, Callable<Change>> prepare) {
        return fields -> {
            Callable<Change> work = prepare.apply(fields);
            return () -> withGiftFacts(work.call());
        };
    }

    private Callable<Change> close(Outcome outcome) {
        long id = referralId;
        return () -> {
            StageMove move = referrals.close(id, outcome, null, null);
            String said = format("message.closed", stageLabel(outcome.stage()), planned(move));
            return new Change(stories.load(id), said, move);
        };
    }

    /** Takes the last stage move back (the undo bar's Undo): the story is where it stood before. */
    public void undoMove() {
        StageMove move = lastMove.get();
        if (move == null) {
            return;
        }
        long id = referralId;
        run(() -> {
            Referral back = referrals.undo(move);
            return new Change(stories.load(id), format("message.undone", stageLabel(back.stage())));
        });
    }

    /** The stage move the undo bar offers to take back; null once anything else happened. */
    public ReadOnlyObjectProperty<StageMove> lastMoveProperty() {
        return lastMove;
    }

    /** "Moved to meeting booked" or "Closed as won": what the undo bar would take back. */
    public String moveText(StageMove move) {
        Stage to = move.after().stage();
        return format(to.isEnd() ? "undo.closed" : "undo.moved", stageLabel(to));
    }

    private void run(Callable<Change> work) {
        busy.set(true);
        tasks.run(() -> withGiftFacts(work.call()), this::apply, this::failed);
    }

    private void apply(Shown shown) {
        showGiftFacts(shown.facts());
        present(shown.change().story());
        message.set(shown.change().message());
        lastMove.set(shown.change().move());
        busy.set(false);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        tasks.report(failure);
    }

    private void present(Story shown) {
        story = shown;
        Referral r = shown.referral();
        hero.set(format("story.hero", shown.referrer().name(), shown.client().name()));
        referrerDetails.set(details(shown.referrer()));
        clientDetails.set(details(shown.client()));
        referrerLink.set(format("story.person.referrer", shown.referrer().name()));
        clientLink.set(format("story.person.client", shown.client().name()));
        onwardLink.set(shown.onwardContactId() == null || r.onwardTo() == null ? ""
                : format("story.person.onward", r.onwardTo()));
        stage.set(formats.actAndStage(r.stage()));
        need.set(r.need() != null ? r.need() : text.getString("story.notNoted"));
        channel.set(shown.email() == null || shown.email().subject().isEmpty() ? labels.of(r.channel())
                : format("story.channelFromEmail", labels.of(r.channel()), shown.email().subject()));
        estimatedValue.set(r.estimatedValue() != null ? money(r.estimatedValue())
                : text.getString("story.notEstimated"));
        received.set(formats.dateTime(r.receivedAt()));
        moveText.set(shown.nextStage().map(next -> format("story.moveTo", stageLabel(next))).orElse(""));
        canMove.set(shown.nextStage().isPresent());
        canClose.set(!shown.hasEnded());
        canReopen.set(shown.hasEnded());
        acts.setAll(acts(shown));
        followUpItems.setAll(followUpItems(shown.followUps()));
        loaded.set(true);
    }

    /**
     * Reads, in the same background task as the story, why a won story has no gift and the currency
     * its budget is in: the story is drawn once, with its amounts in that currency.
     */
    private Shown withGiftFacts(Change change) {
        long id = change.story().referral().id();
        return new Shown(change, new GiftFacts(gifts.whyNoGift(id), gifts.currency()));
    }

    private void showGiftFacts(GiftFacts facts) {
        noGift.set(facts.why().map(why -> text.getString("story.noGift." + why.name())).orElse(""));
        currency = facts.currency();
    }

    /** Reads the story again after a dialog changed it, and says what was done. */
    public void refresh(String said) {
        long id = referralId;
        run(() -> new Change(stories.load(id), said));
    }

    /** "No gift: this partner does not accept gifts" for a won story without a gift; empty otherwise. */
    public ReadOnlyStringProperty noGiftProperty() {
        return noGift;
    }

    /** What kind of follow-up {@code followUpId} is (the view offers "Log gift…" for a gift). */
    public FollowUpKind kindOf(long followUpId) {
        return followUp(followUpId).kind();
    }

    /** The referrer's name, for the dialogs' headers. */
    public String referrerName() {
        return story == null ? "" : story.referrer().name();
    }

    /** The three acts, each with its events in time order; a reopening shows as such. */
    private List<ActSection> acts(Story shown) {
        List<StoryEvent> timeline = shown.timeline();
        List<List<EventLine>> byAct = new ArrayList<>();
        for (int i = 0; i < Act.values().length; i++) {
            byAct.add(new ArrayList<>());
        }
        for (int i = 0; i < timeline.size(); i++) {
            StoryEvent event = timeline.get(i);
            boolean reopening = i > 0 && timeline.get(i - 1).stage().isEnd() && !event.stage().isEnd();
            String what = event.isCorrection() ? corrected(event) : reopening
                    ? format("event.reopened", stageLabel(event.stage())) : capitalized(stageLabel(event.stage()));
            boolean lastEnding = shown.hasEnded() && i == lastStep(timeline);
            String detail = joinPresent(lastEnding ? outcome(shown.referral()) : null, event.note());
            byAct.get(event.stage().act().ordinal()).add(new EventLine(formats.dateTime(event.at()), what, detail));
        }
        List<ActSection> sections = new ArrayList<>();
        for (Act act : Act.values()) {
            sections.add(new ActSection(act, labels.of(act), act == shown.referral().act(),
                    List.copyOf(byAct.get(act.ordinal()))));
        }
        return sections;
    }

    /** "Corrected: received time, need". */
    private String corrected(StoryEvent event) {
        return format("event.corrected", event.correctedFields().stream().map(labels::of)
                .collect(Collectors.joining(", ")));
    }

    /** The index of the timeline's last step (corrections are no steps). */
    private static int lastStep(List<StoryEvent> timeline) {
        int last = timeline.size() - 1;
        while (last > 0 && timeline.get(last).isCorrection()) {
            last--;
        }
        return last;
    }

    /** Open follow-ups first, soonest due first; then the done and skipped ones, the latest first. */
    private List<FollowUpItem> followUpItems(List<FollowUp> all) {
        Instant now = clock.instant();
        messages.clear();
        all.stream().filter(f -> Templates.templateFor(f.kind()).isPresent()).forEach(f -> messages.add(f.id()));
        Stream<FollowUpItem> open = all.stream().filter(FollowUp::isOpen)
                .sorted(Comparator.comparing(FollowUp::effectiveDueAt).thenComparing(FollowUp::id))
                .map(f -> {
                    boolean overdue = f.effectiveDueAt().isBefore(now);
                    String status = f.snoozedUntil() != null
                            ? format("followUp.snoozed", formats.dateTime(f.snoozedUntil()))
                            : format(overdue ? "followUp.overdue" : "followUp.due", formats.dateTime(f.dueAt()));
                    return new FollowUpItem(f.id(), title(f), status, true, overdue);
                });
        Stream<FollowUpItem> closed = all.stream().filter(f -> !f.isOpen())
                .sorted(Comparator.comparing(StoryViewModel::closedAt).reversed().thenComparing(FollowUp::id))
                .map(f -> new FollowUpItem(f.id(), title(f), f.doneAt() != null
                        ? format("followUp.done", formats.dateTime(f.doneAt()))
                        : format("followUp.skipped", formats.dateTime(f.skippedAt()), f.skipReason()), false, false));
        return Stream.concat(open, closed).toList();
    }

    /** Whether the follow-up is a message with a template (to copy or open as an email draft). */
    public boolean offersMessage(long followUpId) {
        return messages.contains(followUpId);
    }

    private static Instant closedAt(FollowUp f) {
        return f.doneAt() != null ? f.doneAt() : f.skippedAt();
    }

    /** As the follow-up list shows it: "Gift · budget 200.00", or the kind with its note. */
    private String title(FollowUp f) {
        if (f.kind() == FollowUpKind.GIFT && f.amount() != null) {
            return joinPresent(format("followUp.gift", money(f.amount())), f.note());
        }
        return joinPresent(labels.of(f.kind()), f.note());
    }

    /** As a message names it: "Gift (budget 200.00)", or the kind. */
    private String shortTitle(FollowUp f) {
        if (f.kind() == FollowUpKind.GIFT && f.amount() != null) {
            return format("message.gift", money(f.amount()));
        }
        return labels.of(f.kind());
    }

    /** What a move planned: the follow-ups it created, and the referrer's news it brought up to date. */
    private String planned(StageMove move) {
        String created = created(move.created());
        FollowUp news = move.newsAfter();
        return news == null ? created : created + " " + format("message.updated",
                format("message.item", shortTitle(news), formats.date(news.dueAt())));
    }

    /** "Created: Update the referrer by 25 Nov 2026, Gift (budget 200.00) by 7 Dec 2026.", soonest first. */
    private String created(List<FollowUp> created) {
        if (created.isEmpty()) {
            return text.getString("message.createdNone");
        }
        List<FollowUp> byDue = created.stream().sorted(Comparator.comparing(FollowUp::dueAt)).toList();
        return format("message.created",
                join(byDue, f -> format("message.item", shortTitle(f), formats.date(f.dueAt()))));
    }

    private String outcome(Referral r) {
        return switch (r.stage()) {
            case WON -> format("outcome.won", money(r.revenue()), money(r.profit()));
            case NOT_A_FIT -> joinPresent(r.closeReason(),
                    r.onwardTo() == null ? null : format("outcome.onward", r.onwardTo()));
            case LOST -> r.closeReason();
            default -> null;
        };
    }

    private FollowUp followUp(long followUpId) {
        return story.followUps().stream().filter(f -> f.id() == followUpId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Follow-up " + followUpId + " is not in this story"));
    }

    private static String details(Contact contact) {
        return joinPresent(contact.company(), contact.email(), contact.phone());
    }

    private static String joinPresent(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(" · "));
    }

    private static String join(List<FollowUp> followUps, Function<FollowUp, String> name) {
        return followUps.stream().map(name).collect(Collectors.joining(", "));
    }

    private String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return currency == null ? amount.toPlainString() : OwnerFormats.money(amount, currency);
    }

    private String stageLabel(Stage s) {
        return labels.of(s);
    }

    private static String capitalized(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private String format(String key, Object... args) {
        return Wording.forOwner(text).format(key, args);
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** "Junior Alvarez sent you Helen Carter". */
    public ReadOnlyStringProperty heroProperty() {
        return hero;
    }

    /** The referrer's company, email and phone. */
    public ReadOnlyStringProperty referrerDetailsProperty() {
        return referrerDetails;
    }

    public ReadOnlyStringProperty clientDetailsProperty() {
        return clientDetails;
    }

    /** "Referrer: Anna Keller", a link to the referrer's contact page. */
    public ReadOnlyStringProperty referrerLinkProperty() {
        return referrerLink;
    }

    public ReadOnlyStringProperty clientLinkProperty() {
        return clientLink;
    }

    /** A link to the page of whom a not-a-fit client was sent on to; empty where they were sent to no one. */
    public ReadOnlyStringProperty onwardLinkProperty() {
        return onwardLink;
    }

    /** "Middle · meeting booked". */
    public ReadOnlyStringProperty stageProperty() {
        return stage;
    }

    public ReadOnlyStringProperty needProperty() {
        return need;
    }

    public ReadOnlyStringProperty channelProperty() {
        return channel;
    }

    public ReadOnlyStringProperty estimatedValueProperty() {
        return estimatedValue;
    }

    public ReadOnlyStringProperty receivedProperty() {
        return received;
    }

    /** "Move to met": the next open stage; empty where only an outcome can follow. */
    public ReadOnlyStringProperty moveTextProperty() {
        return moveText;
    }

    public ReadOnlyBooleanProperty canMoveProperty() {
        return canMove;
    }

    /** An open story can close as won, not a fit or lost. */
    public ReadOnlyBooleanProperty canCloseProperty() {
        return canClose;
    }

    /** An ended story offers only to be reopened. */
    public ReadOnlyBooleanProperty canReopenProperty() {
        return canReopen;
    }

    /** What the last move did, e.g. "Closed as won. Created: ...". */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ObservableList<ActSection> acts() {
        return actsView;
    }

    public ObservableList<FollowUpItem> followUps() {
        return followUpsView;
    }

    /** One act of the story: its events in time order; {@code current} for the act the story is in. */
    public record ActSection(Act act, String title, boolean current, List<EventLine> events) {
    }

    /** One event: when (local date-time), what happened (the stage) and any detail or note. */
    public record EventLine(String when, String what, String detail) {
    }

    /** One follow-up: what to do, when it is due or was done, whether it is still open and overdue. */
    public record FollowUpItem(long id, String title, String status, boolean open, boolean overdue) {
    }

    /** What a move or a form hands back: the story as it is now and what to tell the owner. */
    private record GiftFacts(java.util.Optional<Gifts.NoGift> why, java.util.Currency currency) {
    }

    private record Shown(Change change, GiftFacts facts) {
    }

    private record Change(Story story, String message, StageMove move) {
        Change(Story story, String message) {
            this(story, message, null);
        }
    }
}
