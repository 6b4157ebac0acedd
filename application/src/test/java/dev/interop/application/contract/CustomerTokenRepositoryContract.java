package dev.interop.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interop.shared.application.port.ConcurrentUpdateException;
import dev.interop.klarna.application.port.out.CustomerTokenGrant;
import dev.interop.klarna.application.port.out.CustomerTokenRepository;
import dev.interop.shared.network.PartnerAccountId;
import dev.interop.klarna.domain.session.CustomerIdentity;
import dev.interop.klarna.domain.session.CustomerTokenScope;
import dev.interop.shared.token.TokenHash;
import io.vavr.collection.HashSet;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** The contract of {@link CustomerTokenRepository}: grants found by the token's hash, one grant per hash. */
public abstract class CustomerTokenRepositoryContract extends StorageContract {

    private CustomerTokenRepository tokens() {
        return storage.customerTokens();
    }

    @Test
    void finds_a_grant_by_the_hash_of_its_token() {
        CustomerTokenGrant named = Fixtures.grant(Fixtures.unique(), true);
        CustomerTokenGrant anonymous = Fixtures.grant(Fixtures.unique(), false);
        tokens().insert(named);
        tokens().insert(anonymous);

        assertThat(tokens().findByHash(named.identity().customerTokenHash()).toJavaOptional()).contains(named);
        assertThat(tokens().findByHash(anonymous.identity().customerTokenHash()).toJavaOptional())
                .contains(anonymous);
    }

    @Test
    void keeps_every_scope() {
        CustomerTokenGrant grant = new CustomerTokenGrant(PartnerAccountId.of("krn:partner:global:account:test:partner-9"), new CustomerIdentity(
                "all.scopes@example.com", Option.none(), Option.of("Ng"), "ctr-all", TokenHash.of("all scopes"),
                HashSet.of(CustomerTokenScope.values())), Fixtures.T0);
        tokens().insert(grant);

        assertThat(tokens().findByHash(TokenHash.of("all scopes")).get().identity().scopes())
                .containsExactlyInAnyOrder(CustomerTokenScope.values());
    }

    @Test
    void finds_nothing_for_an_unknown_hash() {
        tokens().insert(Fixtures.grant(Fixtures.unique(), true));

        assertThat(tokens().findByHash(TokenHash.of("unknown")).isEmpty()).isTrue();
    }

    @Test
    void rejects_a_second_grant_for_the_same_token() {
        String n = Fixtures.unique();
        CustomerTokenGrant first = Fixtures.grant(n, true);
        tokens().insert(first);

        assertThatThrownBy(() -> tokens().insert(Fixtures.grant(n, false)))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(tokens().findByHash(first.identity().customerTokenHash()).toJavaOptional()).contains(first);
    }
}
