package org.referraldesk.io.imports;

import org.referraldesk.domain.ColumnMapping;

/** A header that was recognised: what wrote the file ("Google Contacts") and how its columns map. */
public record Recognised(String format, ColumnMapping mapping) {
}
