package org.referraldesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.ContactMerge;

/** Merges of two records of one person: what moved, and the kept record's details before and after. */
public interface ContactMergeDao {

    /** The ids of the rows of {@code rows} that point at contact {@code id}, trashed ones included. */
    default List<Long> rowsOf(MergedRows rows, long id) {
        return rowIds(rows.table(), rows.column(), id);
    }

    /** How many rows of {@code rows} the owner sees for contact {@code id} (the trash not counted). */
    default int countOf(MergedRows rows, long id) {
        return count(rows.table(), rows.column(), rows.live(), id);
    }

    /** Points the rows {@code ids} of {@code rows} at contact {@code to}, those still pointing at {@code from}. */
    default void move(MergedRows rows, List<Long> ids, long from, long to) {
        InChunks.read(ids, chunk -> {
            update(rows.table(), rows.column(), chunk, from, to);
            return List.of();
        });
    }

    @SqlQuery("SELECT id FROM <table> WHERE <column> = :id ORDER BY id")
    List<Long> rowIds(@Define("table") String table, @Define("column") String column, @Bind("id") long id);

    @SqlQuery("SELECT COUNT(*) FROM <table> WHERE <column> = :id AND <live>")
    int count(@Define("table") String table, @Define("column") String column, @Define("live") String live,
            @Bind("id") long id);

    @SqlUpdate("UPDATE <table> SET <column> = :to WHERE id IN (<ids>) AND <column> = :from")
    int update(@Define("table") String table, @Define("column") String column, @BindList("ids") List<Long> ids,
            @Bind("from") long from, @Bind("to") long to);

    /** Stories with both contacts in them (one refers the other): such records cannot be one person. */
    @SqlQuery("SELECT COUNT(*) FROM referral WHERE (referrer_id = :a AND client_id = :b) "
            + "OR (referrer_id = :b AND client_id = :a)")
    int storiesTogether(@Bind("a") long a, @Bind("b") long b);

    /** Referrals given with both contacts in them (one sent on to the other). */
    @SqlQuery("SELECT COUNT(*) FROM referral_given WHERE (to_contact_id = :a AND client_id = :b) "
            + "OR (to_contact_id = :b AND client_id = :a)")
    int givenTogether(@Bind("a") long a, @Bind("b") long b);

    /** The years {@code id} has a VIP invite for. */
    @SqlQuery("SELECT \"YEAR\" FROM vip_invite WHERE partner_id = :id")
    List<Integer> inviteYears(@Bind("id") long id);

    /** {@code id}'s VIP invites for {@code years}, and the follow-ups that send them: they stay with the record. */
    @SqlQuery("SELECT id FROM vip_invite WHERE partner_id = :id AND \"YEAR\" IN (<years>)")
    List<Long> invitesIn(@Bind("id") long id, @BindList("years") List<Integer> years);

    @SqlQuery("SELECT follow_up_id FROM vip_invite WHERE partner_id = :id AND \"YEAR\" IN (<years>) "
            + "AND follow_up_id IS NOT NULL")
    List<Long> inviteFollowUpsIn(@Bind("id") long id, @BindList("years") List<Integer> years);

    /** {@code id}'s open check-ins (one per partner is kept). */
    @SqlQuery("SELECT id FROM follow_up WHERE partner_id = :id AND kind = 'HERO_CHECK_IN' "
            + "AND done_at IS NULL AND skipped_at IS NULL AND deleted_at IS NULL")
    List<Long> openCheckIns(@Bind("id") long id);

    /**
     * Deletes {@code id}'s open check-ins, those in the trash too: the partner row they belong to is
     * going (a restore removing the partner row a merge added; the moved ones are back already).
     */
    @SqlUpdate("DELETE FROM follow_up WHERE partner_id = :id AND kind = 'HERO_CHECK_IN' "
            + "AND done_at IS NULL AND skipped_at IS NULL")
    int forgetOpenCheckIns(@Bind("id") long id);

    @SqlUpdate("INSERT INTO contact_merge (kept_id, merged_id, merged_at, partner_added, name_before, company_before, "
            + "email_before, phone_before, address_before, notes_before, name_after, company_after, email_after, "
            + "phone_after, address_after, notes_after) VALUES (:keptId, :mergedId, :at, :partnerAdded, :b.name, "
            + ":b.company, :b.email, :b.phone, :b.address, :b.notes, :a.name, :a.company, :a.email, :a.phone, "
            + ":a.address, :a.notes)")
    @GetGeneratedKeys("id")
    long insert(@Bind("keptId") long keptId, @Bind("mergedId") long mergedId, @Bind("at") Instant at,
            @Bind("partnerAdded") boolean partnerAdded, @BindMethods("b") Contact before, @BindMethods("a") Contact after);

