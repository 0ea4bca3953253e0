package org.referraldesk.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.ColumnMapping;
import org.referraldesk.domain.ImportField;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.io.imports.FormHeaders;
import org.referraldesk.io.imports.ImportFiles;
import org.referraldesk.io.imports.MappingFile;
import org.referraldesk.io.imports.Table;
import org.referraldesk.store.Store;
import org.referraldesk.store.Tx;

/**
 * Imports web-form submissions (a CSV export of Google Forms, Typeform, Jotform, WPForms...) as
 * referral stories with the web-form channel, each recorded exactly as one typed in (people found
 * or added, the playbook's follow-ups) but received at the submission's time. Each story keeps a
 * key of its submission's content, so importing the same export again adds nothing.
 */
public final class ReferralImport implements Importer {
    private final Store store;
    private final Clock clock;
    private final Referrals referrals;

    public ReferralImport(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.referrals = new Referrals(store, clock);
    }

    @Override
    public boolean merges() {
        return false;
    }

    @Override
    public ImportFile open(Path file) {
        ImportFiles.ReadFile read = ImportFiles.read(file);
        return new ImportFile(read, FormHeaders.recognise(read.table()), ImportField.REFERRAL, clock.getZone());
    }

    /** A mapping file (see {@link MappingFile}): {@code referrer.name=Your name}, one field a line. */
    public static ColumnMapping readMapping(Path mappingFile) {
        return MappingFile.read(mappingFile);
    }

    /**
     * Reads and imports a file (the command line's way): through {@code mapping} when given, else
     * through its recognised header; a file whose header is not recognised is refused.
     */
    public ImportReport importFile(Path file, ColumnMapping mapping, ImportOptions options) {
        ImportFile read = open(file);
        if (mapping == null && !read.recognised()) {
            throw new InvalidInput("file", "import.referrals.unrecognised", read.name());
        }
        return run(read, mapping == null ? read.suggestedMapping() : mapping, options);
    }

    /** Imports {@code file}'s rows through {@code mapping}, as one transaction (none of it on a dry run or cancel). */
    @Override
    public ImportReport run(ImportFile file, ColumnMapping mapping, ImportOptions options) {
        file.check(mapping);
        if (!mapping.maps(ImportField.REFERRER_NAME) || !mapping.maps(ImportField.CLIENT_NAME)) {
            throw new InvalidInput("mapping", "import.referrals.names");
        }
        Table table = file.table();
        SubmissionClock times = SubmissionClock.of(table, mapping, clock.getZone());
        return ImportRun.run(store, table.rows(), options, tx -> {
            Set<String> seen = new HashSet<>();
            return new ImportRun.RowImporter() {
                @Override
                public boolean writesBeforeRefusing() {
                    return true;
                }

                @Override
                public ImportRun.Result row(Table.Row row) {
                    return importRow(tx, seen, referral(table, row, mapping, times), mapping);
                }
            };
        });
    }

    private ImportRun.Result importRow(Tx tx, Set<String> seen, NewReferral input, ColumnMapping mapping) {
        String key = key(input, mapping.maps(ImportField.RECEIVED_AT));
        if (!seen.add(key) || tx.importKeys().known(key)) {
            return new ImportRun.Result(ImportRun.Kind.SKIPPED, org.referraldesk.domain.Wording.forOwner("org.referraldesk.service.messages").format(
                    "import.alreadyImported", input.clientName(), input.referrerName()));
        }
        long id = referrals.record(tx, input).referral().id();
        tx.importKeys().mark(id, key);
        return ImportRun.Result.imported();
    }

    private NewReferral referral(Table table, Table.Row row, ColumnMapping mapping, SubmissionClock times) {
        String referrer = FieldLimits.check("referrer's name", value(table, row, mapping, ImportField.REFERRER_NAME),
                FieldLimits.NAME);
        String client = FieldLimits.check("client's name", value(table, row, mapping, ImportField.CLIENT_NAME),
                FieldLimits.NAME);
        Instant received = null;
        if (mapping.maps(ImportField.RECEIVED_AT)) {
            String time = value(table, row, mapping, ImportField.RECEIVED_AT);
            if (time.isEmpty()) {
                throw new InvalidInput("receivedAt", "import.noSubmissionTime");
            }
            received = times.read(time).orElseThrow(() -> new InvalidInput("receivedAt",
                    "import.badSubmissionTime", time));
        }
        return new NewReferral(referrer,
                FieldLimits.check("referrer's email", value(table, row, mapping, ImportField.REFERRER_EMAIL), FieldLimits.EMAIL),
                client,
                FieldLimits.check("client's email", value(table, row, mapping, ImportField.CLIENT_EMAIL), FieldLimits.EMAIL),
                FieldLimits.check("client's phone", value(table, row, mapping, ImportField.CLIENT_PHONE), FieldLimits.PHONE),
                Channel.WEB_FORM,
                FieldLimits.check("need", value(table, row, mapping, ImportField.NEED), FieldLimits.NEED),
                received == null ? clock.instant() : received, null);
    }

    private static String value(Table table, Table.Row row, ColumnMapping mapping, ImportField field) {
        return RowValues.of(table, row, mapping, field);
    }

    /** The submission's key: a SHA-256 of its people, need and time (when the file has one), blanks and case ignored. */
    static String key(NewReferral r, boolean timed) {
        String content = String.join("\u001f", norm(r.referrerName()), norm(r.referrerEmail()), norm(r.clientName()),
                norm(r.clientEmail()), norm(r.clientPhone()), norm(r.need()),
                timed ? String.valueOf(r.receivedAt()) : "");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String norm(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
