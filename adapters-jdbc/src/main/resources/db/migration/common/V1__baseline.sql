-- Baseline: the two generic tables every repository builds on. Runs unchanged on H2 2.x in PostgreSQL mode and on
-- PostgreSQL 15+: only BIGINT, INTEGER, VARCHAR, TEXT and TIMESTAMP WITH TIME ZONE, named constraints, no
-- dialect-specific syntax. Timestamps are stored in UTC with microsecond precision (see UtcInstantPlugin).

-- One row per idempotency key a partner sent for one operation scope. IN_FLIGHT while the first request runs;
-- COMPLETED holds the response to replay. A repeated key with another request fingerprint is a conflict.
CREATE TABLE idempotency_keys (
    scope               VARCHAR(200)             NOT NULL,
    idempotency_key     VARCHAR(255)             NOT NULL,
    request_fingerprint VARCHAR(128)             NOT NULL,
    status              VARCHAR(16)              NOT NULL,
    response_status     INTEGER,
    response_body       TEXT,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_idempotency_keys PRIMARY KEY (scope, idempotency_key),
    CONSTRAINT ck_idempotency_keys_status CHECK (status IN ('IN_FLIGHT', 'COMPLETED')),
    CONSTRAINT ck_idempotency_keys_completed_has_response
        CHECK (status = 'IN_FLIGHT' OR response_status IS NOT NULL),
    CONSTRAINT ck_idempotency_keys_expiry CHECK (expires_at > created_at)
);

CREATE INDEX ix_idempotency_keys_expires_at ON idempotency_keys (expires_at);

-- The append-only event log of every aggregate: one row per domain event, numbered from the aggregate's
-- event count. The primary key makes a second writer of the same sequence number fail.
CREATE TABLE events (
    aggregate_type VARCHAR(64)              NOT NULL,
    aggregate_id   VARCHAR(200)             NOT NULL,
    sequence       BIGINT                   NOT NULL,
    event_type     VARCHAR(100)             NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    payload        TEXT                     NOT NULL,
    CONSTRAINT pk_events PRIMARY KEY (aggregate_id, sequence)
);
