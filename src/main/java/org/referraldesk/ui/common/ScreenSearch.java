package org.referraldesk.ui.common;

/**
 * A screen with a search box of its own (the referrals list, the partners list): Ctrl+F goes to
 * that box; on every other screen Ctrl+F opens the desk-wide search, as Ctrl+K does everywhere.
 */
public interface ScreenSearch {

    /** Puts the caret in the screen's own search box, its text selected. */
    void focusSearch();
}
