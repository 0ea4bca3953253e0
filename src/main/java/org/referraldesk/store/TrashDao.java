package org.referraldesk.store;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.referraldesk.domain.TrashItem;

/** Deleting moves rows to the trash (deleted_at); only purging removes them. */
public interface TrashDao {

    @SqlUpdate("UPDATE referral SET deleted_at = :at WHERE id = :id AND deleted_at IS NULL")
    int trashStory(@Bind("id") long id, @Bind("at") Instant at);

    @SqlUpdate("UPDATE contact SET deleted_at = :at WHERE id = :id AND deleted_at IS NULL")
    int trashContact(@Bind("id") long id, @Bind("at") Instant at);

    @SqlUpdate("UPDATE follow_up SET deleted_at = :at WHERE id = :id AND deleted_at IS NULL")
    int trashFollowUp(@Bind("id") long id, @Bind("at") Instant at);

    @SqlQuery("SELECT COUNT(*) FROM referral WHERE deleted_at IS NULL AND (referrer_id = :id OR client_id = :id)")
    int liveStoriesOf(@Bind("id") long contactId);

    @SqlQuery("SELECT 'STORY' AS kind, r.id, CONCAT(ref.name, ' \u2192 ', cl.name) AS label, r.deleted_at "
            + "FROM referral r JOIN contact ref ON ref.id = r.referrer_id JOIN contact cl ON cl.id = r.client_id "
            + "WHERE r.deleted_at IS NOT NULL "
            + "UNION ALL SELECT 'CONTACT', c.id, c.name, c.deleted_at FROM contact c WHERE c.deleted_at IS NOT NULL "
            + "AND NOT EXISTS (SELECT 1 FROM contact_merge m WHERE m.merged_id = c.id) "
            + "UNION ALL SELECT 'MERGE', m.id, CONCAT(o.name, ' \u2192 ', k.name), m.merged_at FROM contact_merge m "
            + "JOIN contact o ON o.id = m.merged_id JOIN contact k ON k.id = m.kept_id "
            + "UNION ALL SELECT 'FOLLOW_UP', f.id, CONCAT(f.kind, ' \u00b7 ', COALESCE(p.name, '')), f.deleted_at "
            + "FROM follow_up f LEFT JOIN contact p ON p.id = f.partner_id WHERE f.deleted_at IS NOT NULL "
            + "ORDER BY 4 DESC, 2 DESC")
    List<TrashItem> items();

    @SqlUpdate("UPDATE referral SET deleted_at = NULL WHERE id = :id")
    int restoreStory(@Bind("id") long id);

    @SqlUpdate("UPDATE contact SET deleted_at = NULL WHERE id = :id")
    int restoreContact(@Bind("id") long id);

    @SqlUpdate("UPDATE follow_up SET deleted_at = NULL WHERE id = :id")
    int restoreFollowUp(@Bind("id") long id);

    @SqlUpdate("DELETE FROM follow_up WHERE referral_id = :id")
    void purgeFollowUpsOfStory(@Bind("id") long id);

    @SqlUpdate("DELETE FROM story_event WHERE referral_id = :id")
    void purgeEventsOfStory(@Bind("id") long id);

    @SqlUpdate("UPDATE gift SET referral_id = NULL WHERE referral_id = :id")
    void detachGiftsFromStory(@Bind("id") long id);

    @SqlUpdate("DELETE FROM referral WHERE id = :id AND deleted_at IS NOT NULL")
    int purgeStory(@Bind("id") long id);

    @SqlQuery("SELECT COUNT(*) FROM referral WHERE referrer_id = :id OR client_id = :id")
    int anyStoriesOf(@Bind("id") long contactId);

    /** The referrals given that name the contact, as the one sent to or as the client. */
    @SqlQuery("SELECT COUNT(*) FROM referral_given WHERE to_contact_id = :id OR client_id = :id")
    int givenNaming(@Bind("id") long contactId);

    @SqlUpdate("DELETE FROM touch WHERE partner_id = :id")
    void purgeTouchesOf(@Bind("id") long id);

    @SqlUpdate("DELETE FROM gift WHERE partner_id = :id")
    void purgeGiftsOf(@Bind("id") long id);

    @SqlUpdate("DELETE FROM follow_up WHERE partner_id = :id")
    void purgeFollowUpsOf(@Bind("id") long id);

    @SqlUpdate("DELETE FROM vip_invite WHERE partner_id = :id")
    void purgeVipInvitesOf(@Bind("id") long id);

    @SqlUpdate("DELETE FROM partner WHERE contact_id = :id")
    void purgePartner(@Bind("id") long id);

    @SqlUpdate("DELETE FROM contact WHERE id = :id AND deleted_at IS NOT NULL")
    int purgeContact(@Bind("id") long id);

    @SqlUpdate("DELETE FROM follow_up WHERE id = :id AND deleted_at IS NOT NULL")
    int purgeFollowUp(@Bind("id") long id);
}
