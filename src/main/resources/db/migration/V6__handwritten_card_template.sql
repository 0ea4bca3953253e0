-- The handwritten card gets its own words: short enough for a card, warmer than the email.
-- Before this, the card list borrowed the thank-you email. An owner can edit it in Settings > Templates.
INSERT INTO template (kind, subject, body)
SELECT 'HANDWRITTEN_CARD', 'Thank-you card',
'Dear {referrer},

A quick note by hand to say thank you for sending {client} to us. It means a lot that you trust us with the people you know.

With warm thanks,
{owner}'
WHERE NOT EXISTS (SELECT 1 FROM template WHERE kind = 'HANDWRITTEN_CARD');
