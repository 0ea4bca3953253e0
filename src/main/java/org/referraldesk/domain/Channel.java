package org.referraldesk.domain;

import java.util.Locale;

/** How a referral reached us. */
public enum Channel {
    EMAIL_INTRODUCTION, PHONE, IN_PERSON, WEB_FORM, OTHER;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
