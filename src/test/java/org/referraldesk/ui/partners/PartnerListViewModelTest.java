package org.referraldesk.ui.partners;

import org.referraldesk.service.Services;
import org.referraldesk.testing.TempDesk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.referraldesk.domain.PartnerSummary;
import org.referraldesk.service.Partners;
import org.referraldesk.service.SampleData;
import org.referraldesk.store.Store;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.ViewLoader;

/** The partners list on the sample desk: a dozen Heroes, searched as the owner types. */
class PartnerListViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/London"));
    private final ResourceBundle text = new ViewLoader(ResourceBundle.getBundle("org.referraldesk.ui.messages"),
            type -> null).textFor(PartnerListController.class);
    private final List<Throwable> failures = new ArrayList<>();

    @TempDir
    Path dir;
    private Store store;
    private PartnerListViewModel model;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("desk"));
        BackgroundTasks inline = new BackgroundTasks(Runnable::run, Runnable::run, failures::add);
        Services services = TempDesk.services(store, clock);
        model = new PartnerListViewModel(services.partners(), services.gifts(), services.business(), inline, clock,
                text);
    }

    @AfterEach
    void close() {
        store.close();
        assertEquals(List.of(), failures);
    }

    @Test
    void anEmptyDeskHasNoPartners() {
        model.load();
        assertTrue(model.loadedProperty().get());
        assertTrue(model.emptyProperty().get());
        assertTrue(model.rows().isEmpty());
        assertEquals("0 partners", model.countTextProperty().get());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void theSampleDeskListsSixteenPartnersTwelveOfThemHeroesWithTheirNumbers() {
        new SampleData(store, clock).fill();
        model.load();
        assertFalse(model.emptyProperty().get());
        assertEquals(16, model.rows().size());
        assertEquals("16 partners", model.countTextProperty().get());
        assertEquals(12, model.rows().stream().filter(PartnerSummary::isHero).count(),
                "eleven with a won story, one marked by hand");
        assertEquals(48, model.rows().stream().mapToInt(PartnerSummary::referralsSent).sum());
        assertEquals(12, model.rows().stream().mapToInt(PartnerSummary::won).sum());
        BigDecimal revenue = model.rows().stream().map(PartnerSummary::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal profit = model.rows().stream().map(PartnerSummary::profit).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(revenue.signum() > 0);
        assertEquals(revenue.multiply(new BigDecimal("0.35")).setScale(2, RoundingMode.UNNECESSARY), profit,
                "the sample wins make 35% profit, to the cent");
        assertTrue(model.rows().stream().allMatch(p -> p.nextCheckInAt() != null), "every Hero has a check-in");
    }

    @Test
    void searchingNarrowsTheListByNameOrCompanyIgnoringCaseAndAccents() {
        new SampleData(store, clock).fill();
        model.load();
        model.searchProperty().set("alvarez");
        assertEquals(List.of("Junior Alvarez"), names());
        assertEquals("1 of 16 partners", model.countTextProperty().get());
        model.searchProperty().set("BANK");
        assertEquals(List.of("Priya Natarajan"), names(), "found by her company");
        model.searchProperty().set("zoe lef");
        assertEquals(List.of("Zoë Lefèvre"), names(), "every word, accents ignored");
        model.searchProperty().set("  ");
        assertEquals(16, model.rows().size());
        assertEquals("16 partners", model.countTextProperty().get());
    }

    @Test
    void searchingFindsAPartnerByEmailOrPhoneAsTheDeskWideSearchDoes() {
        new SampleData(store, clock).fill();
        model.load();
        model.searchProperty().set("harbourbank.example");
        assertEquals(List.of("Priya Natarajan"), names(), "found by her email");
        model.searchProperty().set("20 7946 0105");
        assertEquals(List.of("Zoë Lefèvre"), names(), "found by the digits of her phone");
        model.searchProperty().set("+44 (20) 7946-0105");
        assertEquals(List.of("Zoë Lefèvre"), names(), "however the phone is typed");
    }

    @Test
    void aSearchThatMatchesNobodySaysSo() {
        new SampleData(store, clock).fill();
        model.load();
        model.searchProperty().set("plumber");
        assertTrue(model.rows().isEmpty());
        assertFalse(model.emptyProperty().get(), "the desk still has partners");
        assertEquals("0 of 16 partners", model.countTextProperty().get());
        assertEquals("No partner matches \u201cplumber\u201d.", model.noMatchTextProperty().get());
    }

    @Test
    void theSearchStillAppliesAfterTheListIsReadAgain() {
        new SampleData(store, clock).fill();
        model.searchProperty().set("okafor");
        model.load();
        assertEquals(List.of("Margaret Okafor"), names());
    }

    @Test
    void aCheckInDueBeforeNowIsOverdue() {
        assertTrue(model.isOverdue(NOW.minusSeconds(1)));
        assertFalse(model.isOverdue(NOW.plusSeconds(60)));
        assertFalse(model.isOverdue(null));
    }

    @Test
    void neverIsADash() {
        assertEquals("\u2014", model.formatDate(null));
    }

    private List<String> names() {
        return model.rows().stream().map(PartnerSummary::name).toList();
    }
}
