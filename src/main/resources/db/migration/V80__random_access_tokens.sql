-- Inquiry access tokens are random: nothing stored derives them. The nonce of the former HMAC tokens is
-- cleared (old tokens stay valid through their hash) and no longer written; an intake under an
-- Idempotency-Key keeps its token sealed under the server secret so that the retry answers with it.
ALTER TABLE inquiry ALTER COLUMN access_token_nonce SET DEFAULT '';
UPDATE inquiry SET access_token_nonce = '';
ALTER TABLE inquiry ADD COLUMN access_token_sealed VARCHAR(200);
