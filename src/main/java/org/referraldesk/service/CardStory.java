package org.referraldesk.service;

import java.util.Locale;
import org.referraldesk.domain.Labels;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.Stage;

/** A story in one line for a thank-you card: "Referred Maria Lopez: a kitchen refit — won". */
final class CardStory {
    static final int MAX_NEED = 90;
    static final String NO_STORY = "No referral on record yet";

    private CardStory() {
    }

    /** Who was referred, what for and how it went; {@code client} may be null (shown as "someone"). */
    static String line(Referral story, String client) {
        if (story == null) {
            return NO_STORY;
        }
        StringBuilder line = new StringBuilder("Referred ").append(client == null ? "someone" : client);
        String need = need(story.need());
        if (!need.isEmpty()) {
            line.append(": ").append(need);
        }
        line.append(" \u2014 ").append(Labels.forOwner().of(story.stage()));
        if (story.stage() == Stage.NOT_A_FIT && story.onwardTo() != null) {
            line.append(", sent on to ").append(story.onwardTo());
        }
        return line.toString();
    }

    /** The need on one line, at most {@link #MAX_NEED} characters, a capitalised first word made lower case. */
    static String need(String need) {
        if (need == null) {
            return "";
        }
        String one = need.strip().replaceAll("\\s+", " ");
        if (one.length() > MAX_NEED) {
            one = one.substring(0, MAX_NEED - 1).strip() + "\u2026";
        }
        String first = one.split(" ", 2)[0];
        if (first.matches("\\p{Lu}\\p{Ll}*")) {
            one = first.toLowerCase(Locale.ROOT) + one.substring(first.length());
        }
        return one;
    }
}
