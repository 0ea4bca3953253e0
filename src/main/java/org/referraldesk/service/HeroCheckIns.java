package org.referraldesk.service;

import java.util.List;
import java.util.Optional;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.PartnerActivity;
import org.referraldesk.domain.PartnerSettings;
import org.referraldesk.domain.Playbook;
import org.referraldesk.store.Tx;

/** Keeps exactly one open check-in per partner (Hero or not), due at their last contact plus their cadence. */
final class HeroCheckIns {
    private HeroCheckIns() {
    }

    static void sync(Tx tx, Playbook playbook, long partnerId) {
        PartnerSettings settings = tx.partners().find(partnerId).orElse(PartnerSettings.defaultsFor(partnerId));
        Optional<PartnerActivity> activity = tx.partners().activity(partnerId);
        Optional<FollowUp> next = activity.flatMap(a -> playbook.heroCheckIn(a, settings));
        if (next.isEmpty()) {
            return;
        }
        List<FollowUp> open = tx.followUps().openOfKind(partnerId, FollowUpKind.HERO_CHECK_IN);
        if (open.isEmpty()) {
            tx.followUps().insert(next.get());
        } else if (!open.get(0).dueAt().equals(next.get().dueAt())) {
            tx.followUps().reschedule(open.get(0).id(), next.get().dueAt());
        }
    }
}
