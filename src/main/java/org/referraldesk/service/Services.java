package org.referraldesk.service;

import java.time.Clock;
import org.referraldesk.domain.BackupReason;
import org.referraldesk.store.Store;

/**
 * Every use case of one open desk, built once from its store and clock: the window and the command
 * line both work through one of these. Closing it shuts the database down.
 */
public record Services(Store store, Clock clock, Referrals referrals, Stories stories, FollowUps followUps,
        Today today, Partners partners, ContactDirectory contacts, ContactPages contactPages, Gifts gifts,
        PublicThanks publicThanks,
        ReferralsGiven referralsGiven, Templates templates, OwnerSettings settings, BusinessSettings business,
        TraySettings traySettings, Reminders reminders, VipRoundUp vipRoundUp, Leaderboard leaderboard,
        CardList cards, CardSheets cardSheets, CalendarExport calendar, DataExports exports, Restore restore,
        ContactImport contactImport, ReferralImport referralImport, SampleData sampleData, Trash trash,
        StoryCorrections corrections, Backups backups, DeskProtection protection, DeskSearch search,
        ContactMerges merges, EmailIntroductions introductions)
        implements AutoCloseable {

    /** The services on {@code store} at {@code clock}; {@code madeBy} ("Referral Desk 0.1.0") signs exports. */
    public static Services on(Store store, Clock clock, String madeBy) {
        StoryIndex index = new StoryIndex(store);
        Referrals referrals = new Referrals(store, clock, index);
        DataExports exports = new DataExports(store, clock, madeBy);
        OwnerSettings settings = new OwnerSettings(store);
        Backups backups = new Backups(store, exports, clock);
        return new Services(store, clock, referrals, new Stories(store, referrals), new FollowUps(store, clock),
                new Today(store, clock), new Partners(store, clock), new ContactDirectory(store),
                new ContactPages(store, clock),
                new Gifts(store, clock), new PublicThanks(store, clock), new ReferralsGiven(store, clock),
                new Templates(store), settings, new BusinessSettings(store), new TraySettings(store),
                new Reminders(store, clock), new VipRoundUp(store, clock), new Leaderboard(store, clock),
                new CardList(store, clock), new CardSheets(clock), new CalendarExport(store, clock),
                exports, new Restore(store, () -> backups.takeNow(BackupReason.BEFORE_RESTORE).file()),
                new ContactImport(store, clock), new ReferralImport(store, clock), new SampleData(store, clock), new Trash(store, clock),
                new StoryCorrections(store, clock), backups, new DeskProtection(store),
                new DeskSearch(index), new ContactMerges(store, clock),
                new EmailIntroductions(store, settings));
    }

    /** Shuts the database down. */
    @Override
    public void close() {
        store.close();
    }
}
