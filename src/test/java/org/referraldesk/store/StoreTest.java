package org.referraldesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.Referral;

class StoreTest {
    private static final Instant RECEIVED = Instant.parse("2026-03-10T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theDatabaseIsAFileThatKeepsItsDataAfterShutdown() {
        Path db = dir.resolve("desk");
        try (Store store = Store.open(db)) {
            store.useTransaction(tx -> tx.contacts().insert(Contact.named("Junior Miller", "junior@example.com"), RECEIVED));
        }
        assertTrue(Files.exists(dir.resolve("desk.mv.db")));
        assertFalse(Files.exists(dir.resolve("desk.trace.db")), () -> "a clean shutdown leaves no error trace: " + trace());
        try (Store store = Store.open(dir.resolve("desk.mv.db"))) {
            assertEquals("Junior Miller", store.inTransaction(tx -> tx.contacts().list()).get(0).name());
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        try (Store store = Store.open(dir.resolve("desk"))) {
            assertThrows(IllegalStateException.class, () -> store.useTransaction(tx -> {
                tx.contacts().insert(Contact.named("Grandma", null), RECEIVED);
                throw new IllegalStateException("half way");
            }));
            int contacts = store.inTransaction(tx -> tx.contacts().count());
            assertEquals(0, contacts);
        }
    }

    @Test
    void instantsComeBackUnchangedWhenTheComputerChangesTimeZone() {
        TimeZone original = TimeZone.getDefault();
        try (Store store = Store.open(dir.resolve("desk"))) {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Santiago"));
            long id = store.inTransaction(tx -> {
                long junior = tx.contacts().insert(Contact.named("Junior", null), RECEIVED);
                long grandma = tx.contacts().insert(Contact.named("Grandma", null), RECEIVED);
                return tx.referrals().insert(Referral.received(junior, grandma, Channel.PHONE, "Leaking pipe",
                        RECEIVED, new BigDecimal("350.50")));
            });
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            Referral back = store.inTransaction(tx -> tx.referrals().find(id)).orElseThrow();
            assertEquals(RECEIVED, back.receivedAt());
            assertEquals(new BigDecimal("350.50"), back.estimatedValue());
        } finally {
            TimeZone.setDefault(original);
        }
    }

    private String trace() {
        try {
            return Files.readString(dir.resolve("desk.trace.db"));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
