package org.referraldesk.ui.merge;

/** One line of what each record has, as shown: "Stories", 1, 2. */
public record MergeCount(String label, String kept, String other) {
}
