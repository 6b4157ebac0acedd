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

-- One row per notification and webhook. body is the exact JSON signed and sent on every attempt (the session token
-- redacted once the row is final). status PENDING has next_attempt_at; a worker's claim holds until claimed_until;
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
