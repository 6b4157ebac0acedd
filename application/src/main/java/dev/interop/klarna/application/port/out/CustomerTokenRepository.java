package dev.interop.klarna.application.port.out;

import dev.interop.shared.token.TokenHash;
import io.vavr.control.Option;

/** Sign in with Klarna's customer tokens, stored by hash only (R2). */
public interface CustomerTokenRepository {

    void insert(CustomerTokenGrant grant);

    Option<CustomerTokenGrant> findByHash(TokenHash hash);
}
