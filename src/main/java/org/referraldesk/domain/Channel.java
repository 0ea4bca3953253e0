package org.referraldesk.domain;

/** How a referral reached us. */
public enum Channel {
    EMAIL_INTRODUCTION, PHONE, IN_PERSON, WEB_FORM, OTHER;
}
