package org.referraldesk.service;

import java.math.BigDecimal;
import java.time.Instant;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.Referral;

/**
 * What a story should say after the owner corrected it: every correctable field, the unchanged ones
 * as they are ({@link #of(Story)} gives the story as it stands). A person is the contact who is the
 * client or the referrer with the details they should have: another contact's id picks that contact,
 * changed details correct the contact's own.
 */
public record StoryCorrection(String need, Channel channel, Instant receivedAt, BigDecimal estimatedValue,
        Person client, Person referrer) {

    /** A contact in the story, with the name, email and phone they should have. */
    public record Person(long contactId, String name, String email, String phone) {

        public static Person of(Contact contact) {
            return new Person(contact.id(), contact.name(), contact.email(), contact.phone());
        }
    }

    /** The story as it stands: nothing corrected yet. */
    public static StoryCorrection of(Story story) {
        Referral r = story.referral();
        return new StoryCorrection(r.need(), r.channel(), r.receivedAt(), r.estimatedValue(),
                Person.of(story.client()), Person.of(story.referrer()));
    }

    public StoryCorrection withNeed(String value) {
        return new StoryCorrection(value, channel, receivedAt, estimatedValue, client, referrer);
    }

    public StoryCorrection withChannel(Channel value) {
        return new StoryCorrection(need, value, receivedAt, estimatedValue, client, referrer);
    }

    public StoryCorrection withReceivedAt(Instant value) {
        return new StoryCorrection(need, channel, value, estimatedValue, client, referrer);
    }

    public StoryCorrection withEstimatedValue(BigDecimal value) {
        return new StoryCorrection(need, channel, receivedAt, value, client, referrer);
    }

    public StoryCorrection withClient(Person value) {
        return new StoryCorrection(need, channel, receivedAt, estimatedValue, value, referrer);
    }

    public StoryCorrection withReferrer(Person value) {
        return new StoryCorrection(need, channel, receivedAt, estimatedValue, client, value);
    }
}
