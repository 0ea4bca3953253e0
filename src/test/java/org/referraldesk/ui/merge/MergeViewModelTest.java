package org.referraldesk.ui.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.TrashItem;
import org.referraldesk.service.NewReferral;
import org.referraldesk.testing.TempDesk;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.ViewLoader;

class MergeViewModelTest {
    @TempDir
    Path dir;
    private final List<Throwable> failures = new ArrayList<>();
    private TempDesk desk;
    private MergeViewModel model;
    private Referral first;
    private Referral typo;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        first = desk.referrals().record(NewReferral.of("Zoë Lefèvre", "Ben Okafor", Channel.PHONE, "A new boiler")
                .withEmails("zoe@lefevre.example", null)).referral();
        typo = desk.referrals().record(NewReferral.of("Zoe Lefevre", "Carla Núñez", Channel.PHONE, "Radiators")
                .withEmails("zoe.l@studio.example", null)).referral();
        ResourceBundle text = new ViewLoader(ResourceBundle.getBundle("org.referraldesk.ui.messages"), c -> null)
                .textFor(MergeController.class);
        model = new MergeViewModel(desk.services().merges(), desk.services().contacts(),
                new BackgroundTasks(Runnable::run, Runnable::run, failures::add), text);
    }

    @AfterEach
    void close() {
        desk.close();
        assertEquals(List.of(), failures);
    }

    private Contact candidate(String name) {
        return model.candidates().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void typingWithoutAccentsFindsTheOtherRecordAndBothShowSideBySideWithWhatEachHas() {
        model.start(first.referrerId());
        assertEquals("Merge Zoë Lefèvre with another record of the same person", model.headerProperty().get());
        assertEquals(3, model.candidates().size(), "everyone else");
        model.form().field(MergeViewModel.FIND).set("zoe lef");
        assertEquals(List.of("Zoe Lefevre"), model.candidates().stream().map(Contact::name).toList());

        model.pick(candidate("Zoe Lefevre"));

        MergeDetail email = model.details().get(2);
        assertEquals(List.of("Email", "zoe@lefevre.example", "zoe.l@studio.example", false),
                List.of(email.label(), email.kept(), email.other(), email.fromOtherProperty().get()));
        assertEquals(List.of(new MergeCount("Has", "1 story, 4 follow-ups, no touches, no gifts, no referrals given, "
                + "no VIP invites", "1 story, 4 follow-ups, no touches, no gifts, no referrals given, no VIP invites"),
                new MergeCount("Partner", "Yes", "Yes")), model.counts());
    }

    @Test
    void theFinderMatchesPeopleAsTheDeskWideSearchDoesWordStartsFirst() {
        desk.use(tx -> {
            tx.contacts().insert(new Contact(0, "Abel Rajoka", null, null, null, null, null), TempDesk.NOW);
            tx.contacts().insert(new Contact(0, "Tom Price", null, null, "0044 20 7946 0111", null, null), TempDesk.NOW);
        });
        model.start(first.referrerId());
        model.form().field(MergeViewModel.FIND).set("oka");
        assertEquals(List.of("Ben Okafor", "Abel Rajoka"), model.candidates().stream().map(Contact::name).toList(),
                "a word start before a match inside a word");
        model.form().field(MergeViewModel.FIND).set("+44 (20) 7946-0111");
        assertEquals(List.of("Tom Price"), model.candidates().stream().map(Contact::name).toList(),
                "a phone however it is written");
        model.form().field(MergeViewModel.FIND).set("");
        assertEquals(5, model.candidates().size(), "everyone else again");
    }

    @Test
    void mergingKeepsThePickedDetailsAndPutsTheMergeInTheTrash() {
        model.start(first.referrerId(), typo.referrerId());
        assertTrue(model.previewProperty().get() != null, "the duplicates list opens with both picked");
        model.details().get(2).fromOtherProperty().set(true);
        boolean[] merged = {false};

        model.merge(() -> merged[0] = true);

        assertTrue(merged[0]);
        Contact kept = desk.services().contacts().all().stream().filter(c -> c.id() == first.referrerId())
                .findFirst().orElseThrow();
        assertEquals("zoe.l@studio.example", kept.email());
        assertEquals(List.of(TrashItem.Kind.MERGE), desk.services().trash().items().stream().map(TrashItem::kind).toList());
    }

    @Test
    void keepingTheOtherRecordInsteadSwapsTheSidesAndMergesThisOneIntoIt() {
        model.start(first.referrerId());
        model.pick(candidate("Zoe Lefevre"));
        model.swap();
        assertEquals("Merge Zoe Lefevre with another record of the same person", model.headerProperty().get());
        assertEquals("Zoe Lefevre", model.details().get(0).kept());
        model.merge(() -> { });
        assertEquals(typo.referrerId(), model.keepId());
        assertEquals(List.of("Zoe Lefevre"), desk.services().contacts().all().stream().map(Contact::name)
                .filter(name -> name.startsWith("Zo")).toList());
    }

    @Test
    void twoPeopleInOneStoryAreRefusedAsSoonAsTheOtherIsPickedAndNothingCanBeMerged() {
        model.start(first.referrerId());
        model.pick(candidate("Ben Okafor"));
        assertEquals("Zoë Lefèvre and Ben Okafor are in a story together, one referring the other, so they are two "
                + "people and cannot be merged.", model.form().formErrorProperty().get());
        assertNull(model.previewProperty().get());
        model.merge(() -> failures.add(new AssertionError("nothing to merge")));
        assertEquals("Choose the other record of this person first.", model.form().errorOf(MergeViewModel.FIND).get());
    }
}
