package org.referraldesk.domain;

/** The three acts every referral story runs through. */
public enum Act {
    BEGINNING, MIDDLE, END
}
