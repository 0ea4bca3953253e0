package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The email draft link answers an introduction: the client in To, the referrer in Cc (RFC 6068). */
class MailtoCopiesTest {

    private static Map<String, String> decoded(URI link) {
        String raw = link.getRawSchemeSpecificPart();
        int query = raw.indexOf('?');
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("to", URLDecoder.decode(query < 0 ? raw : raw.substring(0, query), StandardCharsets.UTF_8));
        if (query >= 0) {
            for (String pair : raw.substring(query + 1).split("&")) {
                int equals = pair.indexOf('=');
                fields.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1).replace("+", "%2B"),
                        StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

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
