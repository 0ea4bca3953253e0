package org.referraldesk.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.referraldesk.domain.CardLine;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.NotFound;
import org.referraldesk.domain.Referral;
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
        return store.inTransaction(tx -> {
            List<CardLine> lines = new ArrayList<>();
            for (FollowUp card : tx.cards().pending()) {
                lines.add(line(tx, card.id(), card.partnerId(), card.referralId()));
            }
            return lines;
        });
    }

    /** A card for each of these partners about their newest story, in the order given, each once. */
    public List<CardLine> forPartners(Collection<Long> partnerIds) {
        return store.inTransaction(tx -> {
            List<CardLine> lines = new ArrayList<>();
            for (long id : new LinkedHashSet<>(partnerIds)) {
                tx.partners().find(id).orElseThrow(() -> new NotFound("partner", id));
                lines.add(line(tx, null, id, null));
            }
            return lines;
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
                    partners.logTouch(tx, card.partnerId(), TouchKind.CARD, now, "Thank-you card written and posted");
                }
            }
            return touched.size();
        });
    }

    private static CardLine line(Tx tx, Long followUpId, Long partnerId, Long referralId) {
        Contact partner = tx.contacts().find(partnerId).orElseThrow(() -> new NotFound("partner", partnerId));
        Optional<Referral> story = referralId != null ? tx.referrals().find(referralId)
                : tx.referrals().latestFrom(partnerId);
        String client = story.flatMap(s -> tx.contacts().find(s.clientId())).map(Contact::name).orElse(null);
        String message = Templates.write(tx, CARD_TEMPLATE, false, partnerId, story.map(Referral::id).orElse(null))
                .body();
        return new CardLine(followUpId, partnerId, partner.name(), partner.address(),
                CardStory.line(story.orElse(null), client), message);
    }

}
