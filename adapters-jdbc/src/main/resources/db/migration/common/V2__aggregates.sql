-- One table per aggregate. Columns hold what queries need (ids, partner, state kind, expiry, version, money as
-- BIGINT minor units plus CHAR(3) currency); the column "document" holds the aggregate's full state as JSON written
-- by the adapter's explicit mappers, and is the only source the aggregate is rebuilt from. Secrets are stored only
-- as SHA-256 hex hashes (CHAR(64)); sealed tokens inside documents are already encrypted. Dialect-neutral: runs
-- unchanged on H2 2.x (PostgreSQL mode) and PostgreSQL 15+. H2 has no partial indexes, so "due" queries use
-- composite indexes that start with the state column.

-- The Acquiring Partner's partners. Every credential is unique.
CREATE TABLE partners (
    id                VARCHAR(64)              NOT NULL,
    name              VARCHAR(200)             NOT NULL,
    integration_type  VARCHAR(32)              NOT NULL,
    dynamic_shipping  BOOLEAN                  NOT NULL,
    klarna_client_id  VARCHAR(128)             NOT NULL,
    klarna_account_id VARCHAR(255)             NOT NULL,
    api_key_hash      CHAR(64)                 NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_partners PRIMARY KEY (id),
    CONSTRAINT uq_partners_api_key_hash UNIQUE (api_key_hash),
    CONSTRAINT uq_partners_klarna_client_id UNIQUE (klarna_client_id),
    CONSTRAINT uq_partners_klarna_account_id UNIQUE (klarna_account_id)
);

-- Sign in with Klarna's customer tokens, by hash. The document holds the identity (e-mail, names, scopes).
CREATE TABLE customer_tokens (
    token_hash               CHAR(64)                 NOT NULL,
    partner_id               VARCHAR(64)              NOT NULL,
    customer_token_reference VARCHAR(255)             NOT NULL,
    issued_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    document                 TEXT                     NOT NULL,
    CONSTRAINT pk_customer_tokens PRIMARY KEY (token_hash)
);

-- Klarna-side customer sessions. lifecycle is ACTIVE, CONSUMED or EXPIRED; kind is the machine's SessionKind.
CREATE TABLE customer_sessions (
    id         VARCHAR(255)             NOT NULL,
    partner_id VARCHAR(64)              NOT NULL,
    kind       VARCHAR(32)              NOT NULL,
    lifecycle  VARCHAR(16)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT                   NOT NULL,
    document   TEXT                     NOT NULL,
    CONSTRAINT pk_customer_sessions PRIMARY KEY (id),
    CONSTRAINT ck_customer_sessions_version CHECK (version >= 1),
    CONSTRAINT ck_customer_sessions_lifecycle CHECK (lifecycle IN ('ACTIVE', 'CONSUMED', 'EXPIRED'))
);

CREATE INDEX ix_customer_sessions_due ON customer_sessions (lifecycle, expires_at);

-- Every token a customer session issued, current or earlier (R3); a hash belongs to exactly one session.
CREATE TABLE customer_session_tokens (
    token_hash CHAR(64)     NOT NULL,
    session_id VARCHAR(255) NOT NULL,
    CONSTRAINT pk_customer_session_tokens PRIMARY KEY (token_hash),
    CONSTRAINT fk_customer_session_tokens_session FOREIGN KEY (session_id) REFERENCES customer_sessions (id)
);

CREATE INDEX ix_customer_session_tokens_session ON customer_session_tokens (session_id);

-- Klarna's Payment Requests. state is the PaymentRequestStateKind.
CREATE TABLE payment_requests (
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
    CONSTRAINT pk_payment_requests PRIMARY KEY (id),
    CONSTRAINT ck_payment_requests_version CHECK (version >= 1),
    CONSTRAINT ck_payment_requests_amount CHECK (amount_minor > 0)
);

CREATE INDEX ix_payment_requests_due ON payment_requests (state, expires_at);

-- Klarna-side payment transactions: at most one per customer session (R5), any number without one.
CREATE TABLE payment_transactions (
    id                  VARCHAR(255)             NOT NULL,
    partner_id          VARCHAR(64)              NOT NULL,
    customer_session_id VARCHAR(255),
    amount_minor        BIGINT                   NOT NULL,
    currency            CHAR(3)                  NOT NULL,
    reference           VARCHAR(255),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_payment_transactions PRIMARY KEY (id),
    CONSTRAINT uq_payment_transactions_session UNIQUE (customer_session_id),
    CONSTRAINT ck_payment_transactions_amount CHECK (amount_minor > 0)
);

-- The Acquiring Partner's checkout sessions. state is the CheckoutSessionKind; token_hash is the sealed token's.
CREATE TABLE checkout_sessions (
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
    CONSTRAINT pk_checkout_sessions PRIMARY KEY (id),
    CONSTRAINT ck_checkout_sessions_version CHECK (version >= 1),
    CONSTRAINT ck_checkout_sessions_amount CHECK (amount_minor > 0)
);

CREATE INDEX ix_checkout_sessions_due ON checkout_sessions (state, expires_at);

-- The Acquiring Partner's payments. klarna_payment_request_id is set only while the payment waits for the customer
-- (state REQUIRES_CUSTOMER_ACTION).
CREATE TABLE payments (
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
    CONSTRAINT pk_payments PRIMARY KEY (id),
    CONSTRAINT ck_payments_version CHECK (version >= 1),
    CONSTRAINT ck_payments_amount CHECK (amount_minor > 0)
);

CREATE INDEX ix_payments_klarna_payment_request ON payments (klarna_payment_request_id);
CREATE INDEX ix_payments_checkout_session ON payments (checkout_session_id);

-- An in-flight claim blocks duplicates only until its lease ends (its owner may have died).
ALTER TABLE idempotency_keys ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
