package org.referraldesk.domain;

/**
 * Who else a template's message goes to, besides the person its follow-up is for (issue 17): the
 * story's other person in Cc, or nobody, and fixed addresses in Bcc (the owner's own record
 * keeping, say; comma-separated, "" for none). The reply to an introduction copies the referrer,
 * as the playbook says: answer both at once.
 */
public record Recipients(Copy copy, String blindCopy) {
    /** Nobody in Cc and nobody in Bcc. */
    public static final Recipients NONE = new Recipients(Copy.NOBODY, "");

    /** Whom the message copies in Cc. */
    public enum Copy {
        NOBODY, REFERRER, CLIENT
    }

    public Recipients {
        copy = copy == null ? Copy.NOBODY : copy;
        blindCopy = blindCopy == null ? "" : blindCopy.strip();
    }

    /** The recipients Referral Desk gives a template of {@code kind} before the owner changes them. */
    public static Recipients byDefault(TemplateKind kind) {
        return kind == TemplateKind.EMAIL_INTRODUCTION_REPLY ? new Recipients(Copy.REFERRER, "") : NONE;
    }
}
