package org.referraldesk.ui.search;

/**
 * One line of the search box's list: a group's heading ("Stories", and how many matched) or
 * something found, with the texts it shows and what Enter opens.
 */
public record SearchLine(Kind kind, long id, String title, String detail) {

    /** What a line is, and so what opening it does. */
    public enum Kind {
        /** A group's heading; opens nothing. */
        HEADING,
        PARTNER,
        CONTACT,
        STORY
    }

    static SearchLine heading(String title, String detail) {
        return new SearchLine(Kind.HEADING, 0, title, detail);
    }

    /** Whether Enter can open it (every line but a heading). */
    public boolean opens() {
        return kind != Kind.HEADING;
    }
}
