package org.referraldesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.referraldesk.testing.TempDesk.NOW;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Gift;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.Template;
import org.referraldesk.domain.TemplateKind;
import org.referraldesk.domain.Touch;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.testing.TempDesk;
import org.referraldesk.testing.TypicalContacts;

class TouchGiftSettingTemplateDaoTest {
    @TempDir
    Path dir;
    private TempDesk desk;
    private long anna;
    private long carla;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        anna = desk.in(tx -> tx.contacts().insert(TypicalContacts.ANNA, NOW));
        carla = desk.in(tx -> tx.contacts().insert(TypicalContacts.CARLA, NOW));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void aPartnersTouchesComeBackNewestFirst() {
        Touch call = Touch.of(anna, TouchKind.CALL, NOW.minus(Duration.ofDays(30)), "Catch-up call");
        Touch card = Touch.of(anna, TouchKind.CARD, NOW, null);
        long callId = desk.in(tx -> tx.touches().insert(call));
        long cardId = desk.in(tx -> tx.touches().insert(card));
        desk.use(tx -> tx.touches().insert(Touch.of(carla, TouchKind.EMAIL, NOW, null)));
        assertEquals(List.of(new Touch(cardId, anna, TouchKind.CARD, NOW, null),
                new Touch(callId, anna, TouchKind.CALL, call.at(), "Catch-up call")),
                desk.in(tx -> tx.touches().forPartner(anna)));
    }

    @Test
    void aGiftKeepsItsExactAmountAndItsDateWhateverTheComputersTimeZone() {
        long story = desk.in(tx -> tx.referrals().insert(Referral.received(anna, carla, Channel.PHONE, null,
                NOW.minus(Duration.ofDays(40)), null)));
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            long id = desk.in(tx -> tx.gifts().insert(new Gift(0, anna, story, LocalDate.of(2026, 3, 1),
                    "A bottle of vodka", new BigDecimal("12.50"))));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Pago_Pago"));
            Gift back = desk.in(tx -> tx.gifts().forPartner(anna)).get(0);
            assertEquals(new Gift(id, anna, story, LocalDate.of(2026, 3, 1), "A bottle of vodka",
                    new BigDecimal("12.50")), back);
            assertEquals("12.50", back.amount().toPlainString());
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void aPartnersGiftsComeBackNewestFirstWithoutOtherPartnersGifts() {
        desk.use(tx -> {
            tx.gifts().insert(new Gift(0, anna, null, LocalDate.of(2025, 12, 20), "Card and chocolates",
                    new BigDecimal("15")));
            tx.gifts().insert(new Gift(0, anna, null, LocalDate.of(2026, 2, 14), "Theatre tickets",
                    new BigDecimal("80.00")));
            tx.gifts().insert(new Gift(0, carla, null, LocalDate.of(2026, 3, 1), "Flowers", new BigDecimal("30")));
        });
        List<Gift> gifts = desk.in(tx -> tx.gifts().forPartner(anna));
        assertEquals(List.of("Theatre tickets", "Card and chocolates"), gifts.stream().map(Gift::description).toList());
        assertEquals(new BigDecimal("15.00"), gifts.get(1).amount());
    }

    @Test
    void aSettingPutTwiceKeepsTheLastValue() {
        assertEquals(Optional.empty(), desk.in(tx -> tx.settings().get("ui.theme")));
        desk.use(tx -> tx.settings().put("ui.theme", "light"));
        desk.use(tx -> tx.settings().put("ui.theme", "dark"));
        assertEquals(Optional.of("dark"), desk.in(tx -> tx.settings().get("ui.theme")));
    }

    @Test
    void aTemplateComesBackAsSavedAndSavingAgainReplacesIt() {
        Optional<Template> vip = desk.in(tx -> tx.templates().find(TemplateKind.VIP_INVITE));
        Template thanks = new Template(TemplateKind.THANK_REFERRER, "Thank you, {referrer}",
                "Thank you for sending {client} our way.");
        desk.use(tx -> tx.templates().save(thanks));
        assertEquals(Optional.of(thanks), desk.in(tx -> tx.templates().find(TemplateKind.THANK_REFERRER)));
        Template shorter = new Template(TemplateKind.THANK_REFERRER, "Thanks!", "Thanks for {client}.");
        desk.use(tx -> tx.templates().save(shorter));
        assertEquals(Optional.of(shorter), desk.in(tx -> tx.templates().find(TemplateKind.THANK_REFERRER)));
        assertTrue(vip.isPresent(), "a new desk has its default templates");
        assertEquals(vip, desk.in(tx -> tx.templates().find(TemplateKind.VIP_INVITE)), "the other kinds are untouched");
    }

    @Test
    void theTemplatesAreListedByKindName() {
        Template vip = new Template(TemplateKind.VIP_INVITE, "You are invited", "Dear {referrer}, join us.");
        Template checkIn = new Template(TemplateKind.HERO_CHECK_IN, "", "How are things, {referrer}?");
        Template reply = new Template(TemplateKind.EMAIL_INTRODUCTION_REPLY, "Re: {client}", "Thanks, {referrer}!");
        desk.use(tx -> List.of(vip, checkIn, reply).forEach(tx.templates()::save));
        List<Template> listed = desk.in(tx -> tx.templates().list());
        assertEquals(List.of("EMAIL_INTRODUCTION_REPLY", "HANDWRITTEN_CARD", "HERO_CHECK_IN", "MILESTONE_UPDATE",
                "NOT_A_FIT_EXPLANATION", "PUBLIC_THANKS", "THANK_REFERRER", "VIP_INVITE"),
                listed.stream().map(t -> t.kind().name()).toList());
        assertEquals(List.of(reply, checkIn, vip), List.of(listed.get(0), listed.get(2), listed.get(7)));
    }
}
