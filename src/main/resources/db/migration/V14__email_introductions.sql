-- Introductions by email (issue 17).
--
-- A story recorded from an introduction email keeps that email: its Message-ID, so the same email
-- cannot be recorded twice (a unique index; emails without one leave it NULL, and NULLs do not
-- collide), and its subject, which the reply answers ("Re: ...", threaded by In-Reply-To). Typed-in
-- stories have no row here.
CREATE TABLE email_thread (
    referral_id BIGINT PRIMARY KEY REFERENCES referral (id),
    message_id  VARCHAR(998),
    subject     VARCHAR(1200) NOT NULL
);
CREATE UNIQUE INDEX email_thread_message ON email_thread (message_id);

-- Each template says who else its message goes to: the story's other person in Cc (NOBODY,
-- REFERRER or CLIENT; NULL until the owner chooses, which means Referral Desk's choice for the kind:
-- the reply to an introduction copies the referrer, as its wording "Hi {referrer_first}, hi
-- {client_first}" always assumed, the others copy nobody) and fixed addresses in Bcc. A template
-- restored from an older backup has neither and so gets the same defaults.
ALTER TABLE template ADD COLUMN copy_to VARCHAR(20);
ALTER TABLE template ADD COLUMN blind_copy VARCHAR(2000) DEFAULT '' NOT NULL;

-- The thank-you to the referrer of an email introduction says the conversation goes on one-to-one
-- (an optional phrase with {subject}, the email's subject, which only such stories have). Only a
-- thank-you still exactly as Referral Desk wrote it in English is replaced; the other languages'
-- defaults follow at the next start (Templates.followLanguage), an edited one is left as it is.
UPDATE template SET body = 'Hi {referrer_first},

Thank you for sending {client} our way. Passing on a name is a real vote of trust, and we''ll take good care of them.[[ I''ve answered your email "{subject}" and will carry on with {client_first} one-to-one from here, so your inbox stays quiet.]]

I''ll keep you posted on how it goes.

Warm regards,[[
{owner}]][[
{business}]]'
WHERE kind = 'THANK_REFERRER' AND body = 'Hi {referrer_first},

Thank you for sending {client} our way. Passing on a name is a real vote of trust, and we''ll take good care of them.

I''ll keep you posted on how it goes.

Warm regards,[[
{owner}]][[
{business}]]';
