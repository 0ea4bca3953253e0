package org.referraldesk.service;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.EmailThread;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.Labels;
import org.referraldesk.domain.NotFound;
import org.referraldesk.domain.OwnerNames;
import org.referraldesk.domain.Recipients;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.Template;
import org.referraldesk.domain.TemplateKind;
import org.referraldesk.store.Store;
import org.referraldesk.store.Tx;

/** The owner's message templates, and a follow-up's message written from its template and its story. */
public final class Templates {
    /** The longest subject and message the database keeps. */
    public static final int MAX_SUBJECT = FieldLimits.TEMPLATE_SUBJECT;
    public static final int MAX_BODY = FieldLimits.TEMPLATE_BODY;

    private final Store store;

    public Templates(Store store) {
        this.store = store;
    }

    /** Every stored template, in the order of {@link TemplateKind}. */
    public List<Template> list() {
        return store.inTransaction(tx -> tx.templates().list()).stream()
                .sorted(Comparator.comparing(Template::kind)).toList();
    }

    /**
     * Saves a template, replacing the one of its kind. A blank message is refused; unknown placeholders
     * are not: the saved template reports them ({@link Template#unknownPlaceholders()}).
     */
    public Template save(TemplateKind kind, String subject, String body) {
        Template template = checked(kind, subject, body);
        store.useTransaction(tx -> tx.templates().save(template));
        return template;
    }

    private static Template checked(TemplateKind kind, String subject, String body) {
        if (kind == null) {
            throw new InvalidInput("kind", "template.kind");
        }
        String line = FieldLimits.line("subject", subject, MAX_SUBJECT, "label.subject");
        Template template = new Template(kind, line == null ? "" : line, body);
        FieldLimits.within("body", template.body(), MAX_BODY, "label.message");
        return template;
    }

    /**
     * Puts every template still exactly as Referral Desk wrote it (in any of its languages) into
     * {@code language}'s default wording; a template the owner edited is never touched. Returns how
     * many changed (none on a desk already in that language).
     */
    public int followLanguage(Locale language) {
        return store.inTransaction(tx -> {
            int changed = 0;
            for (Template stored : tx.templates().list()) {
                Template wording = DefaultTemplates.of(stored.kind(), language);
                if (DefaultTemplates.untouched(stored) && !(wording.subject().equals(stored.subject())
                        && wording.body().equals(stored.body()))) {
                    tx.templates().save(wording);
                    changed++;
                }
            }
            return changed;
        });
    }

    /** Who else each kind of template's message goes to (Cc, Bcc), read at once. */
    public Map<TemplateKind, Recipients> allRecipients() {
        Map<TemplateKind, Recipients> stored = store.inTransaction(tx -> tx.templates().allRecipients());
        Map<TemplateKind, Recipients> all = new EnumMap<>(TemplateKind.class);
        for (TemplateKind kind : TemplateKind.values()) {
            all.put(kind, stored.getOrDefault(kind, Recipients.byDefault(kind)));
        }
        return all;
    }

    /** Who else the {@code kind} template's message goes to (Cc, Bcc). */
    public Recipients recipients(TemplateKind kind) {
        return store.inTransaction(tx -> tx.templates().recipients(kind)).orElse(Recipients.byDefault(kind));
    }

    /**
     * Saves a template with who else its message goes to, in one transaction: the story's other person
     * in Cc or nobody, and the Bcc addresses ("a@x.example, b@y.example"; each checked). A bad address
     * or a blank message changes nothing.
     */
    public Template save(TemplateKind kind, String subject, String body, Recipients.Copy copy, String blindCopy) {
        Template template = checked(kind, subject, body);
        Recipients recipients = recipients(copy, blindCopy);
        store.useTransaction(tx -> {
            tx.templates().save(template);
            tx.templates().saveRecipients(kind, recipients);
        });
        return template;
    }

    /** Saves who else the {@code kind} template's message goes to, its wording as it is. */
    public Recipients saveRecipients(TemplateKind kind, Recipients.Copy copy, String blindCopy) {
        if (kind == null) {
            throw new InvalidInput("kind", "template.kind");
        }
        Recipients recipients = recipients(copy, blindCopy);
        store.useTransaction(tx -> {
            if (tx.templates().saveRecipients(kind, recipients) == 0) {
                throw new NotFound("template", kind.name());
            }
        });
        return recipients;
    }

    private static Recipients recipients(Recipients.Copy copy, String blindCopy) {
        Recipients recipients = new Recipients(copy, String.join(", ", Checks.emails("blindCopy", blindCopy)));
        FieldLimits.within("blindCopy", recipients.blindCopy(), FieldLimits.BLIND_COPY, "label.blindCopy");
        return recipients;
    }

    /** The default wording of {@code kind} in the owner's language, for "Use the default wording". */
    public Template defaultWording(TemplateKind kind) {
        return DefaultTemplates.of(kind, Locale.getDefault());
    }

    /** The template that writes a follow-up's message; empty for follow-ups that are no message (a gift). */
    public static Optional<TemplateKind> templateFor(FollowUpKind kind) {
        return Optional.ofNullable(switch (kind) {
            case RESPOND_TO_CLIENT -> TemplateKind.EMAIL_INTRODUCTION_REPLY;
            case THANK_REFERRER -> TemplateKind.THANK_REFERRER;
            case UPDATE_REFERRER -> TemplateKind.MILESTONE_UPDATE;
            case EXPLAIN_NOT_A_FIT -> TemplateKind.NOT_A_FIT_EXPLANATION;
            case HERO_CHECK_IN -> TemplateKind.HERO_CHECK_IN;
            case PUBLIC_THANKS -> TemplateKind.PUBLIC_THANKS;
            case ANNUAL_VIP_INVITE -> TemplateKind.VIP_INVITE;
            case HANDWRITTEN_CARD, GIFT, CLIENT_CALLBACK, CUSTOM -> null;
        });
    }

