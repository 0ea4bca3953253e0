package org.referraldesk.service;

import java.util.Map;
import org.referraldesk.domain.ImportField;

/** One row of a file as it will be imported: its line and the value of each mapped field. */
public record PreviewRow(int line, Map<ImportField, String> values) {

    public String value(ImportField field) {
        return values.getOrDefault(field, "");
    }
}
