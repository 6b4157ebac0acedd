-- Klarna's context (the sandbox): its own tables (prefix klarna_), migrated by its own Flyway history
-- (flyway_klarna_history), so that in the split deployment its database holds nothing of the Acquiring Partner's.
-- Runs unchanged on H2 2.x in PostgreSQL mode and on PostgreSQL 15+. Consolidated from the shared migrations V1-V6.

-- COMPLETED holds the response to replay. A repeated key with another request fingerprint is a conflict.
CREATE TABLE klarna_idempotency_keys (
    scope               VARCHAR(200)             NOT NULL,
    idempotency_key     VARCHAR(255)             NOT NULL,
    request_fingerprint VARCHAR(128)             NOT NULL,
    status              VARCHAR(16)              NOT NULL,
    response_status     INTEGER,
    response_body       TEXT,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_klarna_idempotency_keys PRIMARY KEY (scope, idempotency_key),
    CONSTRAINT ck_klarna_idempotency_keys_status CHECK (status IN ('IN_FLIGHT', 'COMPLETED')),
    CONSTRAINT ck_klarna_idempotency_keys_completed_has_response
        CHECK (status = 'IN_FLIGHT' OR response_status IS NOT NULL),
    CONSTRAINT ck_klarna_idempotency_keys_expiry CHECK (expires_at > created_at)
);

CREATE INDEX ix_klarna_idempotency_keys_expires_at ON klarna_idempotency_keys (expires_at);

-- The append-only event log of every aggregate: one row per domain event, numbered from the aggregate's
-- event count. The primary key makes a second writer of the same sequence number fail.
CREATE TABLE klarna_events (
    aggregate_type VARCHAR(64)              NOT NULL,
    aggregate_id   VARCHAR(200)             NOT NULL,
    sequence       BIGINT                   NOT NULL,
    event_type     VARCHAR(100)             NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    payload        TEXT                     NOT NULL,
    CONSTRAINT pk_klarna_events PRIMARY KEY (aggregate_id, sequence)
);

-- Sign in with Klarna's customer tokens, by hash. The document holds the identity (e-mail, names, scopes).
CREATE TABLE klarna_customer_tokens (
    token_hash               CHAR(64)                 NOT NULL,
    partner_id               VARCHAR(64)              NOT NULL,
    customer_token_reference VARCHAR(255)             NOT NULL,
    issued_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    document                 TEXT                     NOT NULL,
    CONSTRAINT pk_klarna_customer_tokens PRIMARY KEY (token_hash)
);

-- Klarna-side customer sessions. lifecycle is ACTIVE, CONSUMED or EXPIRED; kind is the machine's SessionKind.
CREATE TABLE klarna_customer_sessions (
    id         VARCHAR(255)             NOT NULL,
    partner_id VARCHAR(64)              NOT NULL,
    kind       VARCHAR(32)              NOT NULL,
    lifecycle  VARCHAR(16)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT                   NOT NULL,
    document   TEXT                     NOT NULL,
    CONSTRAINT pk_klarna_customer_sessions PRIMARY KEY (id),
    CONSTRAINT ck_klarna_customer_sessions_version CHECK (version >= 1),
    CONSTRAINT ck_klarna_customer_sessions_lifecycle CHECK (lifecycle IN ('ACTIVE', 'CONSUMED', 'EXPIRED'))
);

CREATE INDEX ix_klarna_customer_sessions_due ON klarna_customer_sessions (lifecycle, expires_at);

-- Every token a customer session issued, current or earlier (R3); a hash belongs to exactly one session.
CREATE TABLE klarna_customer_session_tokens (
    token_hash CHAR(64)     NOT NULL,
    session_id VARCHAR(255) NOT NULL,
    CONSTRAINT pk_klarna_customer_session_tokens PRIMARY KEY (token_hash),
    CONSTRAINT fk_klarna_customer_session_tokens_session FOREIGN KEY (session_id) REFERENCES klarna_customer_sessions (id)
);

CREATE INDEX ix_klarna_customer_session_tokens_session ON klarna_customer_session_tokens (session_id);

-- Klarna's Payment Requests. state is the PaymentRequestStateKind.
CREATE TABLE klarna_payment_requests (
    id                  VARCHAR(255)             NOT NULL,
    partner_id          VARCHAR(64)              NOT NULL,
    customer_session_id VARCHAR(255),
    intent              VARCHAR(16)              NOT NULL,
    state               VARCHAR(16)              NOT NULL,
    amount_minor        BIGINT                   NOT NULL,
    currency            CHAR(3)                  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL,
    document            TEXT                     NOT NULL,
    CONSTRAINT pk_klarna_payment_requests PRIMARY KEY (id),
    CONSTRAINT ck_klarna_payment_requests_version CHECK (version >= 1),
    CONSTRAINT ck_klarna_payment_requests_amount CHECK (amount_minor > 0)
);

