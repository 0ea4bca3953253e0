package org.referraldesk.store;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.referraldesk.domain.Recipients;
import org.referraldesk.domain.Template;
import org.referraldesk.domain.TemplateKind;

/** The owner's message templates. */
public interface TemplateDao {

    @SqlQuery("SELECT kind, subject, body FROM template WHERE kind = :kind")
    Optional<Template> find(@Bind("kind") TemplateKind kind);

    @SqlQuery("SELECT kind, subject, body FROM template ORDER BY kind")
    List<Template> list();

    @SqlUpdate("MERGE INTO template (kind, subject, body) KEY (kind) VALUES (:t.kind, :t.subject, :t.body)")
    void save(@BindMethods("t") Template template);

    /**
     * Who else the {@code kind} template's message goes to; empty when the desk has no such template.
     * A template whose copy the owner never chose copies whom Referral Desk copies for its kind.
     */
    default Optional<Recipients> recipients(TemplateKind kind) {
        return recipientsRow(kind).map(RecipientsRow::recipients);
    }

    /** Who else each stored template's message goes to, in one query. */
    default Map<TemplateKind, Recipients> allRecipients() {
        Map<TemplateKind, Recipients> all = new EnumMap<>(TemplateKind.class);
        recipientsRows().forEach(row -> all.put(row.kind(), row.recipients()));
        return all;
    }

    @SqlQuery("SELECT kind, copy_to, blind_copy FROM template WHERE kind = :kind")
    @RegisterConstructorMapper(RecipientsRow.class)
    Optional<RecipientsRow> recipientsRow(@Bind("kind") TemplateKind kind);

    @SqlQuery("SELECT kind, copy_to, blind_copy FROM template")
    @RegisterConstructorMapper(RecipientsRow.class)
    List<RecipientsRow> recipientsRows();

    @SqlUpdate("UPDATE template SET copy_to = :r.copy, blind_copy = :r.blindCopy WHERE kind = :kind")
    int saveRecipients(@Bind("kind") TemplateKind kind, @BindMethods("r") Recipients recipients);

    /** The stored columns: {@code copyTo} is null until the owner chooses. */
    record RecipientsRow(TemplateKind kind, String copyTo, String blindCopy) {
        Recipients recipients() {
            return new Recipients(copyTo == null ? Recipients.byDefault(kind).copy() : Recipients.Copy.valueOf(copyTo),
                    blindCopy);
        }
    }
}
