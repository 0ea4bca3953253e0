package org.referraldesk.domain;

/** A request named something (a referral, a follow-up, a partner) that does not exist. */
public class NotFound extends InvalidInput {
    public NotFound(String what, Object id) {
        super(null, "No " + what + " with id " + id + ".");
    }
}
