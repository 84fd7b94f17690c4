-- The survey has its own single-purpose token: only its hash is kept, and it expires with the invitation.
-- Each delivery of the invitation issues a fresh one (the link is filled in when the message is sent).
ALTER TABLE survey_invitation ADD COLUMN token_hash VARCHAR(64);
