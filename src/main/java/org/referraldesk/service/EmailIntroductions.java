package org.referraldesk.service;

import java.nio.file.Path;
import java.util.Date;
import java.util.HashSet;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.EmailThread;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.Introduction;
import org.referraldesk.domain.Introduction.Person;
import org.referraldesk.io.mail.IntroductionEmail;
import org.referraldesk.store.Store;
import org.referraldesk.store.Tx;

/**
 * Introductions by email (issue 17): an .eml read with the owner's own addresses left out, and
 * the New referral it fills for the client the owner chose among its candidates. An email already
 * recorded (the same Message-ID, even on a story in the trash) is refused.
 */
public final class EmailIntroductions {
    private final Store store;
    private final OwnerSettings settings;

    public EmailIntroductions(Store store, OwnerSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** The email's introduction, never with one of the owner's addresses as a candidate client. */
    public Introduction read(Path email) {
        return notYetRecorded(reader().read(email));
    }

    /** The pasted or dropped bytes of an email; {@code name} names it in a refusal. */
    public Introduction read(byte[] email, String name) {
        return notYetRecorded(reader().read(email, name));
    }

    private IntroductionEmail reader() {
        return new IntroductionEmail(new HashSet<>(settings.ownerEmails()));
    }

    private Introduction notYetRecorded(Introduction introduction) {
        store.useTransaction(tx -> notYetRecorded(tx, thread(introduction)));
        return introduction;
    }

    /** Refuses {@code email} when a story was already recorded from it. */
    static void notYetRecorded(Tx tx, EmailThread email) {
        if (email.messageId() == null) {
            return;
        }
        tx.emailThreads().storyOf(email.messageId()).ifPresent(story -> {
            throw new InvalidInput("file", story.trashed() ? "email.alreadyInTrash" : "email.alreadyRecorded",
                    story.client(), Date.from(story.receivedAt()));
        });
    }

    /** The form's values: referrer from the sender, {@code client} among the others, the Date, the need. */
    public static NewReferral referral(Introduction introduction, Person client) {
        if (!introduction.others().contains(client)) {
            throw new IllegalArgumentException(client + " is not one of the email's people");
        }
        return new NewReferral(introduction.sender().name(), introduction.sender().address(), client.name(),
                client.address(), null, Channel.EMAIL_INTRODUCTION, introduction.need(), introduction.received(), null,
                thread(introduction));
    }

    /** The email an introduction came in: what its reply answers. */
    public static EmailThread thread(Introduction introduction) {
        return new EmailThread(introduction.messageId(), introduction.subject());
    }
}
