package org.referraldesk.app;

import java.nio.file.Path;
import java.time.Clock;
import org.referraldesk.cli.DeskServices;
import org.referraldesk.cli.DeskUnavailable;
import org.referraldesk.service.CardList;
import org.referraldesk.service.ContactImport;
import org.referraldesk.service.ReferralImport;
import org.referraldesk.service.DataExports;
import org.referraldesk.service.FollowUps;
import org.referraldesk.service.Partners;
import org.referraldesk.service.Referrals;
import org.referraldesk.service.Restore;
import org.referraldesk.service.Today;
import org.referraldesk.store.Store;
import org.referraldesk.store.StoreInUse;
import org.referraldesk.store.StoreUnavailable;

/** The services one command runs on: the store opened for it and a clock; closing shuts the store down. */
final class StoreDesk implements DeskServices {
    private final Store store;
    private final Clock clock;
    private final String madeBy;

    private StoreDesk(Store store, Clock clock, String madeBy) {
        this.store = store;
        this.clock = clock;
        this.madeBy = madeBy;
    }

    /** Opens the database for a command; a file held by another process is "busy" (exit code 3). */
    static StoreDesk open(Path database, Clock clock, String madeBy) {
        Path db = database.toAbsolutePath();
        if (db.getParent() != null) {
            System.setProperty("rd.logDir", db.getParent().toString());
        }
        try {
            return new StoreDesk(Store.open(db), clock, madeBy);
        } catch (StoreInUse e) {
            throw new DeskUnavailable(e.getMessage(), true, e);
        } catch (StoreUnavailable e) {
            throw new DeskUnavailable(e.getMessage(), false, e);
        }
    }

    @Override
    public Referrals referrals() {
        return new Referrals(store, clock);
    }

    @Override
    public FollowUps followUps() {
        return new FollowUps(store, clock);
    }

    @Override
    public Partners partners() {
        return new Partners(store, clock);
    }

    @Override
    public Today today() {
        return new Today(store, clock);
    }

    @Override
    public DataExports exports() {
        return new DataExports(store, clock, madeBy);
    }

    @Override
    public Restore restore() {
        return new Restore(store);
    }

    @Override
    public CardList cards() {
        return new CardList(store, clock);
    }

    @Override
    public ContactImport contactImport() {
        return new ContactImport(store, clock);
    }

    @Override
    public ReferralImport referralImport() {
        return new ReferralImport(store, clock);
    }

    @Override
    public void close() {
        store.close();
    }
}
