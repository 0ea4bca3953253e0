package org.referraldesk.ui.common;

import javafx.scene.Parent;
import javafx.stage.Window;

/**
 * Where a screen can send the owner, and the dialogs more than one screen opens, asked for by what
 * the owner wants rather than by another feature's controller or view. The main window's shell
 * implements it; a feature knows only this. Each {@code then} runs on the FX thread once the dialog
 * has stored what the owner entered (e.g. to read the screen again).
 */
public interface Navigator {

    /** What is overdue, due today and due this week. */
    void showToday();

    /** The referrals list. */
    void showReferrals();

    /** The partners list. */
    void showPartners();

    /** The heroes: the partners who sent the most this year. */
    void showHeroes();

    /** The story of referral {@code referralId}. */
    void openStory(long referralId);

    /** Partner {@code partnerId}'s page. */
    void openPartner(long partnerId);

    /** Contact {@code contactId}'s page: any person on the desk (a partner, a client, an onward contact). */
    void openContact(long contactId);

    /** The search box that finds anyone and anything on the desk (Ctrl+K), over the showing screen. */
    void search();

    /**
     * "Merge with…" for contact {@code contactId}: find the other record of the same person, see both
     * side by side, pick the details to keep and merge; {@code then} runs once merged.
     */
    void mergeContact(long contactId, Runnable then);

    /** The records that look like one person (the import's duplicate rule), to review and merge; {@code then} runs when it closes. */
    void reviewDuplicates(Runnable then);

    /** The new-referral form; {@code then} runs as soon as the new story is stored. */
    void newReferral(Runnable then);

    /** The new-referral form with {@code referrerName} already in the referrer's name (what the owner searched for). */
    void newReferral(String referrerName, Runnable then);

    /**
     * Records a referral from an introduction email the owner dropped or pasted on the window: the
     * new-referral form, filled from it once read (or saying why it cannot be); {@code then} runs as
     * soon as the new story is stored.
     */
    void recordFromEmail(DroppedEmail email, Runnable then);

    /** Picks a contacts file (CSV or vCard) and imports it as partners. */
    void importContacts(Runnable then);

    /** Picks a web-form CSV file and imports it as referrals. */
    void importReferrals(Runnable then);

    /** "Log gift…" for gift follow-up {@code followUpId}: what, amount, day; the follow-up is then done. */
    void logGiftForFollowUp(long followUpId, Runnable then);

    /** "Log gift…" from partner {@code partnerId}'s page, for one of their stories or none. */
    void logGiftForPartner(long partnerId, Runnable then);

    /** "Posted…" for public thank-you {@code followUpId} to {@code partnerName}: where it was posted. */
    void posted(long followUpId, String partnerName, Runnable then);

    /** "Log a referral you gave" to partner {@code partnerId}, called {@code partnerName} in the dialog. */
    void logReferralGiven(long partnerId, String partnerName, Runnable then);

    /** The message template editor, for Settings to show in its tab. */
    Parent templateEditor();

    /** The main window, to own dialogs. */
    Window window();
}
