package org.referraldesk.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.referraldesk.domain.NotFound;
import org.referraldesk.domain.PartnerActivity;
import org.referraldesk.domain.PartnerSettings;
import org.referraldesk.domain.Playbook;
import org.referraldesk.domain.Touch;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.store.Store;
import org.referraldesk.store.Tx;

/** The partners who refer, and every touch with them. */
public final class Partners {
    private final Store store;
    private final Clock clock;

    public Partners(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Logs a call, email, card, gift or meeting; it resets the partner's check-in clock. */
    public Touch logTouch(long partnerId, TouchKind kind, Instant at, String note) {
        return store.inTransaction(tx -> logTouch(tx, partnerId, kind, at, note));
    }

    Touch logTouch(Tx tx, long partnerId, TouchKind kind, Instant at, String note) {
        Instant now = clock.instant();
        Instant when = at == null ? now : Checks.notInFuture("at", at, now, "The time of the touch");
        Touch touch = Touch.of(partnerId, kind, when, note);
        tx.partners().find(partnerId).orElseThrow(() -> new NotFound("partner", partnerId));
        long id = tx.touches().insert(touch);
        HeroCheckIns.sync(tx, new Playbook(OwnerSettings.playbook(tx), clock), partnerId);
        return new Touch(id, partnerId, touch.kind(), when, touch.note());
    }

    public PartnerSettings settings(long partnerId) {
        return store.inTransaction(tx -> tx.partners().find(partnerId)
                .orElseThrow(() -> new NotFound("partner", partnerId)));
    }

    /** Changes how a partner is looked after; a new cadence moves their next check-in. */
    public void saveSettings(PartnerSettings settings) {
        store.useTransaction(tx -> {
            tx.partners().find(settings.contactId()).orElseThrow(() -> new NotFound("partner", settings.contactId()));
            tx.partners().save(settings);
            HeroCheckIns.sync(tx, new Playbook(OwnerSettings.playbook(tx), clock), settings.contactId());
        });
    }

    public List<Touch> touches(long partnerId) {
        return store.inTransaction(tx -> tx.touches().forPartner(partnerId));
    }

    public List<PartnerActivity> activities() {
        return store.inTransaction(tx -> tx.partners().activities());
    }
}