    /**
     * Writes a follow-up's message from its template: the story's people, need, onward contact and
     * stage, and the owner's names. A partner's follow-up without a story (a check-in, the VIP
     * invite) uses the partner's newest story. The reply to an introduction goes to the client,
     * everything else to the referrer.
     */
    public Message compose(long followUpId) {
        return store.inTransaction(tx -> compose(tx, followUpId));
    }

    private static Message compose(Tx tx, long followUpId) {
        FollowUp followUp = tx.followUps().find(followUpId).orElseThrow(() -> new NotFound("follow-up", followUpId));
        TemplateKind kind = templateFor(followUp.kind()).orElseThrow(() -> InvalidInput.ofRequest(
                "template.noMessage", words(followUp.kind().name())));
        return write(tx, kind, followUp.kind() == FollowUpKind.RESPOND_TO_CLIENT, followUp.partnerId(),
                followUp.referralId());
    }

    /**
     * Writes the {@code kind} message for a story ({@code referralId}) or, without one, for the
     * partner's newest story; to the client when {@code toClient}, otherwise to the referrer, with the
     * template's Cc and Bcc. The reply to the client of a story recorded from an introduction email
     * answers that email: its subject is the email's with "Re: " before it, and it names the email's
     * Message-ID, so the mail app threads it.
     */
    static Message write(Tx tx, TemplateKind kind, boolean toClient, Long partnerId, Long referralId) {
        Template template = tx.templates().find(kind).orElseThrow(() -> InvalidInput.ofRequest(
                "template.missing", words(kind.name())));
        Optional<Referral> story = referralId != null ? tx.referrals().find(referralId)
                : Optional.ofNullable(partnerId).flatMap(tx.referrals()::latestFrom);
        Long referrerId = story.map(Referral::referrerId).orElse(partnerId);
        Optional<Contact> referrer = Optional.ofNullable(referrerId).flatMap(tx.contacts()::find);
        Optional<Contact> client = story.flatMap(s -> tx.contacts().find(s.clientId()));
        Optional<EmailThread> email = story.flatMap(s -> tx.emailThreads().of(s.id()));
        Recipients recipients = tx.templates().recipients(kind).orElse(Recipients.NONE);
        return write(template, toClient, story, referrer, client, OwnerSettings.names(tx),
                BusinessSettings.whatWeDo(tx), recipients, email);
    }

    /**
     * The message from {@code template} with everything it needs already read: a list of messages (the
     * card list) reads the template, the names and the people once for all of them.
     */
    static Message write(Template template, boolean toClient, Optional<Referral> story, Optional<Contact> referrer,
            Optional<Contact> client, OwnerNames names, String whatWeDo) {
        return write(template, toClient, story, referrer, client, names, whatWeDo, Recipients.NONE, Optional.empty());
    }

    private static Message write(Template template, boolean toClient, Optional<Referral> story,
            Optional<Contact> referrer, Optional<Contact> client, OwnerNames names, String whatWeDo,
            Recipients recipients, Optional<EmailThread> email) {
        Map<String, String> values = new HashMap<>();
        referrer.ifPresent(c -> putName(values, "referrer", c.name()));
        client.ifPresent(c -> putName(values, "client", c.name()));
        story.ifPresent(s -> {
            putIfPresent(values, "need", s.need());
            putIfPresent(values, "onward", s.onwardTo());
            putIfPresent(values, "reason", s.closeReason());
            values.put("stage", Labels.forOwner().of(s.stage()));
        });
        putIfPresent(values, "business", names.business());
        putIfPresent(values, "owner", names.owner());
        putIfPresent(values, "what_we_do", whatWeDo);
        email.ifPresent(e -> putIfPresent(values, "subject", e.subject()));

        Optional<Contact> recipient = toClient ? client : referrer;
        Optional<Contact> copied = switch (recipients.copy()) {
            case NOBODY -> Optional.empty();
            case REFERRER -> referrer;
            case CLIENT -> client;
        };
        copied = copied.filter(c -> !recipient.map(Contact::id).equals(Optional.of(c.id())));
        copied.ifPresent(c -> putIfPresent(values, "cc", c.name()));
        Optional<EmailThread> answered = email.filter(e -> toClient);
        String subject = answered.filter(e -> !e.subject().isEmpty()).map(EmailThread::replySubject)
                .orElseGet(() -> template.fillSubject(values));
        return new Message(recipient.map(Contact::email).orElse(""), subject, template.fillBody(values),
                template.unknownPlaceholders(), template.leftOut(values), copied.map(Contact::email).orElse(""),
                recipients.blindCopy(), answered.map(EmailThread::messageId).orElse(""));
    }

    /** A person's name as {name}, and its first word as {name_first} ("Anna" for "Anna Keller"). */
    static void putName(Map<String, String> values, String placeholder, String name) {
        if (name != null && !name.isBlank()) {
            values.put(placeholder, name.strip());
            values.put(placeholder + "_first", name.strip().split("\\s+")[0]);
        }
    }

    private static void putIfPresent(Map<String, String> values, String name, String value) {
        if (value != null && !value.isBlank()) {
            values.put(name, value.strip());
        }
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
