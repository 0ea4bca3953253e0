package org.referraldesk.service;

import java.util.List;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.Referral;

/** A stored story and the follow-ups the playbook created for it. */
public record RecordedReferral(Referral referral, List<FollowUp> followUps) {
}
