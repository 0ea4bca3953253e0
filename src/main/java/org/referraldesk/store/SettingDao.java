package org.referraldesk.store;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Named settings, stored as text (the theme, the playbook's offsets and switches). */
public interface SettingDao {

    @SqlQuery("SELECT content FROM setting WHERE name = :name")
    Optional<String> get(@Bind("name") String name);

    @SqlUpdate("MERGE INTO setting (name, content) KEY (name) VALUES (:name, :value)")
    void put(@Bind("name") String name, @Bind("value") String value);
}
