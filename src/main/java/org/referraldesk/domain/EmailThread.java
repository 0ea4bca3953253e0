package org.referraldesk.domain;

/**
 * The email a story arrived in (issue 17): its Message-ID (without angle brackets; null when the
 * email had none) and its subject. The reply answers it ("Re: …", In-Reply-To), and the same email
 * cannot be recorded twice. A Message-ID longer than a mail line may be (998 characters) is no real
 * one and counts as none; the subject is kept to its first 300 characters.
 */
public record EmailThread(String messageId, String subject) {
    static final int LONGEST_ID = 998;
    static final int LONGEST_SUBJECT = 300;

    public EmailThread {
        messageId = messageId == null || messageId.isBlank() || messageId.strip().length() > LONGEST_ID ? null
                : messageId.strip();
        subject = subject == null ? "" : subject.strip();
        if (subject.codePointCount(0, subject.length()) > LONGEST_SUBJECT) {
            subject = subject.substring(0, subject.offsetByCodePoints(0, LONGEST_SUBJECT)).strip();
        }
    }

    /** The subject a reply carries: "Re: " before the email's own, unless it is already a reply. */
    public String replySubject() {
        return subject.regionMatches(true, 0, "Re:", 0, 3) ? subject : ("Re: " + subject).strip();
    }
}
