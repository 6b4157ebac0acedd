package dev.interop.adapters.jdbc;

import dev.interop.klarna.application.port.out.CompletionTokenVault;
import dev.interop.klarna.domain.paymentrequest.PaymentRequestId;
import dev.interop.shared.token.InteroperabilityToken;
import io.vavr.control.Option;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The completion tokens in {@code klarna_completion_tokens}, sealed with AES-256-GCM (a random 96-bit nonce per
 * token, the Payment Request id as associated data, so a sealed token cannot be moved to another request): the
 * database never holds a token in plain text. Instances sharing a database need the same key.
 */
public final class JdbiCompletionTokenVault implements CompletionTokenVault {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbiTransactions transactions;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    /** @param key 32 bytes of AES key */
    public JdbiCompletionTokenVault(JdbiTransactions transactions, byte[] key) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(key, "key");
        if (key.length != 32) {
            throw new IllegalArgumentException("the sealing key has 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    @Override
    public void keep(PaymentRequestId request, InteroperabilityToken token, Instant validUntil) {
        String sealed = seal(request, token);
        transactions.write(handle -> {
            handle.createUpdate("DELETE FROM klarna_completion_tokens WHERE payment_request_id = :id")
                    .bind("id", request.value()).execute();
            return handle.createUpdate("INSERT INTO klarna_completion_tokens (payment_request_id, sealed_token,"
                            + " valid_until) VALUES (:id, :sealed, :until)")
                    .bind("id", request.value()).bind("sealed", sealed).bind("until", validUntil).execute();
        });
    }

    @Override
    public Option<InteroperabilityToken> find(PaymentRequestId request, Instant now) {
        return transactions.read(handle -> Option.ofOptional(handle.createQuery(
                        "SELECT sealed_token FROM klarna_completion_tokens WHERE payment_request_id = :id"
                                + " AND valid_until > :now")
                .bind("id", request.value()).bind("now", now).mapTo(String.class).findOne()))
                .map(sealed -> open(request, sealed));
    }

    private String seal(PaymentRequestId request, InteroperabilityToken token) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(request.value().getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(token.reveal().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    private InteroperabilityToken open(PaymentRequestId request, String sealed) {
        try {
            byte[] all = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(request.value().getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
            return InteroperabilityToken.of(new String(plain, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new CorruptDocumentException("the completion token of " + request + " cannot be opened (another"
                    + " sealing key?)", e);
        }
    }
}
