package org.referraldesk.store;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.referraldesk.domain.GivenLine;
import org.referraldesk.domain.ReferralGiven;

/** Referrals the owner gave: clients sent on to someone else. */
public interface ReferralGivenDao {

    @SqlUpdate("INSERT INTO referral_given (to_contact_id, client_id, source_referral_id, given_at, note) "
            + "VALUES (:g.toContactId, :g.clientId, :g.sourceReferralId, :g.givenAt, :g.note)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods("g") ReferralGiven given);

    /** What we gave one contact, newest first, with the client's name. */
    @SqlQuery("SELECT g.id, g.to_contact_id, c.name AS client_name, g.given_at, g.note, g.source_referral_id "
            + "FROM referral_given g LEFT JOIN contact c ON c.id = g.client_id "
            + "WHERE g.to_contact_id = :id ORDER BY g.given_at DESC, g.id DESC")
    @RegisterConstructorMapper(GivenLine.class)
    List<GivenLine> givenTo(@Bind("id") long contactId);

    @SqlQuery("SELECT id, to_contact_id, client_id, source_referral_id, given_at, note FROM referral_given "
            + "WHERE source_referral_id = :id ORDER BY id")
    @RegisterConstructorMapper(ReferralGiven.class)
    List<ReferralGiven> fromStory(@Bind("id") long referralId);

    /** Forgets the onward referral of a story whose outcome is cleared (it was reopened). */
    @SqlUpdate("DELETE FROM referral_given WHERE source_referral_id = :id")
    int deleteFromStory(@Bind("id") long referralId);

    @SqlQuery("SELECT COUNT(*) FROM referral_given")
    int count();
}
