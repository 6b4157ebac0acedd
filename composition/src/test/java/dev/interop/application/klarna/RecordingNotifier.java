package dev.interop.application.klarna;

import dev.interop.klarna.application.port.out.PaymentRequestNotifier;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/** A notifier that keeps what it was told, and can be made to fail as a broken Acquiring Partner handler would. */
final class RecordingNotifier implements PaymentRequestNotifier {

    final List<PaymentRequestStateChanged> received = new CopyOnWriteArrayList<>();
    final AtomicBoolean failing = new AtomicBoolean();

    @Override
    public void stateChanged(PaymentRequestStateChanged notification) {
        if (failing.get()) {
            throw new IllegalStateException("the acquiring partner's handler failed");
        }
        received.add(notification);
    }
}
