package org.referraldesk.testing;

import java.time.Instant;
import java.util.List;

import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.Stage;

/** A few stored stories, one per act and end, between {@link TypicalContacts}. */
public final class TypicalReferrals {

    /** Anna sent us Ben this morning; nobody has answered yet. */
    public static final Referral ANNA_SENDS_BEN = new ReferralBuilder().build();

    /** Anna sent us David by phone; we have met him. */
    public static final Referral ANNA_SENDS_DAVID = new ReferralBuilder().withId(2).withClient(TypicalContacts.DAVID_ID)
            .withChannel(Channel.PHONE).withNeed("Bathroom renovation")
            .receivedAt(Instant.parse("2026-02-02T10:15:00Z")).withStage(Stage.MET).build();

    /** Carla sent us Emma; the job was won. */
    public static final Referral CARLA_SENDS_EMMA_WON = new ReferralBuilder().withId(3)
            .withReferrer(TypicalContacts.CARLA_ID).withClient(TypicalContacts.EMMA_ID).withChannel(Channel.IN_PERSON)
            .withNeed("Heating for a new office").receivedAt(Instant.parse("2026-01-12T14:00:00Z"))
            .won("5000.00", "2000.00", Instant.parse("2026-02-20T16:00:00Z")).build();

    /** Carla sent us Ben, who needed something we do not do; we sent him on to someone who does. */
    public static final Referral CARLA_SENDS_BEN_NOT_A_FIT = new ReferralBuilder().withId(4)
            .withReferrer(TypicalContacts.CARLA_ID).withClient(TypicalContacts.BEN_ID).withChannel(Channel.WEB_FORM)
            .withNeed("Solar panels").receivedAt(Instant.parse("2026-01-20T09:30:00Z"))
            .notAFit("We do not install solar panels", "Sonnenschein GmbH", Instant.parse("2026-01-27T11:00:00Z"))
            .build();

    /** Anna sent us Emma, who chose someone else. */
    public static final Referral ANNA_SENDS_EMMA_LOST = new ReferralBuilder().withId(5)
            .withClient(TypicalContacts.EMMA_ID).withChannel(Channel.OTHER).withNeed("Roof repair")
            .receivedAt(Instant.parse("2025-11-03T08:45:00Z"))
            .lost("Chose a cheaper offer", Instant.parse("2025-11-20T17:00:00Z")).build();

    private TypicalReferrals() {
    }

    public static List<Referral> all() {
        return List.of(ANNA_SENDS_BEN, ANNA_SENDS_DAVID, CARLA_SENDS_EMMA_WON, CARLA_SENDS_BEN_NOT_A_FIT,
                ANNA_SENDS_EMMA_LOST);
    }
}
