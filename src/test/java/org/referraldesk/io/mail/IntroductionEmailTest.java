package org.referraldesk.io.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.referraldesk.testing.IntroEmails.file;
import static org.referraldesk.testing.IntroEmails.mayasReader;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.referraldesk.domain.Introduction;
import org.referraldesk.domain.Introduction.Person;

/**
 * Every email of the corpus is read whole, each field compared: the sender is the referrer, the
 * others are the clients (never one of Maya's two addresses), received is the Date, the need is the
 * subject and the first paragraph the sender wrote now, the Message-ID is kept bare.
 */
class IntroductionEmailTest {
    private final IntroductionEmail reader = mayasReader();

    private void reads(String email, Introduction expected) {
        assertEquals(expected, reader.read(file(email)));
    }

    private static Person person(String name, String address) {
        return new Person(name, address);
    }

    @Test
    void aWebMailIntroductionPrefersThePlainPartAndLeavesTheSignatureOut() {
        reads("01-webmail-alternative.eml", new Introduction(person("Anna Berg", "anna.berg@gmail.example"),
                List.of(person("Ben Okafor", "ben.okafor@outlook.example")), Instant.parse("2026-11-16T08:14:27Z"),
                "Intro: Maya <> Ben (boiler replacement)",
                "Intro: Maya <> Ben (boiler replacement). Maya, meet Ben. Ben's boiler gave up last week and he "
                        + "needs a new one before the cold sets in. Maya did ours two years ago and it has not missed a "
                        + "beat.",
                "CAH7x9qPz1kLmN0intro01@mail.gmail.example"));
    }

    @Test
    void thunderbirdsQuotedPrintableAndUtf8EncodedWordsAreDecodedWithTheOwnerInCc() {
        reads("02-thunderbird-quoted-printable.eml", new Introduction(person("Jürgen Müller", "juergen@mueller-bau.example"),
                List.of(person("Zoë Çelik", "zoe.celik@posteo.example")), Instant.parse("2026-11-17T17:02:11Z"),
                "Vorstellung: Zoë (Badumbau) – Maya",
                "Vorstellung: Zoë (Badumbau) – Maya. Ich möchte euch einander vorstellen: Zoë plant den Umbau "
                        + "ihres Bads in der Müllerstraße und sucht jemanden für die Wasserleitungen. Maya arbeitet "
                        + "sauber und pünktlich.",
                "5e1f0c2a-7b7d-4c1e-9a55-0f3b2d1c9e02@mueller-bau.example"));
    }

    @Test
    void outlooksWindows1252AndIso88591WordsAreDecodedAndItsQuotedHistoryLeftOut() {
        reads("03-outlook-windows-1252.eml", new Introduction(person("O'Brien, Siobhán", "siobhan@obrien-accounts.example"),
                List.of(person("François Lefèvre", "francois@cafe-quay.example")), Instant.parse("2026-11-18T11:26:45Z"),
                "Introduction - François – kitchen pipes",
                "Introduction - François – kitchen pipes. Let me introduce François, who runs the café on Quay "
                        + "Street – he needs the kitchen's pipes redone over the winter closure. François, Maya is the "
                        + "plumber I told you about.",
                "DB9PR03MB7345C2D1E0A4B4F1A5@DB9PR03MB7345.eurprd03.prod.outlook.example"));
    }

    @Test
    void appleMailGivesGreekAndJapaneseNamesAndLeavesSentFromMyIphoneOut() {
        reads("04-apple-mail-iphone.eml", new Introduction(person("Σοφία Παπαδοπούλου", "sofia.p@icloud.example"),
                List.of(person("山田 太郎", "taro.yamada@example.jp")), Instant.parse("2026-11-19T05:45:03Z"),
                "Water heater – Taro 山田",
                "Water heater – Taro 山田. Maya, this is Taro – he just bought the old bakery on Elm Row and the "
                        + "water heater is leaking. Taro, Maya is brilliant, I promise.",
                "8B2E4C11-0F5A-4D2B-B3C7-AF61E9D0C2A4@icloud.example"));
    }

    @Test
    void anHtmlOnlyBase64EmailIsTurnedIntoTextWithoutItsStyleOrQuotedBlock() {
        reads("05-html-only-base64.eml", new Introduction(person("ليلى حداد", "layla@haddad-architects.example"),
                List.of(person("Дмитрий Соколов", "d.sokolov@yandex.example")), Instant.parse("2026-11-20T13:04:59Z"),
                "Знакомство: dental practice fit-out",
                "Знакомство: dental practice fit-out. I would like to introduce Dmitry Sokolov & his firm. They "
                        + "are fitting out a dental practice and need all the water lines and drains planned.",
                "20261120130459.1a2b3c@haddad-architects.example"));
    }

