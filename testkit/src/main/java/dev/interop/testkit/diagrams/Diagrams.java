package dev.interop.testkit.diagrams;

import dev.interop.acquirer.domain.checkout.CheckoutSession;
import dev.interop.acquirer.domain.journey.JourneyKind;
import dev.interop.acquirer.domain.journey.Journeys;
import dev.interop.acquirer.domain.payment.Payment;
import dev.interop.klarna.domain.paymentrequest.PaymentRequest;
import dev.interop.klarna.domain.session.CustomerSession;
import dev.interop.shared.domain.TransitionTable;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Draws every state machine of the domain as a Mermaid diagram from its transition table, into one Markdown page
 * ({@code docs/diagrams.md}). Run {@link #main} to regenerate; {@code DiagramsTest} fails when the checked-in page
 * differs from what the tables draw, so the pictures cannot drift from the code.
 */
public final class Diagrams {

    /** Where the page lives, relative to the repository root. */
    public static final String PAGE = "docs/diagrams.md";

    private Diagrams() {
    }

    /** Every machine, with a title: the Klarna side, the AP side, then the four journeys (and STANDARD). */
    public static List<Tuple2<String, TransitionTable<?, ?>>> machines() {
        List<Tuple2<String, TransitionTable<?, ?>>> aggregates = List.of(
                Tuple.of("Customer session (Klarna side)", CustomerSession.TABLE),
                Tuple.of("Payment Request (Klarna side)", PaymentRequest.TABLE),
                Tuple.of("Checkout session (Acquiring Partner side)", CheckoutSession.TABLE),
                Tuple.of("Payment (Acquiring Partner side)", Payment.TABLE));
        List<Tuple2<String, TransitionTable<?, ?>>> journeys = List.of(JourneyKind.values())
                .map(kind -> Tuple.of("Journey: " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        Journeys.table(kind)));
        return aggregates.appendAll(journeys);
    }

    /** The whole page, deterministic. */
    public static String page() {
        StringBuilder out = new StringBuilder();
        out.append("# State machines\n\n");
        out.append("Generated from the domain's transition tables by `dev.interop.testkit.diagrams.Diagrams`; ")
                .append("do not edit by hand (`DiagramsTest` fails when this page and the tables differ).\n");
        out.append("Regenerate: `scripts/draw-diagrams`.\n");
        for (Tuple2<String, TransitionTable<?, ?>> machine : machines()) {
            out.append("\n## ").append(machine._1).append("\n\n```mermaid\n").append(machine._2.toMermaid())
                    .append("```\n");
        }
        return out.toString();
    }

    /** Writes the page under the repository root given as the first argument (default: the working directory). */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path page = root.resolve(PAGE);
        Files.createDirectories(page.getParent());
        Files.writeString(page, page(), StandardCharsets.UTF_8);
    }
}
