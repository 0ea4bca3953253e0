package org.referraldesk.service;

import java.nio.file.Path;
import java.util.HashSet;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Introduction;
import org.referraldesk.domain.Introduction.Person;
import org.referraldesk.io.mail.IntroductionEmail;

/**
 * Introductions by email (issue 17): an .eml read with the owner's own addresses left out, and
 * the New referral it fills for the client the owner chose among its candidates.
 */
public final class EmailIntroductions {
    private final OwnerSettings settings;

    public EmailIntroductions(OwnerSettings settings) {
        this.settings = settings;
    }

    /** The email's introduction, never with one of the owner's addresses as a candidate client. */
    public Introduction read(Path email) {
        return new IntroductionEmail(new HashSet<>(settings.ownerEmails())).read(email);
    }

    /** The form's values: referrer from the sender, {@code client} among the others, the Date, the need. */
    public static NewReferral referral(Introduction introduction, Person client) {
        if (!introduction.others().contains(client)) {
            throw new IllegalArgumentException(client + " is not one of the email's people");
        }
        return new NewReferral(introduction.sender().name(), introduction.sender().address(), client.name(),
                client.address(), null, Channel.EMAIL_INTRODUCTION, introduction.need(), introduction.received(), null);
    }
}
