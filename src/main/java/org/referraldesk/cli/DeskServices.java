package org.referraldesk.cli;

import org.referraldesk.service.CardList;
import org.referraldesk.service.ContactImport;
import org.referraldesk.service.ReferralImport;
import org.referraldesk.service.DataExports;
import org.referraldesk.service.FollowUps;
import org.referraldesk.service.Partners;
import org.referraldesk.service.Referrals;
import org.referraldesk.service.Restore;
import org.referraldesk.service.Today;

/** The services one command works with, on one open database at one clock; closing closes the database. */
public interface DeskServices extends AutoCloseable {
    Referrals referrals();

    FollowUps followUps();

    Partners partners();

    Today today();

    DataExports exports();

    Restore restore();

    CardList cards();

    ContactImport contactImport();

    ReferralImport referralImport();

    @Override
    void close();
}
