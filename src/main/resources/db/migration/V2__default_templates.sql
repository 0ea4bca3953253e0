-- One starting template per message the owner sends. The owner edits them in Settings > Templates;
-- a template already there (saved before this migration ran) is kept as it is.
-- Placeholders: {referrer} {client} {need} {onward} {business} {stage} {owner}.

INSERT INTO template (kind, subject, body)
SELECT d.kind, d.subject, d.body FROM (VALUES

('EMAIL_INTRODUCTION_REPLY', 'Thank you for the introduction, {referrer}',
'Hi {referrer}, hi {client},

{referrer}, thank you for connecting us. I''ll carry on with {client} one-to-one from here, so your inbox stays quiet.

{client}, it''s good to meet you. {referrer} tells me you''re looking for help with this:
{need}

When would suit you for a short phone call? Send me a day, a time and the best number to reach you, and I''ll ring you then.

Best wishes,
{owner}
{business}'),

('THANK_REFERRER', 'Thank you for thinking of us',
'Hi {referrer},

Thank you for sending {client} our way. Passing on a name is a real vote of trust, and we''ll take good care of them.

I''ll keep you posted on how it goes.

Warm regards,
{owner}
{business}'),

('MILESTONE_UPDATE', 'News about {client}',
'Hi {referrer},

A quick update, as you brought us together. Where things stand with {client}: {stage}.

Thanks again for the introduction. I''ll be in touch when there''s more to tell.

Best wishes,
{owner}
{business}'),

('NOT_A_FIT_EXPLANATION', 'About {client}, and thank you',
'Hi {referrer},

Thank you again for introducing {client}. Once we''d talked it through, we agreed this isn''t work {business} should take on:
{need}

It''s outside what we do, and we''d rather say so early than do it half well. So that {client} is still in good hands, I''ve put them in touch with {onward}, who does exactly this kind of job.

For next time: we''re at our best with the everyday work of {business}, and anyone you know who needs that is very welcome to call us.

With thanks,
{owner}'),

('HERO_CHECK_IN', 'Thinking of you, {referrer}',
'Hi {referrer},

Nothing to ask today. I was thinking back to when you introduced {client} to us, and wanted to thank you again for that.

How have things been with you? If there''s anything I can do in return, just say the word.

All the best,
{owner}'),

('PUBLIC_THANKS', 'Thank you, {referrer}!',
'A big thank-you to {referrer} for recommending {business} to someone they know. Word of mouth from people like {referrer} is how a small business like ours grows, and we''re grateful for every single introduction.'),

('VIP_INVITE', 'An invitation for you, {referrer}',
'Hi {referrer},

Once a year we say a proper thank-you to the people who sent work our way, and this year you are one of them. We''d love you to be our guest at a small evening with good food and good company.

I''ll send the date and place soon. For now, would you let me know whether you''d like to come?

Warm regards,
{owner}
{business}')

) AS d (kind, subject, body)
WHERE d.kind NOT IN (SELECT kind FROM template);
