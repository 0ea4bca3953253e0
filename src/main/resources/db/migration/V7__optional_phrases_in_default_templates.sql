-- Messages that are always fit to send (ADR 0009). The defaults greet people by their first name
-- ({referrer_first}, {client_first}), and every field a story or the owner may leave blank (need,
-- onward contact, reason, what the business does, the owner's and the business's names) sits in an
-- optional phrase, [[ ... ]], that vanishes when its placeholder has no value. Only a template still
-- exactly as Referral Desk wrote it (the text of V2, V5 or V6) is replaced; one the owner edited is
-- left as it is.

UPDATE template SET subject = 'Thank you for the introduction, {referrer_first}',
body = 'Hi {referrer_first}, hi {client_first},

{referrer_first}, thank you for connecting us. I''ll carry on with {client_first} one-to-one from here, so your inbox stays quiet.

{client_first}, it''s good to meet you.[[ {referrer_first} tells me you''re looking for help with this:
{need}]]

When would suit you for a short phone call? Send me a day, a time and the best number to reach you, and I''ll ring you then.

Best wishes,[[
{owner}]][[
{business}]]'
WHERE kind = 'EMAIL_INTRODUCTION_REPLY' AND subject = 'Thank you for the introduction, {referrer}' AND body = 'Hi {referrer}, hi {client},

{referrer}, thank you for connecting us. I''ll carry on with {client} one-to-one from here, so your inbox stays quiet.

{client}, it''s good to meet you. {referrer} tells me you''re looking for help with this:
{need}

When would suit you for a short phone call? Send me a day, a time and the best number to reach you, and I''ll ring you then.

Best wishes,
{owner}
{business}';

UPDATE template SET subject = 'Thank you for thinking of us',
body = 'Hi {referrer_first},

Thank you for sending {client} our way. Passing on a name is a real vote of trust, and we''ll take good care of them.

I''ll keep you posted on how it goes.

Warm regards,[[
{owner}]][[
{business}]]'
WHERE kind = 'THANK_REFERRER' AND subject = 'Thank you for thinking of us' AND body = 'Hi {referrer},

Thank you for sending {client} our way. Passing on a name is a real vote of trust, and we''ll take good care of them.

I''ll keep you posted on how it goes.

Warm regards,
{owner}
{business}';

UPDATE template SET subject = 'Thank-you card',
body = 'Dear {referrer_first},

A quick note by hand to say thank you for sending {client} to us. It means a lot that you trust us with the people you know.

With warm thanks,[[
{owner}]]'
WHERE kind = 'HANDWRITTEN_CARD' AND subject = 'Thank-you card' AND body = 'Dear {referrer},

A quick note by hand to say thank you for sending {client} to us. It means a lot that you trust us with the people you know.

With warm thanks,
{owner}';

UPDATE template SET subject = 'News about {client}',
body = 'Hi {referrer_first},

A quick update, as you brought us together. Where things stand with {client}: {stage}.

Thanks again for the introduction. I''ll be in touch when there''s more to tell.

Best wishes,[[
{owner}]][[
{business}]]'
WHERE kind = 'MILESTONE_UPDATE' AND subject = 'News about {client}' AND body = 'Hi {referrer},

A quick update, as you brought us together. Where things stand with {client}: {stage}.

Thanks again for the introduction. I''ll be in touch when there''s more to tell.

Best wishes,
{owner}
{business}';

UPDATE template SET subject = 'About {client}, and thank you',
body = 'Hi {referrer_first},

Thank you again for introducing {client}. Once we''d talked it through, we agreed it isn''t work we should take on.[[
What they need: {need}]][[
Why not: {reason}]]

We''d rather say so early than do it half well.[[ So that {client} is still in good hands, I''ve put them in touch with {onward}, who does exactly this kind of job.]]

[[For next time: what we do best is {what_we_do}. ]]Anyone you know who needs us is very welcome to call.

With thanks,[[
{owner}]][[
{business}]]'
WHERE kind = 'NOT_A_FIT_EXPLANATION' AND subject = 'About {client}, and thank you' AND body = 'Hi {referrer},

Thank you again for introducing {client}. Once we''d talked through what they need ({need}), we agreed it isn''t work {business} should take on: {reason}

We''d rather say so early than do it half well. So that {client} is still in good hands, I''ve put them in touch with {onward}, who does exactly this kind of job.

For next time: what we do best is {what_we_do}. Anyone you know who needs that is very welcome to call us.

With thanks,
{owner}';

UPDATE template SET subject = 'Thinking of you, {referrer_first}',
body = 'Hi {referrer_first},

Nothing to ask today. I was thinking of the people you have sent our way[[, most recently {client},]] and wanted to thank you again.

How have things been with you? If there''s anything I can do in return, just say the word.

All the best,[[
{owner}]]'
WHERE kind = 'HERO_CHECK_IN' AND subject = 'Thinking of you, {referrer}' AND body = 'Hi {referrer},

Nothing to ask today. I was thinking back to when you introduced {client} to us, and wanted to thank you again for that.

How have things been with you? If there''s anything I can do in return, just say the word.

All the best,
{owner}';

UPDATE template SET subject = 'Thank you, {referrer}!',
body = 'A big thank-you to {referrer} for recommending us to someone they know. Word of mouth from people like {referrer_first} is how a small business like ours grows, and we''re grateful for every single introduction.'
WHERE kind = 'PUBLIC_THANKS' AND subject = 'Thank you, {referrer}!' AND body = 'A big thank-you to {referrer} for recommending {business} to someone they know. Word of mouth from people like {referrer} is how a small business like ours grows, and we''re grateful for every single introduction.';

UPDATE template SET subject = 'An invitation for you, {referrer_first}',
body = 'Hi {referrer_first},

Once a year we say a proper thank-you to the people who sent work our way, and this year you are one of them. We''d love you to be our guest at a small evening with good food and good company.

I''ll send the date and place soon. For now, would you let me know whether you''d like to come?

Warm regards,[[
{owner}]][[
{business}]]'
WHERE kind = 'VIP_INVITE' AND subject = 'An invitation for you, {referrer}' AND body = 'Hi {referrer},

Once a year we say a proper thank-you to the people who sent work our way, and this year you are one of them. We''d love you to be our guest at a small evening with good food and good company.

I''ll send the date and place soon. For now, would you let me know whether you''d like to come?

Warm regards,
{owner}
{business}';