    @SqlBatch("INSERT INTO contact_merge_move (merge_id, moved, row_id) VALUES (:merge, :moved, :row)")
    void insertMoves(@Bind("merge") long mergeId, @Bind("moved") String moved, @Bind("row") List<Long> rows);

    @SqlQuery("SELECT row_id FROM contact_merge_move WHERE merge_id = :merge AND moved = :moved ORDER BY row_id")
    List<Long> movesOf(@Bind("merge") long mergeId, @Bind("moved") String moved);

    default Optional<ContactMerge> find(long mergeId) {
        return findRow(mergeId).map(MergeRow::merge);
    }

    @SqlQuery("SELECT id, kept_id, merged_id, merged_at, partner_added, name_before, company_before, email_before, "
            + "phone_before, address_before, notes_before, name_after, company_after, email_after, phone_after, "
            + "address_after, notes_after FROM contact_merge WHERE id = :id")
    @RegisterConstructorMapper(MergeRow.class)
    Optional<MergeRow> findRow(@Bind("id") long mergeId);

    @SqlUpdate("DELETE FROM contact_merge_move WHERE merge_id = :id")
    void forgetMoves(@Bind("id") long mergeId);

    @SqlUpdate("DELETE FROM contact_merge WHERE id = :id")
    int forget(@Bind("id") long mergeId);

    /** The merge that took contact {@code id} away into another record, if one did. */
    @SqlQuery("SELECT id FROM contact_merge WHERE merged_id = :id")
    Optional<Long> mergeThatTook(@Bind("id") long contactId);

    /** The name of the first record merged into contact {@code id} whose merge waits in the trash, if one does. */
    @SqlQuery("SELECT o.name FROM contact_merge m JOIN contact o ON o.id = m.merged_id WHERE m.kept_id = :id "
            + "ORDER BY m.id FETCH FIRST 1 ROW ONLY")
    Optional<String> mergedInto(@Bind("id") long contactId);

    /** Contact {@code id}'s name, in the trash or not. */
    @SqlQuery("SELECT name FROM contact WHERE id = :id")
    String nameOf(@Bind("id") long contactId);

    /** The merges that kept or merged away contact {@code id} (a contact purged for good takes them along). */
    @SqlQuery("SELECT id FROM contact_merge WHERE kept_id = :id OR merged_id = :id")
    List<Long> mergesOf(@Bind("id") long contactId);

    /** The live record a record merged away with email {@code email} went into (the newest merge first). */
    @SqlQuery("SELECT m.kept_id FROM contact_merge m JOIN contact o ON o.id = m.merged_id "
            + "JOIN contact k ON k.id = m.kept_id WHERE o.email_key = LOWER(:email) AND k.deleted_at IS NULL "
            + "ORDER BY m.id DESC FETCH FIRST 1 ROW ONLY")
    Optional<Long> keptForEmail(@Bind("email") String email);

    /** As {@link #keptForEmail}, by the merged record's name (case-insensitive), where that record had no email. */
    @SqlQuery("SELECT m.kept_id FROM contact_merge m JOIN contact o ON o.id = m.merged_id "
            + "JOIN contact k ON k.id = m.kept_id WHERE o.name_key = LOWER(:name) AND o.email IS NULL "
            + "AND k.deleted_at IS NULL ORDER BY m.id DESC FETCH FIRST 1 ROW ONLY")
    Optional<Long> keptForNameWithoutEmail(@Bind("name") String name);

    /** As {@link #keptForNameWithoutEmail}, whatever the merged record's email. */
    @SqlQuery("SELECT m.kept_id FROM contact_merge m JOIN contact o ON o.id = m.merged_id "
            + "JOIN contact k ON k.id = m.kept_id WHERE o.name_key = LOWER(:name) "
            + "AND k.deleted_at IS NULL ORDER BY m.id DESC FETCH FIRST 1 ROW ONLY")
    Optional<Long> keptForName(@Bind("name") String name);

    /** One contact_merge row as stored. */
    record MergeRow(long id, long keptId, long mergedId, Instant mergedAt, boolean partnerAdded, String nameBefore,
            String companyBefore, String emailBefore, String phoneBefore, String addressBefore, String notesBefore,
            String nameAfter, String companyAfter, String emailAfter, String phoneAfter, String addressAfter,
            String notesAfter) {

        ContactMerge merge() {
            return new ContactMerge(id, keptId, mergedId, mergedAt, partnerAdded,
                    new Contact(keptId, nameBefore, companyBefore, emailBefore, phoneBefore, addressBefore, notesBefore),
                    new Contact(keptId, nameAfter, companyAfter, emailAfter, phoneAfter, addressAfter, notesAfter));
        }
    }
}
