package org.referraldesk.store;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.referraldesk.domain.Gift;

/** Gifts given to partners. */
public interface GiftDao {

    @SqlUpdate("INSERT INTO gift (partner_id, referral_id, given_on, description, amount) "
            + "VALUES (:g.partnerId, :g.referralId, :g.givenOn, :g.description, :g.amount)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods("g") Gift gift);

    @SqlQuery("SELECT id, partner_id, referral_id, given_on, description, amount FROM gift "
            + "WHERE partner_id = :id ORDER BY given_on DESC, id DESC")
    List<Gift> forPartner(@Bind("id") long partnerId);
}
