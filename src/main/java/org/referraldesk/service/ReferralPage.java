package org.referraldesk.service;

import java.util.List;
import org.referraldesk.domain.ReferralSummary;

/** A page of the referrals list, and (for the first page) how many stories match in all; -1 if not counted. */
public record ReferralPage(List<ReferralSummary> rows, int total) {
}
