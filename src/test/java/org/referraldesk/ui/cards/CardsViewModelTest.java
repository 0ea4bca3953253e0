package org.referraldesk.ui.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Paper;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.service.CardList;
import org.referraldesk.service.CardSheets;
import org.referraldesk.service.Partners;
import org.referraldesk.service.SampleData;
import org.referraldesk.store.Store;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.ViewLoader;

/** The Cards screen on the sample desk in November 2026, without a window. */
class CardsViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/London"));
    private final ResourceBundle text = new ViewLoader(ResourceBundle.getBundle("org.referraldesk.ui.messages"),
            type -> null).textFor(CardsController.class);
    private final List<Throwable> failures = new ArrayList<>();

    @TempDir
    Path dir;
    private Store store;
    private Partners partners;
    private CardsViewModel model;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("desk"));
        new SampleData(store, CLOCK).fill();
        partners = new Partners(store, CLOCK);
        BackgroundTasks inline = new BackgroundTasks(Runnable::run, Runnable::run, failures::add);
        model = new CardsViewModel(new CardList(store, CLOCK), new CardSheets(CLOCK), partners, inline, text);
        model.load();
    }

    @AfterEach
    void close() {
        store.close();
        assertEquals(List.of(), failures);
    }

    private long partner(String name) {
        return partners.summaries().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void thePendingCardsAreShownAllTickedWithHowManyLackAnAddress() {
        assertEquals(16, model.rows().size());
        assertEquals(16, model.chosen().size());
        assertEquals("16 cards \u00b7 1 without an address", model.summaryProperty().get());
        assertFalse(model.noneChosenProperty().get());
        model.chooseAll(false);
        assertTrue(model.noneChosenProperty().get());
    }

    @Test
    void markingTheTickedCardsWrittenRemovesThemAndLogsTouches() {
        model.chooseAll(false);
        List<CardRow> dieter = model.rows().stream().filter(r -> r.line().name().equals("Dieter Vogel")).toList();
        dieter.forEach(row -> row.chosenProperty().set(true));
        assertEquals(2, dieter.size());

        model.markWrittenAndPosted();

        assertEquals(14, model.rows().size());
        assertTrue(model.rows().stream().noneMatch(r -> r.line().name().equals("Dieter Vogel")));
        assertEquals("Marked 2 cards written and posted, and logged a card touch with Dieter Vogel.",
                model.messageProperty().get());
        assertEquals(TouchKind.CARD, partners.touches(partner("Dieter Vogel")).get(0).kind());
    }

    @Test
    void addingPartnersOffersOnlyThoseNotListedAndAddsTheirCards() {
        List<PartnerChoice> offered = new ArrayList<>();
        model.partnersToAdd(offered::addAll);
        assertEquals(List.of("José Martins · Martins Café", "Liam O'Connor · O'Connor Builders", "\u05e0\u05d5\u05e2\u05d4 \u05dc\u05d5\u05d9 · Levi Studio"),
                offered.stream().map(PartnerChoice::toString).sorted().toList());

        model.addPartners(List.of(offered.get(0).id()));

        assertEquals(17, model.rows().size());
        CardRow added = model.rows().get(16);
        assertTrue(added.addedByHand());
        assertEquals("Added 1 partner.", model.messageProperty().get());
    }

    @Test
    void savingTheListAndTheLabelsWritesPdfsAndNamesWhoHasNoLabel() throws Exception {
        model.paperProperty().set(Paper.LETTER);
        Path cards = dir.resolve("cards.pdf");
        model.saveCardList(cards);
        assertTrue(Files.size(cards) > 10_000);
        assertEquals("Saved 16 cards to cards.pdf.", model.messageProperty().get());

        Path labels = dir.resolve("labels.pdf");
        model.saveLabels(labels);
        assertTrue(Files.exists(labels));
        assertEquals("Saved 12 labels to labels.pdf. No address for Zoë Lefèvre: not on the sheet.",
                model.messageProperty().get());
    }

    @Test
    void labelsForCardsWithoutAnAddressAreRefusedBeforeAnyFileIsAskedFor() {
        model.chooseAll(false);
        model.rows().stream().filter(row -> row.line().name().equals("Zoë Lefèvre")).findFirst().orElseThrow()
                .chosenProperty().set(true);
        assertFalse(model.labelsHaveAddresses());
        assertEquals("None of the ticked cards has a postal address, so there is no label to print. "
                + "Add the address on the partner's page first.", model.messageProperty().get());
        model.chooseAll(true);
        assertTrue(model.labelsHaveAddresses(), "fifteen of them have one");
    }

    @Test
    void thePrintedPagesAreRenderedForTheTickedCardsOnly() {
        model.chooseAll(false);
        model.rows().get(0).chosenProperty().set(true);
        List<Integer> pages = new ArrayList<>();
        model.printPages(images -> pages.add(images.size()));
        assertEquals(List.of(1), pages);
    }

    @Test
    void thePaperDefaultsToTheLocaleAndIsNamedForTheOwner() {
        assertEquals(Paper.LETTER, Paper.forLocale(java.util.Locale.US));
        assertEquals(Paper.A4, Paper.forLocale(java.util.Locale.UK));
        assertEquals("Letter", model.paperName(Paper.LETTER));
        assertEquals(Paper.forLocale(java.util.Locale.getDefault()), model.paperProperty().get());
    }
}
