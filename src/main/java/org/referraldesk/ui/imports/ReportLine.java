package org.referraldesk.ui.imports;

/** One line of an import report: a rejected row or a duplicate, with its file line. */
public record ReportLine(Kind kind, String text) {

    /** Whether the row was rejected or is a duplicate. */
    public enum Kind { REJECTED, DUPLICATE }
}
