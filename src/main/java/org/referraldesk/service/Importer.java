package org.referraldesk.service;

import java.nio.file.Path;
import org.referraldesk.domain.ColumnMapping;

/** One kind of import (contacts, web-form referrals): read a file, then import it through a mapping. */
public interface Importer {

    /** Reads a file and recognises its header; refuses a binary, empty or unreadable file whole. */
    ImportFile open(Path file);

    /** Imports the file's rows through {@code mapping} as one transaction (none of it on a dry run or cancel). */
    ImportReport run(ImportFile file, ColumnMapping mapping, ImportOptions options);

    /** Whether duplicates can be merged into what is known (contacts), or are only ever skipped (stories). */
    boolean merges();
}
