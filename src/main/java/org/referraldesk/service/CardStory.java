package org.referraldesk.service;

import java.util.Locale;
import org.referraldesk.domain.Labels;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.Stage;
import org.referraldesk.domain.Wording;

/** A story in one line for a thank-you card: "Referred Maria Lopez: a kitchen refit — won". */
final class CardStory {
    static final int MAX_NEED = 90;
    private static final String WORDS = "org.referraldesk.service.messages";

    private CardStory() {
    }

    /** Who was referred, what for and how it went; {@code client} may be null (shown as "someone"). */
    static String line(Referral story, String client) {
        Wording words = Wording.forOwner(WORDS);
        if (story == null) {
            return words.text("card.noStory");
        }
        String who = client == null ? words.text("card.someone") : client;
        // "a kitchen refit" mid-sentence; German keeps a noun's capital (card.needInLowerCase=no)
        String need = need(story.need(), !"no".equals(words.text("card.needInLowerCase")));
        String stage = Labels.forOwner().of(story.stage());
        String line = need.isEmpty() ? words.format("card.storyNoNeed", who, stage)
                : words.format("card.story", who, need, stage);
        if (story.stage() == Stage.NOT_A_FIT && story.onwardTo() != null) {
            line = words.format("card.sentOnTo", line, story.onwardTo());
        }
        return line;
    }

    /**
     * The need on one line, at most {@link #MAX_NEED} characters; a capitalised first word made lower
     * case when {@code lowerFirstWord} (the language writes it so mid-sentence).
     */
    static String need(String need, boolean lowerFirstWord) {
        if (need == null) {
            return "";
        }
        String one = need.strip().replaceAll("\\s+", " ");
        if (one.length() > MAX_NEED) {
            one = one.substring(0, MAX_NEED - 1).strip() + "\u2026";
        }
        String first = one.split(" ", 2)[0];
        if (lowerFirstWord && first.matches("\\p{Lu}\\p{Ll}*")) {
            one = first.toLowerCase(Locale.ROOT) + one.substring(first.length());
        }
        return one;
    }
}
