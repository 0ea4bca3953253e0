package org.referraldesk.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.referraldesk.domain.Contact;

/** Contacts: the people and businesses in the owner's stories. */
public interface ContactDao {
    String COLUMNS = "id, name, company, email, phone, address, notes";

    @SqlUpdate("INSERT INTO contact (name, company, email, phone, address, notes, created_at) "
            + "VALUES (:c.name, :c.company, :c.email, :c.phone, :c.address, :c.notes, :createdAt)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods("c") Contact contact, @Bind("createdAt") Instant createdAt);

    /** Adds many contacts in one batch (an import), all created at {@code createdAt}. */
    @SqlBatch("INSERT INTO contact (name, company, email, phone, address, notes, created_at) "
            + "VALUES (:c.name, :c.company, :c.email, :c.phone, :c.address, :c.notes, :createdAt)")
    void insertAll(@BindMethods("c") Iterable<Contact> contacts, @Bind("createdAt") Instant createdAt);

    /** Changes a contact's details; returns how many contacts changed (0 when there is no such contact). */
    @SqlUpdate("UPDATE contact SET name = :c.name, company = :c.company, email = :c.email, phone = :c.phone, "
            + "address = :c.address, notes = :c.notes WHERE id = :c.id AND deleted_at IS NULL")
    int update(@BindMethods("c") Contact contact);

    @SqlQuery("SELECT " + COLUMNS + " FROM contact WHERE id = :id AND deleted_at IS NULL")
    Optional<Contact> find(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM contact WHERE email_key = LOWER(:email) AND deleted_at IS NULL "
            + "ORDER BY id FETCH FIRST 1 ROW ONLY")
    Optional<Contact> findByEmail(@Bind("email") String email);

    @SqlQuery("SELECT " + COLUMNS + " FROM contact WHERE name_key = LOWER(:name) AND deleted_at IS NULL "
            + "ORDER BY id FETCH FIRST 1 ROW ONLY")
    Optional<Contact> findByName(@Bind("name") String name);

    @SqlQuery("SELECT " + COLUMNS + " FROM contact WHERE deleted_at IS NULL ORDER BY name_key, id")
    List<Contact> list();

    @SqlQuery("SELECT COUNT(*) FROM contact WHERE deleted_at IS NULL")
    int count();

    /** The live contacts among {@code ids}, in no particular order (a few queries for any number of ids). */
    default List<Contact> findAll(Collection<Long> ids) {
        return InChunks.read(ids, this::findChunk);
    }

    @SqlQuery("SELECT " + COLUMNS + " FROM contact WHERE id IN (<ids>) AND deleted_at IS NULL")
    List<Contact> findChunk(@BindList("ids") List<Long> ids);
}
