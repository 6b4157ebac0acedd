package dev.interop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.interop.acquirer.application.port.in.archfixture.PortInUsingPortOutAndPlainClass;
import dev.interop.acquirer.application.service.archfixture.LonelyService;
import dev.interop.acquirer.archfixture.AcquirerReachingIntoKlarna;
import dev.interop.acquirer.domain.archfixture.DomainReadingTheClockAndTheApplication;
import dev.interop.adapters.http.archfixture.HttpCallingAServiceAndJdbc;
import dev.interop.adapters.http.klarna.archfixture.ClientReachingIntoTheSandbox;
import dev.interop.adapters.jdbc.archfixture.JdbcOnTheWiring;
import dev.interop.klarna.application.archfixture.ApplicationOnTheWiringAndJdbi;
import dev.interop.klarna.archfixture.KlarnaReachingIntoAcquirer;
import dev.interop.shared.archfixture.SharedKernelReachingIntoAContext;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule fails on a class written to break it (test sources only, so the real check never sees them),
 * and holds on a class that keeps it: no rule passes because it checks nothing.
 */
class ArchitectureFixturesTest {

    private static EvaluationResult evaluate(ArchRule rule, Class<?>... classes) {
        JavaClasses imported = new ClassFileImporter().importClasses(classes);
        return rule.evaluate(imported);
    }

    private static void assertBroken(ArchRule rule, Class<?> fixture) {
        EvaluationResult result = evaluate(rule, fixture);
        assertThat(result.hasViolation()).as("%s should break: %s", fixture.getSimpleName(), rule.getDescription())
                .isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains(fixture.getName()));
    }

    @Test
    void the_acquirer_importing_klarna_breaks_the_context_rule() {
        assertBroken(ArchitectureTest.the_acquirer_context_never_imports_klarna_s, AcquirerReachingIntoKlarna.class);
        assertThat(evaluate(ArchitectureTest.the_acquirer_context_never_imports_klarna_s,
                AcquirerReachingIntoKlarna.class, KlarnaReachingIntoAcquirer.class).getFailureReport().getDetails())
                .noneMatch(line -> line.contains(KlarnaReachingIntoAcquirer.class.getName()));
    }

    @Test
    void klarna_importing_the_acquirer_breaks_the_context_rule() {
        assertBroken(ArchitectureTest.the_klarna_context_never_imports_the_acquirer_s,
                KlarnaReachingIntoAcquirer.class);
        assertThat(evaluate(ArchitectureTest.the_klarna_context_never_imports_the_acquirer_s,
                AcquirerReachingIntoKlarna.class, KlarnaReachingIntoAcquirer.class).getFailureReport().getDetails())
                .noneMatch(line -> line.contains(AcquirerReachingIntoKlarna.class.getName()));
    }

    @Test
    void the_shared_kernel_knowing_a_context_breaks_its_rule() {
        assertBroken(ArchitectureTest.the_shared_kernel_depends_on_neither_context,
                SharedKernelReachingIntoAContext.class);
    }

    @Test
    void a_domain_class_on_the_application_or_the_clock_breaks_the_domain_rules() {
        assertBroken(ArchitectureTest.domain_depends_only_on_the_jdk_vavr_and_immutables,
                DomainReadingTheClockAndTheApplication.class);
        assertBroken(ArchitectureTest.domain_never_reads_the_clock_or_makes_randomness,
                DomainReadingTheClockAndTheApplication.class);
    }

    @Test
    void an_application_class_on_the_wiring_or_a_framework_breaks_the_application_rules() {
        assertBroken(ArchitectureTest.application_depends_only_on_domain_and_plain_libraries,
                ApplicationOnTheWiringAndJdbi.class);
        assertBroken(ArchitectureTest.only_the_wiring_depends_on_the_composition,
                ApplicationOnTheWiringAndJdbi.class);
    }

    @Test
    void an_in_port_on_an_out_port_or_a_plain_class_in_a_port_breaks_the_port_rules() {
        assertBroken(ArchitectureTest.in_ports_do_not_depend_on_out_ports, PortInUsingPortOutAndPlainClass.class);
        assertBroken(ArchitectureTest.ports_are_interfaces_or_value_records, PortInUsingPortOutAndPlainClass.class);
    }

    @Test
    void the_klarna_client_reading_sandbox_types_breaks_the_client_rule() {
        assertBroken(ArchitectureTest.the_klarna_http_client_knows_only_the_acquirer_s_ports,
                ClientReachingIntoTheSandbox.class);
    }

    @Test
    void a_service_without_a_use_case_breaks_the_service_rule() {
        assertBroken(ArchitectureTest.every_service_implements_a_use_case, LonelyService.class);
    }

    @Test
    void adapters_reaching_services_each_other_or_the_wiring_break_the_adapter_rules() {
        assertBroken(ArchitectureTest.the_http_adapter_depends_on_no_other_adapter_nor_service_nor_wiring,
                HttpCallingAServiceAndJdbc.class);
        assertBroken(ArchitectureTest.the_jdbc_adapter_depends_on_no_other_adapter_nor_service_nor_wiring,
                JdbcOnTheWiring.class);
        assertBroken(ArchitectureTest.nothing_but_bootstrap_depends_on_bootstrap, JdbcOnTheWiring.class);
    }
}
