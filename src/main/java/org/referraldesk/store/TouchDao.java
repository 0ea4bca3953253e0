package org.referraldesk.store;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.referraldesk.domain.Touch;

/** Logged contacts with partners. */
public interface TouchDao {

    @SqlUpdate("INSERT INTO touch (partner_id, kind, at, note) VALUES (:t.partnerId, :t.kind, :t.at, :t.note)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods("t") Touch touch);

    @SqlQuery("SELECT id, partner_id, kind, at, note FROM touch WHERE partner_id = :id ORDER BY at DESC, id DESC")
    List<Touch> forPartner(@Bind("id") long partnerId);

    /** Takes back one touch a completed follow-up logged (its Done undone): the same partner, kind, time and note. */
    @SqlUpdate("DELETE FROM touch WHERE id = (SELECT MIN(id) FROM touch WHERE partner_id = :t.partnerId "
            + "AND kind = :t.kind AND at = :t.at AND note = :t.note)")
    int deleteOne(@BindMethods("t") Touch touch);
}
