package org.referraldesk.domain;

/**
 * What a merge moved from the merged record to the kept one, trashed stories and follow-ups
 * included: not what stayed with the merged record (a VIP invite for a year the kept record has one
 * for, with its follow-up; an open check-in where the kept record has one).
 */
public record MergeMoves(int asReferrer, int asClient, int followUps, int touches, int gifts, int referralsGiven,
        int vipInvites) {

    /** How many stories moved. */
    public int stories() {
        return asReferrer + asClient;
    }
}
