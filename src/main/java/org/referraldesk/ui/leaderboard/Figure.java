package org.referraldesk.ui.leaderboard;

/** One headline tile: the big number and the line under it. */
public record Figure(String value, String detail) {
    static final Figure BLANK = new Figure("", "");
}
