package org.referraldesk.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.NotFound;
import org.referraldesk.domain.Playbook;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.StoryEvent;
import org.referraldesk.domain.StoryField;
import org.referraldesk.service.StoryCorrection.Person;
import org.referraldesk.store.Store;
import org.referraldesk.store.Tx;

/**
 * Corrects a saved story: its need, channel, received time, estimated value, client and referrer. The
 * timeline notes what was corrected; open follow-ups counted from the received time move with it (a
 * snoozed one keeps its snooze), done and skipped ones stay as they were; a new referrer takes over
 * the story's open follow-ups for the old one. Refused input changes nothing.
 */
public final class StoryCorrections {
    private final Store store;
    private final Clock clock;

    public StoryCorrections(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Stores {@code wanted} for story {@code referralId}; with nothing changed, nothing is stored. */
    public StoryCorrected correct(long referralId, StoryCorrection wanted) {
        return store.inTransaction(tx -> {
            Story before = Stories.load(tx, referralId);
            Corrected corrected = check(tx, before, wanted);
            if (corrected.changed().isEmpty()) {
                return new StoryCorrected(before, before, List.of());
            }
            apply(tx, before, corrected);
            return new StoryCorrected(before, Stories.load(tx, referralId), corrected.changed());
        });
    }

    /**
     * The person the command line means by a name, email and phone (each may be null): the contact with
     * that email, else the story's {@code current} person when the name is theirs, else the contact of
     * that name, else {@code current} with the name corrected. Given details replace theirs.
     */
    public Person personNamed(Contact current, String name, String email, String phone) {
        String typedName = InvalidInput.optionalLine(name);
        String typedEmail = InvalidInput.optionalLine(email);
        return store.inTransaction(tx -> {
            Optional<Contact> known = typedEmail == null ? Optional.empty() : tx.contacts().findByEmail(typedEmail);
            if (known.isEmpty() && typedName != null && !typedName.equalsIgnoreCase(current.name())) {
                known = tx.contacts().findByName(typedName);
            }
            Contact who = known.orElse(current);
            String newName = typedName != null && (who.id() == current.id() || known.isEmpty()) ? typedName
                    : who.name();
            return new Person(who.id(), newName, typedEmail != null ? typedEmail : who.email(),
                    phone != null ? InvalidInput.optionalLine(phone) : who.phone());
        });
    }

    /** The checked correction: the story as it will be, its people, and what changed. */
    private record Corrected(Referral referral, Contact client, Contact referrer, List<StoryField> changed) {
    }

    private Corrected check(Tx tx, Story before, StoryCorrection wanted) {
        Referral was = before.referral();
        if (wanted.channel() == null) {
            throw new InvalidInput("channel", "referral.channel");
        }
        String need = FieldLimits.text("need", wanted.need(), FieldLimits.NEED, "label.need");
        FieldLimits.amount("estimatedValue", wanted.estimatedValue(), "label.estimatedValue");
        Instant received = receivedAt(before, wanted.receivedAt());
        Contact client = person(tx, wanted.client(), "client", "label.clientName");
        Contact referrer = person(tx, wanted.referrer(), "referrer", "label.referrerName");
        if (client.id() == referrer.id()) {
            throw new InvalidInput("clientName", "referral.samePerson");
        }
        Referral corrected = new Referral(was.id(), referrer.id(), client.id(), wanted.channel(), need, received,
                wanted.estimatedValue(), was.stage(), was.revenue(), was.profit(), was.closeReason(), was.onwardTo(),
                was.closedAt());
        List<StoryField> changed = new ArrayList<>();
        add(changed, StoryField.RECEIVED_AT, !received.equals(was.receivedAt()));
        add(changed, StoryField.NEED, !Objects.equals(need, was.need()));
        add(changed, StoryField.CHANNEL, wanted.channel() != was.channel());
        add(changed, StoryField.ESTIMATED_VALUE, !sameAmount(corrected.estimatedValue(), was.estimatedValue()));
        add(changed, StoryField.CLIENT, !client.equals(before.client()));
        add(changed, StoryField.REFERRER, !referrer.equals(before.referrer()));
        return new Corrected(corrected, client, referrer, changed);
    }

    private void apply(Tx tx, Story before, Corrected corrected) {
        Referral was = before.referral();
        Referral now = corrected.referral();
        for (Contact person : List.of(corrected.client(), corrected.referrer())) {
            if (!tx.contacts().find(person.id()).orElseThrow().equals(person)) {
                tx.contacts().update(person);
            }
        }
        tx.referrals().correct(now);
        Playbook playbook = new Playbook(OwnerSettings.playbook(tx), clock, BusinessSettings.currency(tx));
        if (corrected.changed().contains(StoryField.RECEIVED_AT)) {
            tx.events().moveReceived(was.id(), now.receivedAt());
            moveFollowUps(tx, playbook, before.followUps(), now);
        }
        if (now.referrerId() != was.referrerId()) {
            Partnership.begin(tx, playbook, now.referrerId());
            tx.followUps().handOver(was.id(), was.referrerId(), now.referrerId());
            HeroCheckIns.sync(tx, playbook, was.referrerId());
            HeroCheckIns.sync(tx, playbook, now.referrerId());
        }
        tx.events().insert(StoryEvent.correction(was.id(), clock.instant(), was.stage(), corrected.changed()));
    }

    /** The follow-ups the playbook counts from the received time, open and not snoozed, fall due anew. */
    private static void moveFollowUps(Tx tx, Playbook playbook, List<FollowUp> followUps, Referral corrected) {
        Map<FollowUpKind, Instant> due = playbook.onRecorded(corrected).stream()
                .collect(Collectors.toMap(FollowUp::kind, FollowUp::dueAt, (a, b) -> a));
        for (FollowUp f : followUps) {
            Instant newDue = due.get(f.kind());
            if (newDue != null && f.isOpen() && f.snoozedUntil() == null && !newDue.equals(f.dueAt())) {
                tx.followUps().reschedule(f.id(), newDue);
            }
        }
    }

    private Instant receivedAt(Story before, Instant wanted) {
        if (wanted == null) {
            throw new InvalidInput("receivedAt", "text.blank", InvalidInput.label("label.timeArrived"));
        }
        Instant at = Checks.past("receivedAt", wanted, clock.instant(), "label.timeArrived");
        boolean afterNextStep = before.timeline().stream().filter(e -> !e.isCorrection()).skip(1)
                .anyMatch(step -> step.at().isBefore(at));
        if (afterNextStep) {
            throw new InvalidInput("receivedAt", "correction.receivedAfterStep");
        }
        return at;
    }

    /** The contact {@code who} names with the details given, checked; fields are "clientName", "clientEmail" .... */
    private static Contact person(Tx tx, Person who, String role, String nameLabel) {
        if (who == null) {
            throw new InvalidInput(role + "Name", "text.blank", InvalidInput.label(nameLabel));
        }
        Contact known = tx.contacts().find(who.contactId()).orElseThrow(() -> new NotFound("contact", who.contactId()));
        String name = FieldLimits.requiredLine(role + "Name", who.name(), FieldLimits.NAME, nameLabel);
        String email = Checks.email(role + "Email", who.email());
        if (email != null) {
            Optional<Contact> holder = tx.contacts().findByEmail(email).filter(other -> other.id() != known.id());
            if (holder.isPresent()) {
                throw new InvalidInput(role + "Email", "contact.emailTaken", holder.get().name(), email);
            }
        }
        return new Contact(known.id(), name, known.company(), email,
                FieldLimits.line(role + "Phone", who.phone(), FieldLimits.PHONE, "label.phone"),
                known.address(), known.notes());
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static void add(List<StoryField> changed, StoryField field, boolean differs) {
        if (differs) {
            changed.add(field);
        }
    }
}