CREATE INDEX ix_klarna_payment_requests_due ON klarna_payment_requests (state, expires_at);

-- Klarna-side payment transactions: at most one per customer session (R5), any number without one.
CREATE TABLE klarna_payment_transactions (
    id                  VARCHAR(255)             NOT NULL,
    partner_id          VARCHAR(64)              NOT NULL,
    customer_session_id VARCHAR(255),
    amount_minor        BIGINT                   NOT NULL,
    currency            CHAR(3)                  NOT NULL,
    reference           VARCHAR(255),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_klarna_payment_transactions PRIMARY KEY (id),
    CONSTRAINT uq_klarna_payment_transactions_session UNIQUE (customer_session_id),
    CONSTRAINT ck_klarna_payment_transactions_amount CHECK (amount_minor > 0)
);

-- An in-flight claim blocks duplicates only until its lease ends (its owner may have died).
ALTER TABLE klarna_idempotency_keys ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;

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

ALTER TABLE klarna_customer_tokens ALTER COLUMN partner_id SET DATA TYPE VARCHAR(255);

ALTER TABLE klarna_customer_sessions ALTER COLUMN partner_id SET DATA TYPE VARCHAR(255);

ALTER TABLE klarna_payment_requests ALTER COLUMN partner_id SET DATA TYPE VARCHAR(255);

ALTER TABLE klarna_payment_transactions ALTER COLUMN partner_id SET DATA TYPE VARCHAR(255);

-- Klarna's notifications to the Acquiring Partner (R19): the webhooks it registered, the keys Klarna signs with, and
-- the transactional outbox written in the same transaction as the Payment Request change each notification reports.
-- Dialect-neutral: runs unchanged on H2 2.x (PostgreSQL mode) and PostgreSQL 15+.

-- Registered webhooks. event_types is a JSON array of event-type patterns; version is the optimistic lock (R14).
CREATE TABLE klarna_webhooks (
    id            VARCHAR(255)             NOT NULL,
    url           VARCHAR(2048)            NOT NULL,
    event_types   TEXT                     NOT NULL,
    event_version VARCHAR(16)              NOT NULL,
    status        VARCHAR(16)              NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL,
    CONSTRAINT pk_klarna_webhooks PRIMARY KEY (id),
    CONSTRAINT ck_klarna_webhooks_status CHECK (status IN ('ENABLED', 'DISABLED')),
    CONSTRAINT ck_klarna_webhooks_version CHECK (version >= 1)
);

-- Every signing key a webhook had. The current one has no retired_at (at most one per webhook, kept by the
-- adapter). The secret is kept in plain text on purpose: the sandbox is a test double of Klarna and must go on
-- signing with it; the database file is protected as a whole.
CREATE TABLE klarna_webhook_signing_keys (
    id         VARCHAR(255)             NOT NULL,
    webhook_id VARCHAR(255)             NOT NULL,
    secret     VARCHAR(255)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_klarna_webhook_signing_keys PRIMARY KEY (id),
    CONSTRAINT fk_klarna_webhook_signing_keys_webhook FOREIGN KEY (webhook_id) REFERENCES klarna_webhooks (id)
);

CREATE INDEX ix_klarna_webhook_signing_keys_webhook ON klarna_webhook_signing_keys (webhook_id);

-- finished_at is when it became DELIVERED or FAILED. version is the optimistic lock every claim and record checks.
CREATE TABLE klarna_notification_outbox (
    event_id        VARCHAR(255)             NOT NULL,
    webhook_id      VARCHAR(255)             NOT NULL,
    event_type      VARCHAR(128)             NOT NULL,
    body            TEXT                     NOT NULL,
    status          VARCHAR(16)              NOT NULL,
    attempts        INTEGER                  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    claimed_until   TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(500),
    finished_at     TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL,
    CONSTRAINT pk_klarna_notification_outbox PRIMARY KEY (event_id),
    CONSTRAINT ck_klarna_notification_outbox_status CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    CONSTRAINT ck_klarna_notification_outbox_pending CHECK (status <> 'PENDING' OR next_attempt_at IS NOT NULL),
    CONSTRAINT ck_klarna_notification_outbox_final CHECK (status = 'PENDING' OR finished_at IS NOT NULL),
    CONSTRAINT ck_klarna_notification_outbox_attempts CHECK (attempts >= 0),
    CONSTRAINT ck_klarna_notification_outbox_version CHECK (version >= 1)
);

CREATE INDEX ix_klarna_notification_outbox_due ON klarna_notification_outbox (status, next_attempt_at);

CREATE INDEX ix_klarna_notification_outbox_webhook ON klarna_notification_outbox (webhook_id, created_at);
