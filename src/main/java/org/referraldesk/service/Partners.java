package org.referraldesk.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.NotFound;
import org.referraldesk.domain.PartnerActivity;
import org.referraldesk.domain.PartnerProfile;
import org.referraldesk.domain.PartnerSettings;
import org.referraldesk.domain.PartnerSummary;
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
        Instant when = at == null ? now : Checks.past("at", at, now, "label.timeTouch");
        FieldLimits.text("note", note, FieldLimits.NOTE, "label.note");
        Touch touch = Touch.of(partnerId, kind, when, note);
        tx.partners().find(partnerId).orElseThrow(() -> new NotFound("partner", partnerId));
        long id = tx.touches().insert(touch);
        HeroCheckIns.sync(tx, new Playbook(OwnerSettings.playbook(tx), clock), partnerId);
        return new Touch(id, partnerId, touch.kind(), when, touch.note());
    }

    /** Every partner with their numbers, last touch and next check-in, in alphabetical order. */
    public List<PartnerSummary> summaries() {
        return store.inTransaction(tx -> tx.partnerSummaries().summaries());
    }

    /** One partner: contact details, settings, numbers, their stories and touches (newest first). */
    public PartnerProfile profile(long partnerId) {
        return store.inTransaction(tx -> profile(tx, partnerId));
    }

    private static PartnerProfile profile(Tx tx, long partnerId) {
        PartnerSettings settings = partner(tx, partnerId);
        Contact contact = tx.contacts().find(partnerId).orElseThrow(() -> new NotFound("partner", partnerId));
        PartnerSummary summary = tx.partnerSummaries().summary(partnerId)
                .orElseThrow(() -> new NotFound("partner", partnerId));
        return new PartnerProfile(contact, settings, summary, tx.partnerSummaries().stories(partnerId),
                tx.touches().forPartner(partnerId));
    }

    /**
     * Changes a partner's contact details (name, company, email, phone, postal address, notes). The
     * name must not be blank (the {@link Contact} itself refuses that); the email must look like one
     * and must not belong to another contact.
     */
    public Contact saveContact(Contact contact) {
        return store.inTransaction(tx -> saveContact(tx, contact));
    }

    /** Saves contact details and settings together: both are stored, or on bad input neither. */
    public PartnerProfile save(Contact contact, PartnerSettings settings) {
        if (contact.id() != settings.contactId()) {
            throw new IllegalArgumentException("Contact " + contact.id() + " and settings for "
                    + settings.contactId() + " are not the same partner");
        }
        return store.inTransaction(tx -> {
            saveContact(tx, contact);
            saveSettings(tx, settings);
            return profile(tx, contact.id());
        });
    }

    private static Contact saveContact(Tx tx, Contact contact) {
        if (contact == null) {
            throw new InvalidInput("name", "text.blank", InvalidInput.label("label.contactName"));
        }
        partner(tx, contact.id());
        FieldLimits.contact("", contact);
        String email = Checks.email("email", contact.email());
        if (email != null) {
            Optional<Contact> holder = tx.contacts().findByEmail(email).filter(other -> other.id() != contact.id());
            if (holder.isPresent()) {
                throw new InvalidInput("email", "contact.emailTaken", holder.get().name(), email);
            }
        }
        tx.contacts().update(contact);
        return tx.contacts().find(contact.id()).orElseThrow(() -> new NotFound("partner", contact.id()));
    }

    private static PartnerSettings partner(Tx tx, long partnerId) {
        return tx.partners().find(partnerId).orElseThrow(() -> new NotFound("partner", partnerId));
    }

    public PartnerSettings settings(long partnerId) {
        return store.inTransaction(tx -> tx.partners().find(partnerId)
                .orElseThrow(() -> new NotFound("partner", partnerId)));
    }

    /** Changes how a partner is looked after; a new cadence moves their next check-in. */
    public void saveSettings(PartnerSettings settings) {
        store.useTransaction(tx -> saveSettings(tx, settings));
    }

    void saveSettings(Tx tx, PartnerSettings settings) {
        FieldLimits.within("giftNotes", settings.giftNotes(), FieldLimits.GIFT_NOTES, "label.giftNotes");
        partner(tx, settings.contactId());
        tx.partners().save(settings);
        HeroCheckIns.sync(tx, new Playbook(OwnerSettings.playbook(tx), clock), settings.contactId());
    }

    public List<Touch> touches(long partnerId) {
        return store.inTransaction(tx -> tx.touches().forPartner(partnerId));
    }

    public List<PartnerActivity> activities() {
        return store.inTransaction(tx -> tx.partners().activities());
    }
}
