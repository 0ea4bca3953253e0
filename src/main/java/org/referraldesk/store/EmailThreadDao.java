package org.referraldesk.store;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.referraldesk.domain.EmailThread;

/** The introduction email a story was recorded from (issue 17): its Message-ID and subject. */
public interface EmailThreadDao {

    @SqlUpdate("INSERT INTO email_thread (referral_id, message_id, subject) VALUES (:id, :messageId, :subject)")
    void insert(@Bind("id") long referralId, @Bind("messageId") String messageId, @Bind("subject") String subject);

    /** The email {@code referralId} was recorded from; empty for a story typed in. */
    @SqlQuery("SELECT message_id, subject FROM email_thread WHERE referral_id = :id")
    @RegisterConstructorMapper(EmailThread.class)
    Optional<EmailThread> of(@Bind("id") long referralId);

    /** The story (even one in the trash) already recorded from the email with this Message-ID. */
    @SqlQuery("SELECT c.name AS client, r.received_at, r.deleted_at IS NOT NULL AS trashed FROM email_thread e "
            + "JOIN referral r ON r.id = e.referral_id JOIN contact c ON c.id = r.client_id "
            + "WHERE e.message_id = :messageId")
    @RegisterConstructorMapper(RecordedFrom.class)
    Optional<RecordedFrom> storyOf(@Bind("messageId") String messageId);

    /** The story an email was recorded in: its client, when it arrived, and whether it is in the trash. */
    record RecordedFrom(String client, Instant receivedAt, boolean trashed) {
    }

    @SqlUpdate("DELETE FROM email_thread WHERE referral_id = :id")
    void purge(@Bind("id") long referralId);
}