    @Test
    void anInlineForwardGivesTheForwardedMessagesReferrerSubjectAndBody() {
        reads("06-forwarded-inline.eml", new Introduction(person("Anna Berg", "anna.berg@gmail.example"),
                List.of(person("Ben Okafor", "ben.okafor@outlook.example")), Instant.parse("2026-11-21T10:31:12Z"),
                "Ben, meet Maya (leaking radiator)",
                "Ben, meet Maya (leaking radiator). Ben, the plumber I mentioned is Maya Lindqvist, "
                        + "maya@lindqvist-plumbing.example. She can look at the leaking radiator in the hall.",
                "CAF0rwd6x1Qm@mail.gmail.example"));
    }

    @Test
    void aForwardAsAttachmentGivesTheAttachedMessagesPeopleInIso88591() {
        reads("07-forwarded-as-attachment.eml", new Introduction(person("Søren Ækerlund", "soren@aekerlund-el.example"),
                List.of(person("Ingrid Sæther", "ingrid.saether@online.example")), Instant.parse("2026-11-22T07:15:42Z"),
                "Rørlegger for hytta",
                "Rørlegger for hytta. Ingrid, du trenger en rørlegger til hytta på Geilo. Maya har gjort flott "
                        + "arbeid for oss.",
                "7a0c1e55-outer-07@aekerlund-el.example"));
    }

    @Test
    void twoClientsAreBothCandidatesAndTheOwnersOtherAddressInCcIsNoneOfThem() {
        reads("08-two-clients-owner-in-cc.eml", new Introduction(person("Raj Patel", "raj@patel-roofing.example"),
                List.of(person("Kim Nguyen", "kim.nguyen@fastmail.example"), person("Lee Nguyen", "LEE.NGUYEN@fastmail.example")),
                Instant.parse("2026-11-23T21:20:00Z"), "Bathroom leak",
                "Bathroom leak. Kim, Lee - copying Maya, who fixed the same leak at my sister's place. Maya, "
                        + "they are on Birch Lane, the upstairs bathroom drips into the kitchen.",
                "raj.20261123.2120@patel-roofing.example"));
    }

    @Test
    void aBase64Iso88591BodyIsDecodedAndTheSignOffLeftOut() {
        reads("09-base64-latin1.eml", new Introduction(person("José Núñez", "jose@nunez-carpinteria.example"),
                List.of(person("Inés Ibáñez", "ines.ibanez@correo.example")), Instant.parse("2026-11-24T11:00:00Z"),
                "Presentación: Inés – fontanería",
                "Presentación: Inés – fontanería. Te presento a Inés, que está reformando la casa de su madre "
                        + "en Sevilla y necesita cambiar toda la fontanería.",
                "20261124110000.GA4711@nunez-carpinteria.example"));
    }

    @Test
    void anAttachmentIsNotTheBodyAndAClientWithoutANameIsNamedByTheAddress() {
        reads("10-mixed-with-attachment.eml", new Introduction(person("Tom Wright", "tom@wright-gardens.example"),
                List.of(person("sam.cho@pm.example", "sam.cho@pm.example")), Instant.parse("2026-11-25T08:00:00Z"),
                "Garden tap and irrigation - Sam Cho",
                "Garden tap and irrigation - Sam Cho. Maya - Sam (cc'd) needs an outside tap and a feed for the "
                        + "irrigation I'm installing. Plan attached.",
                "1732521600.tom.wright@wright-gardens.example"));
    }

    @Test
    void aGermanOutlookReplyLosesAwAndItsVonGesendetHistoryAndTheOwnersAddressMatchesInAnyCase() {
        reads("11-outlook-german-reply.eml", new Introduction(person("Schäfer, Katrin", "k.schaefer@kanzlei-schaefer.example"),
                List.of(person("Weiß, Günther", "g.weiss@weiss-immobilien.example")), Instant.parse("2026-11-26T09:45:00Z"),
                "Heizung",
                "Heizung. Gerne stelle ich Ihnen Herrn Weiß vor: Er braucht eine neue Heizungsanlage für sein "
                        + "Mehrfamilienhaus.",
                "AM0PR07MB6113B1E2@AM0PR07MB6113.eurprd07.prod.outlook.example"));
    }

    @Test
    void foldedHeadersAreUnfoldedAndAnEmailWithoutMessageIdHasNone() {
        reads("12-folded-headers-no-message-id.eml", new Introduction(person("Priya Raman", "priya.raman@yahoo.example"),
                List.of(person("Oluwaseun Adeyemi", "seun.adeyemi@example.ng")), Instant.parse("2026-11-27T15:40:33Z"),
                "Seun, meet Maya - water softener",
                "Seun, meet Maya - water softener. Seun, Maya installs water softeners; I put her on Bcc so she "
                        + "can reach out. Your hard-water problem in the new flat is exactly her thing.",
                null));
    }
}
