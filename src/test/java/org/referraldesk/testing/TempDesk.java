package org.referraldesk.testing;

import org.referraldesk.service.Services;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.function.Executable;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.PartnerActivity;
import org.referraldesk.domain.PartnerSettings;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.domain.StoryEvent;
import org.referraldesk.domain.Touch;
import org.referraldesk.service.FollowUps;
import org.referraldesk.service.OwnerSettings;
import org.referraldesk.service.Partners;
import org.referraldesk.service.Referrals;
import org.referraldesk.store.Store;
import org.referraldesk.store.Tx;

/**
 * A real desk for tests: an H2 file in a temporary folder, migrated by the real Flyway scripts, and
 * services on a clock stopped at Tuesday 2026-03-10 09:00 in Berlin ({@link TypicalClocks#BERLIN}).
 */
public final class TempDesk implements AutoCloseable {

    public static final Clock CLOCK = TypicalClocks.BERLIN;
    /** 2026-03-10T08:00:00Z, 09:00 in Berlin. */
    public static final Instant NOW = CLOCK.instant();

    /** What exports and backups made by tests say made them. */
    public static final String MADE_BY = "Referral Desk test";

    private final Path file;
    private Store store;
    private Services services;

    private TempDesk(Path file) {
        this.file = file;
        this.store = Store.open(file);
        this.services = services(store, CLOCK);
    }

    /** Opens a new, empty desk in {@code dir}. */
    public static TempDesk openIn(Path dir) {
        return new TempDesk(dir.resolve("desk"));
    }

    public Store store() {
        return store;
    }

    /** Closes the database file and opens it again, as the app does on its next start. */
    public void reopen() {
        store.close();
        store = Store.open(file);
        services = services(store, CLOCK);
    }

    /** Every service of this desk, wired as the window and the command line wire them. */
    public Services services() {
        return services;
    }

    /** Every service of {@code store} at {@code clock}, wired as the window and the command line wire them. */
    public static Services services(Store store, Clock clock) {
        return Services.on(store, clock, MADE_BY);
    }

    public Referrals referrals() {
        return services.referrals();
    }

    public FollowUps followUps() {
        return services.followUps();
    }

    public Partners partners() {
        return services.partners();
    }

    public OwnerSettings settings() {
        return services.settings();
    }

    public <T> T in(Function<Tx, T> work) {
        return store.inTransaction(work);
    }

    /** A number read in one transaction, e.g. {@code desk.count(tx -> tx.referrals().count())}. */
    public int count(ToIntFunction<Tx> counter) {
        return store.inTransaction(counter::applyAsInt);
    }

    public void use(Consumer<Tx> work) {
        store.useTransaction(work);
    }

    /** Everything the desk holds, to show that a refused request changed nothing. */
    public Snapshot snapshot() {
        return in(tx -> {
            List<Referral> referrals = new ArrayList<>();
            List<StoryEvent> events = new ArrayList<>();
            List<FollowUp> followUps = new ArrayList<>();
            for (ReferralSummary s : tx.referrals().summaries(Integer.MAX_VALUE, 0)) {
                referrals.add(tx.referrals().find(s.id()).orElseThrow());
                events.addAll(tx.events().timeline(s.id()));
                followUps.addAll(tx.followUps().forReferral(s.id()));
            }
            List<PartnerActivity> activities = tx.partners().activities();
            List<PartnerSettings> partners = new ArrayList<>();
            List<Touch> touches = new ArrayList<>();
            for (PartnerActivity a : activities) {
                partners.add(tx.partners().find(a.partnerId()).orElseThrow());
                touches.addAll(tx.touches().forPartner(a.partnerId()));
                followUps.addAll(tx.followUps().openOfKind(a.partnerId(), FollowUpKind.HERO_CHECK_IN));
            }
            return new Snapshot(tx.contacts().list(), partners, activities, referrals, events, followUps, touches,
                    tx.followUps().countOpen());
        });
    }

    /** Asserts that {@code request} is refused with exactly {@code message} and leaves the desk as it was. */
    public void assertRefused(String message, Executable request) {
        assertRefused(InvalidInput.class, message, request);
    }

    public void assertRefused(Class<? extends InvalidInput> type, String message, Executable request) {
        Snapshot before = snapshot();
        InvalidInput refused = assertThrows(type, request);
        assertEquals(message, refused.getMessage());
        assertEquals(before, snapshot(), "a refused request changes nothing");
    }

    @Override
    public void close() {
        store.close();
    }

    /** The desk's whole content at one moment. */
    public record Snapshot(List<Contact> contacts, List<PartnerSettings> partners, List<PartnerActivity> activities,
            List<Referral> referrals, List<StoryEvent> events, List<FollowUp> followUps, List<Touch> touches,
            int openFollowUps) {
    }
}
