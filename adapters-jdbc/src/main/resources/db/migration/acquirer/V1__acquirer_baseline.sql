-- The Acquiring Partner's context: its own tables (prefix ap_), migrated by its own Flyway history
-- (flyway_acquirer_history), so that in the split deployment its database holds nothing of Klarna's. Runs unchanged on
-- H2 2.x in PostgreSQL mode and on PostgreSQL 15+. Consolidated from the shared migrations V1-V6 of 0.1.

-- COMPLETED holds the response to replay. A repeated key with another request fingerprint is a conflict.
CREATE TABLE ap_idempotency_keys (
    scope               VARCHAR(200)             NOT NULL,
    idempotency_key     VARCHAR(255)             NOT NULL,
    request_fingerprint VARCHAR(128)             NOT NULL,
    status              VARCHAR(16)              NOT NULL,
    response_status     INTEGER,
    response_body       TEXT,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_ap_idempotency_keys PRIMARY KEY (scope, idempotency_key),
    CONSTRAINT ck_ap_idempotency_keys_status CHECK (status IN ('IN_FLIGHT', 'COMPLETED')),
    CONSTRAINT ck_ap_idempotency_keys_completed_has_response
        CHECK (status = 'IN_FLIGHT' OR response_status IS NOT NULL),
    CONSTRAINT ck_ap_idempotency_keys_expiry CHECK (expires_at > created_at)
);

CREATE INDEX ix_ap_idempotency_keys_expires_at ON ap_idempotency_keys (expires_at);

-- The append-only event log of every aggregate: one row per domain event, numbered from the aggregate's
-- event count. The primary key makes a second writer of the same sequence number fail.
CREATE TABLE ap_events (
    aggregate_type VARCHAR(64)              NOT NULL,
    aggregate_id   VARCHAR(200)             NOT NULL,
    sequence       BIGINT                   NOT NULL,
    event_type     VARCHAR(100)             NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    payload        TEXT                     NOT NULL,
    CONSTRAINT pk_ap_events PRIMARY KEY (aggregate_id, sequence)
);

-- One table per aggregate. Columns hold what queries need (ids, partner, state kind, expiry, version, money as
-- BIGINT minor units plus CHAR(3) currency); the column "document" holds the aggregate's full state as JSON written
-- by the adapter's explicit mappers, and is the only source the aggregate is rebuilt from. Secrets are stored only
-- as SHA-256 hex hashes (CHAR(64)); sealed tokens inside documents are already encrypted. Dialect-neutral: runs
-- unchanged on H2 2.x (PostgreSQL mode) and PostgreSQL 15+. H2 has no partial indexes, so "due" queries use
-- composite indexes that start with the state column.

-- The Acquiring Partner's ap_partners. Every credential is unique.
CREATE TABLE ap_partners (
    id                VARCHAR(64)              NOT NULL,
    name              VARCHAR(200)             NOT NULL,
    integration_type  VARCHAR(32)              NOT NULL,
    dynamic_shipping  BOOLEAN                  NOT NULL,
    klarna_client_id  VARCHAR(128)             NOT NULL,
    klarna_account_id VARCHAR(255)             NOT NULL,
    api_key_hash      CHAR(64)                 NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_ap_partners PRIMARY KEY (id),
    CONSTRAINT uq_ap_partners_api_key_hash UNIQUE (api_key_hash),
    CONSTRAINT uq_ap_partners_klarna_client_id UNIQUE (klarna_client_id),
    CONSTRAINT uq_ap_partners_klarna_account_id UNIQUE (klarna_account_id)
);

-- The Acquiring Partner's checkout sessions. state is the CheckoutSessionKind; token_hash is the sealed token's.
CREATE TABLE ap_checkout_sessions (
    id           VARCHAR(80)              NOT NULL,
    partner_id   VARCHAR(64)              NOT NULL,
    journey      VARCHAR(40)              NOT NULL,
    state        VARCHAR(24)              NOT NULL,
    amount_minor BIGINT                   NOT NULL,
    currency     CHAR(3)                  NOT NULL,
    token_hash   CHAR(64),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT                   NOT NULL,
    document     TEXT                     NOT NULL,
    CONSTRAINT pk_ap_checkout_sessions PRIMARY KEY (id),
    CONSTRAINT ck_ap_checkout_sessions_version CHECK (version >= 1),
    CONSTRAINT ck_ap_checkout_sessions_amount CHECK (amount_minor > 0)
);

CREATE INDEX ix_ap_checkout_sessions_due ON ap_checkout_sessions (state, expires_at);

-- The Acquiring Partner's ap_payments. klarna_payment_request_id is set only while the payment waits for the customer
-- (state REQUIRES_CUSTOMER_ACTION).
CREATE TABLE ap_payments (
    id                        VARCHAR(80)              NOT NULL,
    partner_id                VARCHAR(64)              NOT NULL,
    checkout_session_id       VARCHAR(80),
    journey                   VARCHAR(40)              NOT NULL,
    state                     VARCHAR(32)              NOT NULL,
    amount_minor              BIGINT                   NOT NULL,
    currency                  CHAR(3)                  NOT NULL,
    klarna_payment_request_id VARCHAR(255),
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    version                   BIGINT                   NOT NULL,
    document                  TEXT                     NOT NULL,
    CONSTRAINT pk_ap_payments PRIMARY KEY (id),
    CONSTRAINT ck_ap_payments_version CHECK (version >= 1),
    CONSTRAINT ck_ap_payments_amount CHECK (amount_minor > 0)
);

CREATE INDEX ix_ap_payments_klarna_payment_request ON ap_payments (klarna_payment_request_id);

CREATE INDEX ix_ap_payments_checkout_session ON ap_payments (checkout_session_id);

-- An in-flight claim blocks duplicates only until its lease ends (its owner may have died).
ALTER TABLE ap_idempotency_keys ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;

-- The event ids of Klarna's notifications that acted on the Acquiring Partner's side (R18): written in the same
-- transaction as the change they made, so a duplicate delivery finds its id and acts no more.
CREATE TABLE ap_klarna_notifications (
    event_id    VARCHAR(255)             NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_ap_klarna_notifications PRIMARY KEY (event_id)
);

CREATE INDEX ix_ap_klarna_notifications_received_at ON ap_klarna_notifications (received_at);

-- The reconciler's question: ap_payments not settled yet (AUTHORIZING, ERRORED, REQUIRES_CUSTOMER_ACTION), oldest first.
CREATE INDEX ix_ap_payments_state_created_at ON ap_payments (state, created_at);
