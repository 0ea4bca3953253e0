package org.referraldesk.service;

import java.util.List;
import java.util.Optional;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.EmailThread;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.Stage;
import org.referraldesk.domain.StoryEvent;

/**
 * One referral story as the owner reads it: the story, the referrer who sent it, the client, its
 * timeline (oldest first) and every follow-up it has had (by due time), read in one transaction;
 * for a story ended as not a fit and sent on, the contact it was sent on to (else null); for a
 * story recorded from an introduction email, that email (else null).
 */
public record Story(Referral referral, Contact referrer, Contact client, List<StoryEvent> timeline,
        List<FollowUp> followUps, Long onwardContactId, EmailThread email) {

    public Story {
        timeline = List.copyOf(timeline);
        followUps = List.copyOf(followUps);
    }

    public boolean hasEnded() {
        return referral.stage().isEnd();
    }

    /**
     * The open stage after the current one, or empty where only an outcome can follow (a proposal was
     * sent) or the story has ended.
     */
    public Optional<Stage> nextStage() {
        Stage stage = referral.stage();
        if (stage.isEnd()) {
            return Optional.empty();
        }
        Stage next = Stage.values()[stage.ordinal() + 1];
        return next.isEnd() ? Optional.empty() : Optional.of(next);
    }
}
