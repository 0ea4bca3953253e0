package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.testing.TempDesk.NOW;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.DataTable;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.LikelyDuplicate;
import org.referraldesk.domain.MergePreview;
import org.referraldesk.domain.NotFound;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.domain.TrashItem;
import org.referraldesk.domain.VipInvite;
import org.referraldesk.domain.VipStatus;
import org.referraldesk.testing.TempDesk;

class ContactMergesTest {
    @TempDir
    Path dir;
    private TempDesk desk;
    private ContactMerges merges;
    private Trash trash;
    /** Zoë as she was typed first, with her email: the record to keep. */
    private Referral first;
    /** Zoe typed again without accents, with her phone: the duplicate. */
    private Referral typo;
    /** A story where the duplicate is the client. */
    private Referral asClient;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        merges = desk.services().merges();
        trash = desk.services().trash();
        first = record(NewReferral.of("Zoë Lefèvre", "Ben Okafor", Channel.PHONE, "A new boiler")
                .withEmails("zoe@lefevre.example", null), 9);
        typo = record(NewReferral.of("Zoe Lefevre", "Carla Núñez", Channel.EMAIL_INTRODUCTION, "Radiators"), 5);
        asClient = record(NewReferral.of("David Levi", "Zoe Lefevre", Channel.IN_PERSON, "A leaking tap"), 2);
        desk.services().contacts().all().stream().filter(c -> c.id() == other()).findFirst().ifPresent(c ->
                desk.use(tx -> tx.contacts().update(new Contact(c.id(), c.name(), "Lefevre Design", null,
                        "+44 20 7946 0105", null, "Met at the trade fair"))));
    }

    private Referral record(NewReferral story, int daysAgo) {
        return desk.referrals().record(story.receivedAt(NOW.minus(Duration.ofDays(daysAgo)))).referral();
    }

    private long keep() {
        return first.referrerId();
    }

    private long other() {
        return typo.referrerId();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    /** Everything the desk holds, table by table. */
    private List<DataTable> everything() {
        return desk.in(tx -> tx.dataTables().readAll());
    }

    private void givePartnerThings(long partnerId, int vipYear) {
        desk.partners().logTouch(partnerId, TouchKind.CALL, NOW.minus(Duration.ofDays(1)), "Talked about the fair");
        desk.services().gifts().log(new GiftEntry(partnerId, null, null, "A box of chocolates", new BigDecimal("20.00"),
                LocalDate.of(2026, 3, 9)));
        desk.services().referralsGiven().logGiven(partnerId, "Frank Moreau", LocalDate.of(2026, 3, 8), null);
        desk.use(tx -> tx.vipInvites().insert(new VipInvite(0, partnerId, vipYear, null, VipStatus.SENT, NOW)));
    }

    @Test
    void aMergeMovesEveryStoryFollowUpTouchGiftAndGivenReferralToTheKeptRecord() {
        givePartnerThings(other(), 2025);
        MergePreview preview = merges.preview(keep(), other());
        int touches = preview.other().touches();
        assertEquals(2, touches, "the call, and the gift's touch");
        assertEquals(1, preview.keep().stories());
        assertEquals(2, preview.other().stories());
        assertEquals(new Contact(keep(), "Zoë Lefèvre", "Lefevre Design", "zoe@lefevre.example", "+44 20 7946 0105",
                null, "Met at the trade fair"), preview.proposed());

        merges.merge(keep(), other(), preview.proposed());

        assertEquals(List.of(keep(), keep(), keep()), List.of(desk.referrals().find(first.id()).referrerId(),
                desk.referrals().find(typo.id()).referrerId(), desk.referrals().find(asClient.id()).clientId()));
        assertEquals(touches, desk.partners().touches(keep()).size());
        assertEquals(1, desk.services().gifts().forPartner(keep()).size());
        assertEquals(1, desk.services().referralsGiven().ledger(keep()).given().size());
        assertEquals(1, desk.count(tx -> tx.contactMerges().countOf(org.referraldesk.store.MergedRows.VIP_INVITES, keep())));
        assertEquals(1, desk.count(tx -> tx.followUps().openOfKind(keep(), FollowUpKind.HERO_CHECK_IN).size()),
                "one open check-in per partner");
        assertEquals("+44 20 7946 0105", desk.partners().profile(keep()).contact().phone());
        assertFalse(desk.services().contacts().all().stream().anyMatch(c -> c.id() == other()));
        assertEquals(List.of(new TrashItem(TrashItem.Kind.MERGE, 1, "Zoe Lefevre \u2192 Zoë Lefèvre", NOW)),
                trash.items(), "the merge waits in the trash, not the merged record on its own");
    }

    @Test
    void restoringTheMergeFromTheTrashPutsTheDeskBackExactlyAsItWas() {
        givePartnerThings(other(), 2025);
        givePartnerThings(keep(), 2025);
        List<DataTable> before = everything();
        MergePreview preview = merges.preview(keep(), other());
        merges.merge(keep(), other(), new Contact(0, "Zoe Lefèvre", "Lefevre Design", "zoe@lefevre.example",
                "+44 20 7946 0105", "1 High Street", "Met at the trade fair"));

        trash.restore(trash.items().get(0));

        assertEquals(before, everything());
        assertEquals(preview, merges.preview(keep(), other()));
        assertTrue(trash.items().isEmpty());
    }

    private TrashItem mergeItem(long mergeId) {
        return trash.items().stream().filter(i -> i.kind() == TrashItem.Kind.MERGE && i.id() == mergeId).findFirst()
                .orElseThrow();
    }

    @Test
    void aMergeWhoseKeptRecordWasMergedAwayLaterIsRestoredOnlyAfterTheLaterOne() {
        givePartnerThings(other(), 2025);
        givePartnerThings(keep(), 2024);
        long third = record(NewReferral.of("Zoë L.", "Hana Sato", Channel.PHONE, "A new shower"), 3).referrerId();
        List<DataTable> before = everything();
        long aIntoB = merges.merge(keep(), other(), merges.preview(keep(), other()).proposed()).id();
        long bIntoC = merges.merge(third, keep(), merges.preview(third, keep()).proposed()).id();

        desk.assertRefused("Restore \u201cZoë Lefèvre \u2192 Zoë L.\u201d first: the record this merge kept, Zoë Lefèvre,"
                + " is in the Trash now.", () -> trash.restore(mergeItem(aIntoB)));

        trash.restore(mergeItem(bIntoC));
        trash.restore(mergeItem(aIntoB));
        assertEquals(before, everything());
        assertTrue(trash.items().isEmpty());
    }

    @Test
    void aMergeCountsWhatMovedNotWhatStayedAndATrashedFollowUpMovesToo() {
        givePartnerThings(other(), 2025);
        givePartnerThings(keep(), 2025);
        MergePreview preview = merges.preview(keep(), other());
        long trashed = desk.referrals().followUps(typo.id()).get(0).id();
        trash.deleteFollowUp(trashed);

        org.referraldesk.domain.MergeMoves moved = merges.moves(merges.merge(keep(), other(), preview.proposed()).id());

        assertEquals(new org.referraldesk.domain.MergeMoves(1, 1, preview.other().followUps() - 1, 2, 1, 1, 0), moved,
                "the 2025 invite and the open check-in stay; the follow-up in the trash moved, unseen by the preview");
        assertTrue(desk.in(tx -> tx.contactMerges().rowsOf(org.referraldesk.store.MergedRows.FOLLOW_UPS, keep()))
                .contains(trashed));
    }

    @Test
    void restoringKeepsADetailTheOwnerChangedSinceTheMerge() {
        merges.merge(keep(), other(), merges.preview(keep(), other()).proposed());
        Contact kept = desk.partners().profile(keep()).contact();
        desk.partners().saveContact(new Contact(kept.id(), kept.name(), kept.company(), kept.email(), "+44 20 7946 0999",
                kept.address(), kept.notes()));

        trash.restore(trash.items().get(0));

        Contact back = desk.partners().profile(keep()).contact();
        assertEquals("+44 20 7946 0999", back.phone(), "changed since: stays");
        assertEquals(null, back.company(), "the merge's value: back as it was");
    }

    @Test
    void aRecordThatWasNoPartnerBecomesOneWithTheOtherRecordsSettingsAndIsNoneAgainOnRestore() {
        long client = first.clientId();
        Referral benRefers = record(NewReferral.of("Ben O.", "Emma Schäfer", Channel.PHONE, "A new roof"), 1);
        merges.merge(client, benRefers.referrerId(), merges.preview(client, benRefers.referrerId()).proposed());
        assertEquals(client, desk.partners().profile(client).contact().id());
        trash.restore(trash.items().get(0));
        assertTrue(desk.in(tx -> tx.partners().find(client)).isEmpty());
    }

    @Test
    void aPartnerTheOwnerMadeAfterAMergeOfTwoNonPartnersStaysOneOnRestore() {
        long ben = first.clientId();
        long benAgain = desk.in(tx -> tx.contacts().insert(Contact.named("Ben  Okafor", null), NOW));
        merges.merge(ben, benAgain, merges.preview(ben, benAgain).proposed());
        desk.services().contactPages().makePartner(ben);

        trash.restore(trash.items().get(0));

        assertTrue(desk.in(tx -> tx.partners().find(ben)).isPresent(), "the merge did not add it: it stays");
        assertEquals(1, desk.count(tx -> tx.followUps().openOfKind(ben, FollowUpKind.HERO_CHECK_IN).size()));
    }

    @Test
    void restoringRemovesThePartnerRowTheMergeAddedWithACheckInOpenedSinceThatTheMergeDidNotMove() {
        long client = first.clientId();
        long benO = record(NewReferral.of("Ben O.", "Emma Schäfer", Channel.PHONE, "A new roof"), 1).referrerId();
        merges.merge(client, benO, merges.preview(client, benO).proposed());
        long moved = desk.in(tx -> tx.followUps().openOfKind(client, FollowUpKind.HERO_CHECK_IN)).get(0).id();
        desk.followUps().complete(moved, NOW);
        List<org.referraldesk.domain.FollowUp> opened = desk.in(tx -> tx.followUps().openOfKind(client,
                FollowUpKind.HERO_CHECK_IN));
        assertEquals(1, opened.size(), "the next check-in, due from the one just done");
        assertTrue(opened.get(0).id() != moved);

        trash.restore(trash.items().get(0));

        assertTrue(desk.in(tx -> tx.partners().find(client)).isEmpty());
        assertEquals(0, desk.count(tx -> tx.contactMerges().countOf(org.referraldesk.store.MergedRows.FOLLOW_UPS,
                client)), "no check-in left for a partner that is gone");
        assertEquals(benO, desk.followUps().find(moved).partnerId(), "the moved one went back, done");
    }

    @Test
    void deletingTheMergeForGoodForgetsItAndTheMergedRecord() {
        givePartnerThings(other(), 2025);
        givePartnerThings(keep(), 2025);
        merges.merge(keep(), other(), merges.preview(keep(), other()).proposed());
        trash.purge(trash.items().get(0));
        assertTrue(trash.items().isEmpty());
        assertEquals(0, desk.count(tx -> tx.contactMerges().mergesOf(keep()).size()));
        desk.assertRefused(NotFound.class, "No contact with id " + other() + ".", () -> merges.preview(keep(), other()));
        assertEquals(4, desk.partners().touches(keep()).size(), "each one's call and gift");
    }

    @Test
    void typingTheMergedAwayNameAgainFindsTheKeptRecordNotAThirdOne() {
        merges.merge(keep(), other(), merges.preview(keep(), other()).proposed());
        int contacts = desk.services().contacts().all().size();

        Referral again = record(NewReferral.of("zoe lefevre", "Frank Moreau", Channel.PHONE, "A new kitchen"), 1);

        assertEquals(keep(), again.referrerId());
        assertEquals(contacts + 1, desk.services().contacts().all().size(), "only Frank is new");
        trash.restore(trash.items().get(0));
        assertEquals(other(), record(NewReferral.of("Zoe Lefevre", "Gina Rossi", Channel.PHONE, "Tiles"), 1).referrerId(),
                "once the merge is undone, the name is the other record's again");
    }

    @Test
    void theKeptRecordIsNotDeletedForGoodWhileAMergeIntoItWaitsInTheTrash() {
        long ben = first.clientId();
        long benAgain = desk.in(tx -> tx.contacts().insert(Contact.named("Ben  Okafor", null), NOW));
        desk.use(tx -> tx.touches().insert(new org.referraldesk.domain.Touch(0, benAgain, TouchKind.CALL,
                NOW.minus(Duration.ofDays(2)), "Asked about a roof")));
        long merge = merges.merge(ben, benAgain, merges.preview(ben, benAgain).proposed()).id();
        trash.deleteStory(first.id());
        trash.purge(trash.items().stream().filter(i -> i.kind() == TrashItem.Kind.STORY).findFirst().orElseThrow());
        trash.deleteContact(ben);
        TrashItem kept = trash.items().stream().filter(i -> i.kind() == TrashItem.Kind.CONTACT).findFirst().orElseThrow();

        desk.assertRefused("Ben  Okafor was merged into this contact and that merge waits in the Trash: restore it or"
                + " delete it for good first.", () -> trash.purge(kept));

        trash.restore(kept);
        trash.restore(mergeItem(merge));
        assertEquals(1, desk.count(tx -> tx.contactMerges().countOf(org.referraldesk.store.MergedRows.TOUCHES, benAgain)),
                "the moved call went back with the merged record");
    }

    @Test
    void aRecordCannotBeMergedWithItself() {
        desk.assertRefused("Choose another record: a record cannot be merged with itself.",
                () -> merges.merge(keep(), keep(), merges.preview(keep(), other()).proposed()));
    }

    @Test
    void twoPeopleInOneStoryTogetherCannotBeMerged() {
        desk.assertRefused("Zoë Lefèvre and Ben Okafor are in a story together, one referring the other, so they are"
                + " two people and cannot be merged.", () -> merges.merge(keep(), first.clientId(),
                        new Contact(0, "Zoë Lefèvre", null, null, null, null, null)));
    }

    @Test
    void twoPeopleInOneReferralGivenTogetherCannotBeMerged() {
        desk.services().referralsGiven().logGiven(keep(), "Carla Núñez", LocalDate.of(2026, 3, 8), null);
        desk.assertRefused("Zoë Lefèvre and Carla Núñez are in a referral you gave together, one sent on to the other,"
                + " so they are two people and cannot be merged.", () -> merges.preview(keep(), typo.clientId()));
    }

    @Test
    void theKeptEmailCannotBeOneAThirdPersonHas() {
        desk.use(tx -> tx.contacts().update(new Contact(asClient.referrerId(), "David Levi", null,
                "david@levi.example", null, null, null)));
        desk.assertRefused("David Levi already has the email address david@levi.example.", () ->
                merges.merge(keep(), other(), new Contact(0, "Zoë", null, "david@levi.example", null, null, null)));
    }

    @Test
    void likelyDuplicatesFollowTheImportsRule() {
        assertTrue(merges.likelyDuplicates().isEmpty(), "Zoë and Zoe share neither an email nor name and phone");
        desk.use(tx -> tx.contacts().update(new Contact(keep(), "Zoë Lefèvre", null, "ZOE@lefevre.example", null,
                null, null)));
        desk.use(tx -> tx.contacts().update(new Contact(other(), "Zoe Lefevre", null, "zoe@lefevre.example ", null,
                null, null)));
        Contact ben = desk.services().contacts().all().stream().filter(c -> c.id() == first.clientId()).findFirst()
                .orElseThrow();
        desk.use(tx -> tx.contacts().update(new Contact(ben.id(), ben.name(), null, null, "0044 20 7946 0111", null, null)));
        long benAgain = desk.in(tx -> tx.contacts().insert(new Contact(0, "ben  okafor", null, null, "+44 (20) 7946-0111",
                null, null), NOW));
        List<LikelyDuplicate> found = merges.likelyDuplicates();
        assertEquals(List.of(LikelyDuplicate.Reason.SAME_EMAIL, LikelyDuplicate.Reason.SAME_NAME_AND_PHONE),
                found.stream().map(LikelyDuplicate::reason).toList());
        assertEquals(List.of(keep(), other(), ben.id(), benAgain), found.stream()
                .flatMap(pair -> java.util.stream.Stream.of(pair.first().id(), pair.second().id())).toList());
    }
}
