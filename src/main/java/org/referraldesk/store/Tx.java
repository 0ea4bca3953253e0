package org.referraldesk.store;

import org.jdbi.v3.core.Handle;

/** One open transaction and the DAOs that work inside it. */
public final class Tx {
    private final Handle handle;

    Tx(Handle handle) {
        this.handle = handle;
    }

    public ContactDao contacts() {
        return handle.attach(ContactDao.class);
    }

    public PartnerDao partners() {
        return handle.attach(PartnerDao.class);
    }

    public PartnerSummaryDao partnerSummaries() {
        return handle.attach(PartnerSummaryDao.class);
    }

    public ReferralDao referrals() {
        return handle.attach(ReferralDao.class);
    }

    public ReferralSearchDao referralSearch() {
        return handle.attach(ReferralSearchDao.class);
    }

    public StoryEventDao events() {
        return handle.attach(StoryEventDao.class);
    }

    public FollowUpDao followUps() {
        return handle.attach(FollowUpDao.class);
    }

    public ReminderDao reminders() {
        return handle.attach(ReminderDao.class);
    }

    public TrashDao trash() {
        return handle.attach(TrashDao.class);
    }

    public ContactMergeDao contactMerges() {
        return handle.attach(ContactMergeDao.class);
    }

    public TouchDao touches() {
        return handle.attach(TouchDao.class);
    }

    public GiftDao gifts() {
        return handle.attach(GiftDao.class);
    }

    public GiftYearDao giftYears() {
        return handle.attach(GiftYearDao.class);
    }

    public ReferralGivenDao referralsGiven() {
        return handle.attach(ReferralGivenDao.class);
    }

    public SettingDao settings() {
        return handle.attach(SettingDao.class);
    }

    public TemplateDao templates() {
        return handle.attach(TemplateDao.class);
    }

    public AnalyticsDao analytics() {
        return handle.attach(AnalyticsDao.class);
    }

    public CardDao cards() {
        return handle.attach(CardDao.class);
    }

    public VipInviteDao vipInvites() {
        return handle.attach(VipInviteDao.class);
    }

    /** Every table as plain rows: the full export and the restore. */
    public DataTables dataTables() {
        return new DataTables(handle);
    }

    public EmailThreadDao emailThreads() {
        return handle.attach(EmailThreadDao.class);
    }

    public ImportKeyDao importKeys() {
        return handle.attach(ImportKeyDao.class);
    }

    /**
     * Runs {@code work} inside a savepoint: when it throws, what it wrote is undone and the rest of
     * the transaction goes on (an import drops one bad row, not the whole file).
     */
    public <T> T savepoint(String name, java.util.function.Supplier<T> work) {
        handle.savepoint(name);
        try {
            T result = work.get();
            handle.releaseSavepoint(name);
            return result;
        } catch (RuntimeException e) {
            handle.rollbackToSavepoint(name);
            throw e;
        }
    }
}
