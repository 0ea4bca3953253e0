package org.referraldesk.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.referraldesk.domain.CardLine;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.NotFound;
import org.referraldesk.domain.OwnerNames;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.Template;
import org.referraldesk.domain.TemplateKind;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.store.Store;
import org.referraldesk.store.Tx;

/**
 * The handwritten thank-you cards: the pending card follow-ups (and any partners the owner adds) as
 * lines to print, and marking the cards written and posted.
 */
public final class CardList {
    /** The template a card's suggested message is written from (V6, editable in Settings > Templates). */
    static final TemplateKind CARD_TEMPLATE = TemplateKind.HANDWRITTEN_CARD;

    private final Store store;
    private final Clock clock;
    private final Partners partners;

    public CardList(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.partners = new Partners(store, clock);
    }

    /** Every pending (open, not deleted) card follow-up, the earliest due first, whenever it falls due. */
    public List<CardLine> pending() {
        return store.inTransaction(tx -> lines(tx, tx.cards().pending().stream()
                .map(card -> new Wanted(card.id(), card.partnerId(), card.referralId())).toList()));
    }

    /** A card for each of these partners about their newest story, in the order given, each once. */
    public List<CardLine> forPartners(Collection<Long> partnerIds) {
        return store.inTransaction(tx -> {
            Set<Long> ids = new LinkedHashSet<>(partnerIds);
            Set<Long> known = new HashSet<>();
            tx.partners().findAll(ids).forEach(partner -> known.add(partner.contactId()));
            List<Wanted> wanted = new ArrayList<>();
            for (long id : ids) {
                if (!known.contains(id)) {
                    throw new NotFound("partner", id);
                }
                wanted.add(new Wanted(null, id, null));
            }
            return lines(tx, wanted);
        });
    }

    /**
     * The cards are written and posted: completes their follow-ups and logs one CARD touch for each
     * partner (which restarts their check-in clock), all in one transaction. Returns how many
     * partners were touched.
     */
    public int markWrittenAndPosted(Collection<CardLine> cards) {
        Instant now = clock.instant();
        FollowUps followUps = new FollowUps(store, clock);
        return store.inTransaction(tx -> {
            Set<Long> touched = new LinkedHashSet<>();
            for (CardLine card : cards) {
                boolean first = touched.add(card.partnerId());
                if (card.followUpId() != null) {
                    followUps.complete(tx, card.followUpId(), now, false);
                }
                if (first) {
                    partners.logTouch(tx, card.partnerId(), TouchKind.CARD, now, 
                            org.referraldesk.domain.Wording.forOwner("org.referraldesk.service.messages").text("card.touch"));
                }
            }
            return touched.size();
        });
    }

    /** A card to write: for a follow-up (or none), to a partner, about a story (or their newest one). */
    private record Wanted(Long followUpId, long partnerId, Long referralId) {
    }

    /**
     * The cards' lines read in a few queries whatever their number: the stories, the newest story of
     * each partner without one, the people, the template and the owner's names, each read once.
     */
    private static List<CardLine> lines(Tx tx, List<Wanted> wanted) {
        if (wanted.isEmpty()) {
            return List.of();
        }
        Template template = tx.templates().find(CARD_TEMPLATE).orElseThrow(() -> InvalidInput.ofRequest(
                "template.missing", "handwritten card"));
        Map<Long, Referral> stories = new HashMap<>();
        tx.referrals().findAll(wanted.stream().map(Wanted::referralId).filter(Objects::nonNull).toList())
                .forEach(story -> stories.put(story.id(), story));
        Map<Long, Referral> newest = new HashMap<>();
        tx.referrals().latestFromEach(wanted.stream().filter(w -> w.referralId() == null).map(Wanted::partnerId)
                .toList()).forEach(story -> newest.put(story.referrerId(), story));
        Set<Long> people = new HashSet<>();
        wanted.forEach(w -> people.add(w.partnerId()));
        for (Referral story : stories.values()) {
            people.add(story.referrerId());
            people.add(story.clientId());
        }
        newest.values().forEach(story -> people.add(story.clientId()));
        Map<Long, Contact> contacts = new HashMap<>();
        tx.contacts().findAll(people).forEach(contact -> contacts.put(contact.id(), contact));
        OwnerNames names = OwnerSettings.names(tx);
        String whatWeDo = BusinessSettings.whatWeDo(tx);
        List<CardLine> lines = new ArrayList<>(wanted.size());
        for (Wanted card : wanted) {
            Contact partner = Optional.ofNullable(contacts.get(card.partnerId()))
                    .orElseThrow(() -> new NotFound("partner", card.partnerId()));
            Optional<Referral> story = Optional.ofNullable(card.referralId() != null ? stories.get(card.referralId())
                    : newest.get(card.partnerId()));
            Optional<Contact> client = story.map(s -> contacts.get(s.clientId()));
            Optional<Contact> referrer = Optional.ofNullable(contacts.get(story.map(Referral::referrerId)
                    .orElse(card.partnerId())));
            String message = Templates.write(template, false, story, referrer, client, names, whatWeDo).body();
            lines.add(new CardLine(card.followUpId(), card.partnerId(), partner.name(), partner.address(),
                    CardStory.line(story.orElse(null), client.map(Contact::name).orElse(null)), message));
        }
        return lines;
    }
}
