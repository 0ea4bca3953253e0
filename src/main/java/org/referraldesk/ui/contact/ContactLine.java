package org.referraldesk.ui.contact;

/**
 * One line of a contact's page: what it says and, beneath, its detail; {@code referralId} is the
 * story it opens (null where it opens none, e.g. a touch or a referral we gave by hand).
 */
public record ContactLine(Long referralId, String title, String detail) {

    public boolean opensAStory() {
        return referralId != null;
    }
}
