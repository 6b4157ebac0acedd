-- The two bounded contexts: Klarna's side keeps its own Partner accounts (made by onboarding, keyed by Klarna's
-- account id) and names the owner of its sessions, tokens, requests and transactions by that account id, no longer
-- by the Acquiring Partner's partner id. Account ids are KRNs of up to 255 characters.
CREATE TABLE klarna_partner_accounts (
    id               VARCHAR(255)             NOT NULL,
    client_id        VARCHAR(128)             NOT NULL,
    reference        VARCHAR(200)             NOT NULL,
    name             VARCHAR(200)             NOT NULL,
    integration_type VARCHAR(32)              NOT NULL,
    dynamic_shipping BOOLEAN                  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_klarna_partner_accounts PRIMARY KEY (id),
    CONSTRAINT uq_klarna_partner_accounts_client_id UNIQUE (client_id),
    CONSTRAINT uq_klarna_partner_accounts_reference UNIQUE (reference)
);

ALTER TABLE customer_tokens ALTER COLUMN partner_id SET DATA TYPE VARCHAR(255);
ALTER TABLE customer_sessions ALTER COLUMN partner_id SET DATA TYPE VARCHAR(255);
ALTER TABLE payment_requests ALTER COLUMN partner_id SET DATA TYPE VARCHAR(255);
ALTER TABLE payment_transactions ALTER COLUMN partner_id SET DATA TYPE VARCHAR(255);
