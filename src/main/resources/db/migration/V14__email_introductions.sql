-- A story recorded from an introduction email (issue 17) keeps that email: its Message-ID, so the
-- same email cannot be recorded twice (a unique index; emails without one leave it NULL, and NULLs
-- do not collide), and its subject, which the reply answers ("Re: ...", threaded by In-Reply-To).
-- Typed-in stories have no row here.
CREATE TABLE email_thread (
    referral_id BIGINT PRIMARY KEY REFERENCES referral (id),
    message_id  VARCHAR(998),
    subject     VARCHAR(1200) NOT NULL
);
CREATE UNIQUE INDEX email_thread_message ON email_thread (message_id);
