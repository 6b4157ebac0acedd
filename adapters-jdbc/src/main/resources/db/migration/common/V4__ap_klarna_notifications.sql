-- The event ids of Klarna's notifications that acted on the Acquiring Partner's side (R18): written in the same
-- transaction as the change they made, so a duplicate delivery finds its id and acts no more.
CREATE TABLE ap_klarna_notifications (
    event_id    VARCHAR(255)             NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_ap_klarna_notifications PRIMARY KEY (event_id)
);

CREATE INDEX ix_ap_klarna_notifications_received_at ON ap_klarna_notifications (received_at);
