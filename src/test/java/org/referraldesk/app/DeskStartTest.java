package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.service.NewReferral;
import org.referraldesk.service.Referrals;
import org.referraldesk.store.Store;

class DeskStartTest {
    @TempDir
    Path dir;

    @Test
    void startingTheDeskPlansThisYearsVipInvitesOnceBehindTheShownWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        Clock clock = DeskWindowTest.CLOCK;
        try (Store store = Store.open(dir.resolve("desk"))) {
            new Referrals(store, clock).record(NewReferral.of("Anna", "Ben", Channel.PHONE, "Boiler")
                    .receivedAt(clock.instant().minus(Duration.ofDays(30))));
        }
        for (int start = 0; start < 2; start++) {
            Desk desk = new Desk(Store.open(dir.resolve("desk")), clock);
            FxToolkit.setupStage(desk::show);
            desk.started().toCompletableFuture().get(30, TimeUnit.SECONDS);
            FxToolkit.cleanupStages();
            desk.close();
        }
        try (Store store = Store.open(dir.resolve("desk"))) {
            long invites = store.inTransaction(tx -> tx.followUps().dueBy(java.time.Instant.parse("2027-01-01T00:00:00Z")))
                    .stream().filter(f -> f.kind() == FollowUpKind.ANNUAL_VIP_INVITE).count();
            assertEquals(1, invites);
        }
    }
}
