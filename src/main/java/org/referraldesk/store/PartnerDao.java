package org.referraldesk.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.referraldesk.domain.PartnerActivity;
import org.referraldesk.domain.PartnerSettings;

/** Partners: contacts who refer, with how the owner looks after each of them. */
public interface PartnerDao {

    @SqlUpdate("MERGE INTO partner (contact_id, check_in_cadence_days, gifts_allowed, public_thanks_allowed, "
            + "gift_notes, hero_by_hand) KEY (contact_id) VALUES (:p.contactId, :p.checkInCadenceDays, "
            + ":p.giftsAllowed, :p.publicThanksAllowed, :p.giftNotes, :p.heroByHand)")
    void save(@BindMethods("p") PartnerSettings settings);

    @SqlQuery("SELECT contact_id, check_in_cadence_days, gifts_allowed, public_thanks_allowed, gift_notes, "
            + "hero_by_hand FROM partner WHERE contact_id = :id")
    Optional<PartnerSettings> find(@Bind("id") long contactId);

    /** The partners among {@code ids}, in no particular order (a few queries for any number of ids). */
    default List<PartnerSettings> findAll(Collection<Long> ids) {
        return InChunks.read(ids, this::findChunk);
    }

    @SqlQuery("SELECT contact_id, check_in_cadence_days, gifts_allowed, public_thanks_allowed, gift_notes, "
            + "hero_by_hand FROM partner WHERE contact_id IN (<ids>)")
    List<PartnerSettings> findChunk(@BindList("ids") List<Long> ids);

    String ACTIVITY = "SELECT p.contact_id AS partner_id, "
            + "(SELECT COUNT(*) FROM referral r WHERE r.referrer_id = p.contact_id AND r.deleted_at IS NULL) "
            + "AS referrals_sent, "
            + "(SELECT MAX(r.received_at) FROM referral r WHERE r.referrer_id = p.contact_id "
            + "AND r.deleted_at IS NULL) AS last_referral_at, "
            + "(SELECT MAX(t.at) FROM touch t WHERE t.partner_id = p.contact_id) AS last_touch_at "
            + "FROM partner p";

    @SqlQuery(ACTIVITY + " WHERE p.contact_id = :id")
    Optional<PartnerActivity> activity(@Bind("id") long contactId);

    @SqlQuery(ACTIVITY + " ORDER BY p.contact_id")
    List<PartnerActivity> activities();

    @SqlQuery("SELECT COUNT(*) FROM partner")
    int count();
}
