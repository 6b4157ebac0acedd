-- The fresh token of each completed Payment Request, AES-GCM sealed (never plain), until its 60 minutes end: Klarna
-- hands it out again on a read of the request, so a lost completion notification can still be finalized.
CREATE TABLE klarna_completion_tokens (
    payment_request_id VARCHAR(255)             NOT NULL,
    sealed_token       TEXT                     NOT NULL,
    valid_until        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_klarna_completion_tokens PRIMARY KEY (payment_request_id)
);
