package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.FollowUpLine;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.domain.Stage;
import org.referraldesk.store.Store;

class SampleDataTest {
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/London"));

    @TempDir
    Path dir;
    private Store store;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("desk"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void sampleDataTellsFortyEightStoriesFromSixteenPartnersInEveryStage() {
        assertEquals(48, new SampleData(store, clock).fill());
        List<ReferralSummary> stories = new Referrals(store, clock).summaries(100, 0);
        assertEquals(48, stories.size());
        Set<Stage> stages = stories.stream().map(ReferralSummary::stage).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(Stage.class), stages);
        assertEquals(16, new Partners(store, clock).activities().size());
    }

    @Test
    void sampleDataHasFollowUpsOverdueAndStillToCome() {
        new SampleData(store, clock).fill();
        List<FollowUpLine> dueNow = new FollowUps(store, clock).dueAt(NOW);
        List<FollowUpLine> dueWithinAMonth = new FollowUps(store, clock).dueAt(NOW.plus(Duration.ofDays(30)));
        assertTrue(dueNow.stream().anyMatch(f -> f.isOverdueAt(NOW.minus(Duration.ofDays(1)))), "some overdue");
        assertTrue(dueWithinAMonth.size() > dueNow.size(), "some still to come");
    }

    @Test
    void sampleDataIsOnlyAddedToAnEmptyDesk() {
        new SampleData(store, clock).fill();
        InvalidInput refused = assertThrows(InvalidInput.class, () -> new SampleData(store, clock).fill());
        assertTrue(refused.getMessage().contains("empty desk"));
        assertEquals(48, new Referrals(store, clock).count());
    }
}
