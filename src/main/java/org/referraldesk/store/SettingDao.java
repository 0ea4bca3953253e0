package org.referraldesk.store;

import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Named settings, stored as text (the theme, the playbook's offsets and switches). */
public interface SettingDao {

    @SqlQuery("SELECT content FROM setting WHERE name = :name")
    Optional<String> get(@Bind("name") String name);

    /** Every setting whose name starts with {@code prefix} (e.g. all of the playbook's), in one query. */
    @SqlQuery("SELECT name, content FROM setting WHERE name LIKE :prefix || '%'")
    @KeyColumn("name")
    @ValueColumn("content")
    Map<String, String> startingWith(@Bind("prefix") String prefix);

    @SqlUpdate("MERGE INTO setting (name, content) KEY (name) VALUES (:name, :value)")
    void put(@Bind("name") String name, @Bind("value") String value);
}
