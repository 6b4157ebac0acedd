-- The reconciler's question: payments not settled yet (AUTHORIZING, ERRORED, REQUIRES_CUSTOMER_ACTION), oldest first.
CREATE INDEX ix_payments_state_created_at ON payments (state, created_at);
