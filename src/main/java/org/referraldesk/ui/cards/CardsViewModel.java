package org.referraldesk.ui.cards;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.referraldesk.domain.CardLine;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.Labels;
import org.referraldesk.domain.Paper;
import org.referraldesk.domain.Wording;
import org.referraldesk.service.CardList;
import org.referraldesk.service.CardSheets;
import org.referraldesk.service.Partners;
import org.referraldesk.ui.common.BackgroundTasks;

/**
 * The Cards screen: the pending thank-you cards (and any partners added by hand) as a preview with a
 * tick per card; printing, saving the list or the labels as PDF, and marking the ticked cards
 * written and posted. Every database and file step runs in the background.
 */
public final class CardsViewModel {
    /** The resolution the card list is printed at. */
    static final float PRINT_DPI = 200;

    private final CardList cards;
    private final CardSheets sheets;
    private final Partners partners;
    private final BackgroundTasks tasks;
    private final ResourceBundle text;

    private final ObservableList<CardRow> rows = FXCollections.observableArrayList(
            row -> new javafx.beans.Observable[] {row.chosenProperty()});
    private final ObservableList<Paper> papers = FXCollections.observableArrayList(Paper.values());
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(Paper.forLocale(Locale.getDefault()));
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty refused = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final BooleanBinding noneChosen = Bindings.createBooleanBinding(
            () -> rows.stream().noneMatch(row -> row.chosenProperty().get()), rows);
    private final StringProperty summary = new SimpleStringProperty("");

    public CardsViewModel(CardList cards, CardSheets sheets, Partners partners, BackgroundTasks tasks,
            ResourceBundle text) {
        this.cards = cards;
        this.sheets = sheets;
        this.partners = partners;
        this.tasks = tasks;
        this.text = text;
        rows.addListener((javafx.collections.ListChangeListener<CardRow>) change -> summarise());
    }

    /** Reads the pending cards. */
    public void load() {
        busy.set(true);
        tasks.run(cards::pending, lines -> {
            rows.setAll(lines.stream().map(CardRow::new).toList());
            busy.set(false);
            loaded.set(true);
        }, this::failed);
    }

    /** The partners to choose from in the "Add partners" dialog, handed to {@code show}. */
    public void partnersToAdd(Consumer<List<PartnerChoice>> show) {
        Set<Long> listed = rows.stream().map(row -> row.line().partnerId()).collect(Collectors.toSet());
        tasks.run(partners::summaries, all -> show.accept(all.stream().filter(p -> !listed.contains(p.id()))
                .map(p -> new PartnerChoice(p.id(), p.name(), p.company())).toList()), this::failed);
    }

    /** Adds a card for each chosen partner, about their newest story. */
    public void addPartners(List<Long> partnerIds) {
        if (partnerIds.isEmpty()) {
            return;
        }
        busy.set(true);
        tasks.run(() -> cards.forPartners(partnerIds), lines -> {
            busy.set(false);
            rows.addAll(lines.stream().map(CardRow::new).toList());
            say(Wording.forOwner(text).format("cards.added", lines.size()),
                    false);
        }, this::failed);
    }

    /** The ticked cards, in the order shown. */
    public List<CardLine> chosen() {
        return rows.stream().filter(row -> row.chosenProperty().get()).map(CardRow::line).toList();
    }

    public void chooseAll(boolean all) {
        rows.forEach(row -> row.chosenProperty().set(all));
    }

    /** Saves the ticked cards as a PDF card list at {@code file}. */
    public void saveCardList(Path file) {
        List<CardLine> chosen = chosen();
        Paper on = paper.get();
        busy.set(true);
        tasks.run(() -> {
            sheets.saveCardList(chosen, on, file);
            return chosen.size();
        }, count -> {
            busy.set(false);
            say(Wording.forOwner(text).format("cards.saved", count, file.getFileName()), false);
        }, this::failed);
    }

    /**
     * True when at least one ticked card has an address, so a label sheet would hold something; else
     * says so (before the owner is asked for a file name) and returns false.
     */
    public boolean labelsHaveAddresses() {
        if (chosen().stream().anyMatch(line -> line.address() != null && !line.address().isBlank())) {
            return true;
        }
        say(text.getString("cards.labelsNoAddress"), true);
        return false;
    }

    /** Saves address labels for the ticked cards; cards without an address are left off and named. */
    public void saveLabels(Path file) {
        List<CardLine> chosen = chosen();
        Paper on = paper.get();
        busy.set(true);
        tasks.run(() -> sheets.saveLabels(chosen, on, file), saved -> {
            busy.set(false);
            String done = Wording.forOwner(text).format("cards.labelsSaved", saved.labels(), file.getFileName());
            if (!saved.withoutAddress().isEmpty()) {
                done += " " + Wording.forOwner(text).format("cards.labelsLeftOff",
                        String.join(", ", saved.withoutAddress()));
            }
            say(done, false);
        }, this::failed);
    }

    /** Renders the ticked cards' pages for the printer and hands them to {@code print} on the FX thread. */
    public void printPages(Consumer<List<BufferedImage>> print) {
        List<CardLine> chosen = chosen();
        Paper on = paper.get();
        busy.set(true);
        tasks.run(() -> sheets.printPages(chosen, on, PRINT_DPI), pages -> {
            busy.set(false);
            print.accept(pages);
        }, this::failed);
    }

    /** After printing: how many pages went to which printer, or that it failed. */
    public void printed(int pages, String printer, boolean ok) {
        say(ok ? Wording.forOwner(text).format("cards.printed", pages, printer) : text.getString("cards.printFailed"),
                !ok);
    }

    /** Completes the ticked cards' follow-ups and logs a card touch for each partner, then reloads. */
    public void markWrittenAndPosted() {
        List<CardLine> chosen = chosen();
        if (chosen.isEmpty()) {
            return;
        }
        List<CardRow> keep = rows.stream().filter(row -> row.addedByHand() && !row.chosenProperty().get()).toList();
        busy.set(true);
        String names = String.join(", ", chosen.stream().map(CardLine::name).distinct().toList());
        tasks.run(() -> new Marked(cards.markWrittenAndPosted(chosen), cards.pending()), marked -> {
            busy.set(false);
            rows.setAll(marked.pending().stream().map(CardRow::new).toList());
            rows.addAll(keep);
            say(Wording.forOwner(text).format("cards.marked", chosen.size(), names), false);
        }, this::failed);
    }

    private record Marked(int partners, List<CardLine> pending) {
    }

    private void summarise() {
        long missing = rows.stream().filter(row -> !row.line().hasAddress()).count();
        String count = Wording.forOwner(text).format("cards.count", rows.size());
        summary.set(missing == 0 ? count : count + " \u00b7 " + Wording.forOwner(text).format("cards.missingCount",
                missing));
    }

    private void say(String words, boolean problem) {
        message.set(words);
        refused.set(problem);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        loaded.set(true);
        if (failure instanceof InvalidInput) {
            say(((InvalidInput) failure).ownersMessage(), true);
        } else {
            say(text.getString("cards.failed"), true);
            tasks.report(failure);
        }
    }

    /** "A4 (210 × 297 mm)" and "Letter (8½ × 11 in)". */
    public String paperName(Paper which) {
        return Labels.forOwner().of(which);
    }

    public String fileName(boolean labels) {
        return labels ? "address-labels.pdf" : "thank-you-cards.pdf";
    }

    public ObservableList<CardRow> rows() {
        return rows;
    }

    public ObservableList<Paper> papers() {
        return papers;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty refusedProperty() {
        return refused;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public BooleanBinding noneChosenProperty() {
        return noneChosen;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }
}
