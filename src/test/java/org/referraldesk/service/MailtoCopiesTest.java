package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.referraldesk.testing.MailtoLinks.decoded;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The email draft link answers an introduction: the client in To, the referrer in Cc (RFC 6068). */
class MailtoCopiesTest {

    @Test
    void theReplyToAnIntroductionGoesToTheClientWithTheReferrerInCcThreadedByItsMessageId() {
        URI link = Message.mailto("ben.okafor@outlook.example", "anna.berg@gmail.example", null,
                "Re: Intro: Maya <> Ben (boiler replacement)", "Thank you, Anna!\nBen, when may I come by?",
                "CAH7x9qPz1kLmN0intro01@mail.gmail.example");
        assertEquals(Map.of("to", "ben.okafor@outlook.example", "cc", "anna.berg@gmail.example",
                "subject", "Re: Intro: Maya <> Ben (boiler replacement)", "body", "Thank you, Anna!\r\nBen, when may I come by?",
                "In-Reply-To", "<CAH7x9qPz1kLmN0intro01@mail.gmail.example>"), decoded(link));
    }

    @Test
    void severalAddressesAreJoinedByCommasAndBccIsCarriedToo() {
        URI link = Message.mailto("kim.nguyen@fastmail.example , lee.nguyen@fastmail.example", "raj@patel-roofing.example",
                "maya@lindqvist-plumbing.example", "Re: Bathroom leak", "", " ");
        assertEquals("mailto:kim.nguyen@fastmail.example,lee.nguyen@fastmail.example?cc=raj@patel-roofing.example"
                + "&bcc=maya@lindqvist-plumbing.example&subject=Re%3A%20Bathroom%20leak", link.toString());
    }

    @Test
    void aLinkWithoutCopiesIsTheOneTheDeskAlwaysWrote() {
        assertEquals(Message.mailto("zoe@lefevre.example", "Hi", "Hello"),
                Message.mailto("zoe@lefevre.example", null, "", "Hi", "Hello", null));
    }
}
