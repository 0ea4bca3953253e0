package org.referraldesk.ui.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.TemplateKind;
import org.referraldesk.service.NewReferral;
import org.referraldesk.service.Templates;
import org.referraldesk.testing.TempDesk;
import org.referraldesk.ui.common.BackgroundTasks;

/** Zoë Lefèvre sent us Helen Carter; her follow-ups' messages go to the clipboard or the email app. */
class MessageActionsTest {
    private final ResourceBundle text = ResourceBundle.getBundle("org.referraldesk.ui.templates.messages");
    private final List<Throwable> failures = new ArrayList<>();
    private final List<String> clipboard = new ArrayList<>();
    private final List<URI> mailed = new ArrayList<>();

    @TempDir
    Path dir;
    private TempDesk desk;
    private Templates templates;
    private List<FollowUp> followUps;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        templates = new Templates(desk.store());
        followUps = desk.referrals().record(NewReferral.of("Zoë Lefèvre", "Helen Carter", Channel.EMAIL_INTRODUCTION,
                "Wi-Fi that reaches the back rooms").withEmails("zoe@lefevre.example", "helen@carter.example"))
                .followUps();
    }

    @AfterEach
    void close() {
        desk.close();
        assertEquals(List.of(), failures);
    }

    private MessageActions actions(boolean mailAppOpens) {
        return new MessageActions(templates, new BackgroundTasks(Runnable::run, Runnable::run, failures::add), text,
                link -> {
                    mailed.add(link);
                    return mailAppOpens;
                }, clipboard::add);
    }

    private long id(FollowUpKind kind) {
        return followUps.stream().filter(f -> f.kind() == kind).findFirst().orElseThrow().id();
    }

    @Test
    void copyPutsTheFilledMessageOnTheClipboard() {
        MessageActions actions = actions(true);
        actions.copy(id(FollowUpKind.THANK_REFERRER));
        assertEquals(1, clipboard.size());
        assertTrue(clipboard.get(0).startsWith("Hi Zoë,\n\nThank you for sending Helen Carter our way."),
                clipboard.get(0));
        assertEquals("Copied the message to the clipboard.", actions.statusProperty().get());
        assertTrue(mailed.isEmpty());
    }

    @Test
    void openDraftHandsTheEmailAppAMailtoLinkWithTheReferrerInCopySubjectAndBody() {
        MessageActions actions = actions(true);
        actions.openDraft(id(FollowUpKind.RESPOND_TO_CLIENT));
        assertEquals(1, mailed.size());
        String link = mailed.get(0).toString();
        assertTrue(link.startsWith("mailto:helen@carter.example?cc=zoe@lefevre.example&subject=Thank%20you%20for%20the%20"
                + "introduction%2C%20Zo%C3%AB&body=Hi%20Zo%C3%AB%2C"), link);
        assertTrue(clipboard.isEmpty());
        assertEquals("Opened the message as a draft in your email app, to helen@carter.example with zoe@lefevre.example"
                + " in copy.", actions.statusProperty().get());
    }

    @Test
    void withoutAnEmailAppTheLinkGoesToTheClipboardAndTheOwnerIsTold() {
        MessageActions actions = actions(false);
        actions.openDraft(id(FollowUpKind.THANK_REFERRER));
        assertEquals(List.of(mailed.get(0).toString()), clipboard);
        assertTrue(clipboard.get(0).startsWith("mailto:zoe@lefevre.example?subject="), clipboard.get(0));
        assertTrue(actions.statusProperty().get().startsWith("This computer has no email app"),
                actions.statusProperty().get());
    }

    @Test
    void anEmailDraftToSomeoneWithoutAnAddressSaysSoAndOpensNoEmptyDraft() {
        List<FollowUp> noEmail = desk.referrals().record(NewReferral.of("Omar Haddad", "Ines Roth", Channel.PHONE,
                "A new boiler")).followUps();
        long thank = noEmail.stream().filter(f -> f.kind() == FollowUpKind.THANK_REFERRER).findFirst().orElseThrow()
                .id();
        MessageActions actions = actions(true);
        actions.openDraft(thank);
        assertTrue(mailed.isEmpty(), "no draft without a recipient");
        assertTrue(clipboard.get(0).startsWith("Hi Omar,"), "the message is on the clipboard: " + clipboard);
        assertTrue(actions.statusProperty().get().startsWith("There is no email address for this person yet"),
                actions.statusProperty().get());
        assertTrue(actions.statusProperty().get().contains("Add their email (Edit\u2026 on the story)"));
        assertTrue(actions.missingAddressProperty().get(), "the story offers to add the address");

        actions.copy(thank);
        assertFalse(actions.missingAddressProperty().get(), "the offer goes with the next action");
    }

    @Test
    void anUnknownPlaceholderIsPointedOutWhenTheMessageIsCopied() {
        templates.save(TemplateKind.THANK_REFERRER, "Thanks", "Dear {refferer}, thanks for {client}.");
        MessageActions actions = actions(true);
        actions.copy(id(FollowUpKind.THANK_REFERRER));
        assertEquals(List.of("Dear {refferer}, thanks for Helen Carter."), clipboard);
        assertEquals("Copied the message to the clipboard. Check it before sending: {refferer} is not a placeholder "
                + "Referral Desk knows, so it is in the text as typed.", actions.statusProperty().get());
    }

    @Test
    void aFollowUpThatIsNoMessageSaysSoAndCopiesNothing() {
        MessageActions actions = actions(true);
        assertFalse(MessageActions.offersMessage(FollowUpKind.HANDWRITTEN_CARD));
        assertTrue(MessageActions.offersMessage(FollowUpKind.RESPOND_TO_CLIENT));
        actions.copy(id(FollowUpKind.HANDWRITTEN_CARD));
        assertEquals("There is no message to write for this follow-up (handwritten card).",
                actions.statusProperty().get());
        assertTrue(clipboard.isEmpty());
    }
}
