-- When the current activation key was issued by a renewal (resend); NULL: at registration
-- (`users.date_joined`). A registration expires ACCOUNT_ACTIVATION_DAYS after its current key
-- was issued, so a resend gives an expired registration a fresh window.
ALTER TABLE registration_profiles ADD COLUMN key_renewed_at BIGINT;
