package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.testing.TempDesk.NOW;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.Outcome;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.Touch;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.testing.PartnerSettingsBuilder;
import org.referraldesk.testing.TempDesk;

/** Public thanks: only where the partner allows it, a ready post, and where it was posted on record. */
class PublicThanksTest {
    @TempDir
    Path dir;
    private TempDesk desk;
    private PublicThanks thanks;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        thanks = new PublicThanks(desk.store(), TempDesk.CLOCK);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void markingItPostedRecordsWhereInTheFollowUpAndInATouch() {
        FollowUp post = publicThanksOf(wonStory());
        FollowUp done = thanks.markPosted(post.id(), " LinkedIn ");
        assertEquals(NOW, done.doneAt());
        assertEquals("Posted on LinkedIn", done.note());
        Touch touch = desk.partners().touches(post.partnerId()).get(0);
        assertEquals(TouchKind.PUBLIC_THANKS, touch.kind());
        assertEquals("Public thank-you posted on LinkedIn", touch.note());
    }

    @Test
    void whereItWasPostedIsRequiredAndNothingChangesWithoutIt() {
        FollowUp post = publicThanksOf(wonStory());
        desk.assertRefused("Where you posted the thank-you must not be blank.", () -> thanks.markPosted(post.id(), " "));
    }

    @Test
    void aPartnerWhoPrefersNoPublicThanksGetsNone() {
        Referral story = desk.referrals().record(ReferralsTest.ANNA_SENDS_BEN).referral();
        desk.partners().saveSettings(new PartnerSettingsBuilder().forPartner(story.referrerId())
                .withoutPublicThanks().build());
        desk.referrals().close(story.id(), new Outcome.Won(new BigDecimal("100"), new BigDecimal("50")), null, null);
        assertTrue(desk.referrals().followUps(story.id()).stream().noneMatch(f -> f.kind() == FollowUpKind.PUBLIC_THANKS));
    }

    @Test
    void theTemplateGivesAReadyPost() {
        FollowUp post = publicThanksOf(wonStory());
        Message message = new Templates(desk.store()).compose(post.id());
        assertTrue(message.body().startsWith("A big thank-you to Anna Keller for recommending us"),
                message.body());
        assertEquals(java.util.List.of(), message.unfilledPlaceholders());
    }

    private Referral wonStory() {
        Referral story = desk.referrals().record(ReferralsTest.ANNA_SENDS_BEN).referral();
        desk.referrals().close(story.id(), new Outcome.Won(new BigDecimal("100"), new BigDecimal("50")), null, null);
        return story;
    }

    private FollowUp publicThanksOf(Referral story) {
        return desk.referrals().followUps(story.id()).stream().filter(f -> f.kind() == FollowUpKind.PUBLIC_THANKS)
                .findFirst().orElseThrow();
    }
}
