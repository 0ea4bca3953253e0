package org.referraldesk.store;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Which imported submission a referral came from, so an export imported twice adds nothing. */
public interface ImportKeyDao {

    /** Whether a story (even one in the trash) came from the submission with this key. */
    @SqlQuery("SELECT COUNT(*) > 0 FROM referral WHERE import_key = :key")
    boolean known(@Bind("key") String key);

    @SqlUpdate("UPDATE referral SET import_key = :key WHERE id = :id")
    void mark(@Bind("id") long referralId, @Bind("key") String key);
}
