package dev.interop.testkit.diagrams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DiagramsTest {

    @Test
    void checked_in_diagrams_are_exactly_what_the_transition_tables_draw() throws IOException {
        Path page = Path.of("..").resolve(Diagrams.PAGE);

        assertThat(page).exists();
        assertThat(Files.readString(page, StandardCharsets.UTF_8))
                .as("docs/diagrams.md is stale: run Diagrams.main with the repository root")
                .isEqualTo(Diagrams.page());
    }

    @Test
    void every_machine_is_drawn_with_its_edges() {
        String page = Diagrams.page();

        assertThat(Diagrams.machines()).hasSize(9);
        assertThat(page).contains("SUBMITTED --> IN_PROGRESS : start")
                .contains("IN_PROGRESS --> SUBMITTED : abort")
                .contains("COMPLETED --> [*]");
    }
}
