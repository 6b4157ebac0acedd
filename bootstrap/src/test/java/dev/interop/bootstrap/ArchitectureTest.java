package dev.interop.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * The hexagon's boundaries and the two bounded contexts, checked on the compiled main classes of every module.
 * {@link #every_package_a_rule_names_exists} keeps the other rules honest (a rule about a package that has no classes
 * would pass without checking anything), and {@code ArchitectureFixturesTest} shows each rule failing on a class
 * written to break it.
 */
@AnalyzeClasses(packages = "dev.interop",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.MainClassesOnly.class})
class ArchitectureTest {

    static final String ACQUIRER = "dev.interop.acquirer..";
    static final String KLARNA = "dev.interop.klarna..";
    static final String SHARED = "dev.interop.shared..";
    static final String[] DOMAIN = {"dev.interop.acquirer.domain..", "dev.interop.klarna.domain..",
            "dev.interop.shared.domain..", "dev.interop.shared.token..", "dev.interop.shared.network.."};
    static final String APPLICATION = "dev.interop.*.application..";
    static final String PORT_IN = "..application.port.in..";
    static final String PORT_OUT = "..application.port.out..";
    static final String SERVICE = "..application.service..";
    static final String HTTP = "dev.interop.adapters.http..";
    static final String JDBC = "dev.interop.adapters.jdbc..";
    static final String COMPOSITION = "dev.interop.composition..";
    static final String KLARNA_CLIENT = "dev.interop.adapters.http.klarna..";
    static final String BOOTSTRAP = "dev.interop.bootstrap..";

    @ArchTest
    static final ArchRule the_acquirer_context_never_imports_klarna_s = noClasses().that().resideInAPackage(ACQUIRER)
            .should().dependOnClassesThat().resideInAPackage(KLARNA)
            .because("the contexts meet only through Klarna's published API (the gateway port)");

    @ArchTest
    static final ArchRule the_klarna_context_never_imports_the_acquirer_s = noClasses().that().resideInAPackage(KLARNA)
            .should().dependOnClassesThat().resideInAPackage(ACQUIRER)
            .because("the contexts meet only through Klarna's published API (the notification port)");

    @ArchTest
    static final ArchRule the_shared_kernel_depends_on_neither_context = noClasses().that().resideInAPackage(SHARED)
            .should().dependOnClassesThat().resideInAnyPackage(ACQUIRER, KLARNA);

    @ArchTest
    static final ArchRule domain_depends_only_on_the_jdk_vavr_and_immutables = classes().that()
            .resideInAnyPackage(DOMAIN).should().onlyDependOnClassesThat()
            .resideInAnyPackage(with(DOMAIN, "java..", "io.vavr..", "org.immutables.."));

    @ArchTest
    static final ArchRule domain_never_reads_the_clock_or_makes_randomness = noClasses().that()
            .resideInAnyPackage(DOMAIN)
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.util.UUID.class, "randomUUID")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().callMethod(java.time.Clock.class, "systemUTC")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callConstructor(java.security.SecureRandom.class)
            .orShould().callConstructor(java.util.Random.class)
            .because("R16: time and ids come in from ports");

    @ArchTest
    static final ArchRule domain_packages_have_no_cycles = slices().matching("dev.interop.(*).domain.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule application_packages_have_no_cycles = slices().matching("dev.interop.(*).application.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule application_depends_only_on_domain_and_plain_libraries = classes().that()
            .resideInAPackage(APPLICATION).should().onlyDependOnClassesThat()
            .resideInAnyPackage(with(DOMAIN, APPLICATION, "java..", "javax.crypto..", "io.vavr..",
                    "org.immutables.."));

    @ArchTest
    static final ArchRule in_ports_do_not_depend_on_out_ports = noClasses().that().resideInAPackage(PORT_IN)
            .should().dependOnClassesThat().resideInAPackage(PORT_OUT);

    @ArchTest
    static final ArchRule out_ports_do_not_depend_on_in_ports = noClasses().that().resideInAPackage(PORT_OUT)
            .should().dependOnClassesThat().resideInAPackage(PORT_IN);

    @ArchTest
    static final ArchRule ports_are_interfaces_or_value_records = classes().that()
            .resideInAnyPackage("..application.port..").and().areNotAnonymousClasses()
            .should(beAnInterfaceRecordEnumOrException());

    @ArchTest
    static final ArchRule every_service_implements_a_use_case = classes().that().resideInAPackage(SERVICE)
            .and().haveSimpleNameEndingWith("Service")
            .should(implementAUseCase());

    @ArchTest
    static final ArchRule the_http_adapter_depends_on_no_other_adapter_nor_service_nor_wiring = noClasses().that()
            .resideInAPackage(HTTP).should().dependOnClassesThat()
            .resideInAnyPackage(JDBC, SERVICE, COMPOSITION, BOOTSTRAP);

    @ArchTest
    static final ArchRule the_jdbc_adapter_depends_on_no_other_adapter_nor_service_nor_wiring = noClasses().that()
            .resideInAPackage(JDBC).should().dependOnClassesThat()
            .resideInAnyPackage(HTTP, SERVICE, COMPOSITION, BOOTSTRAP);

    @ArchTest
    static final ArchRule the_klarna_http_client_knows_only_the_acquirer_s_ports = noClasses().that()
            .resideInAPackage(KLARNA_CLIENT).should().dependOnClassesThat()
            .resideInAnyPackage(KLARNA, COMPOSITION, "dev.interop.adapters.http.api..", "io.javalin..")
            .because("an Acquiring Partner embeds the client against Klarna's real API with no sandbox class");

    @ArchTest
    static final ArchRule only_the_wiring_depends_on_the_composition = noClasses().that()
            .resideOutsideOfPackages(COMPOSITION, BOOTSTRAP).should().dependOnClassesThat()
            .resideInAPackage(COMPOSITION);

    @ArchTest
    static final ArchRule nothing_but_bootstrap_depends_on_bootstrap = noClasses().that()
            .resideOutsideOfPackage(BOOTSTRAP).should().dependOnClassesThat().resideInAPackage(BOOTSTRAP);

    @ArchTest
    static void every_package_a_rule_names_exists(JavaClasses classes) {
        List<String> named = new java.util.ArrayList<>(List.of(ACQUIRER, KLARNA, SHARED, HTTP, JDBC, COMPOSITION,
                KLARNA_CLIENT,
                BOOTSTRAP, "dev.interop.acquirer.application.port.in..", "dev.interop.acquirer.application.port.out..",
                "dev.interop.acquirer.application.service..", "dev.interop.klarna.application.port.in..",
                "dev.interop.klarna.application.port.out..", "dev.interop.klarna.application.service..",
                "dev.interop.klarna.domain.session..", "dev.interop.klarna.domain.paymentrequest..",
                "dev.interop.acquirer.domain.checkout..", "dev.interop.acquirer.domain.payment..",
                "dev.interop.acquirer.domain.journey.."));
        named.addAll(List.of(DOMAIN));
        for (String pattern : named) {
            String prefix = pattern.substring(0, pattern.length() - 2);
            boolean present = classes.stream().anyMatch(c -> c.getPackageName().equals(prefix)
                    || c.getPackageName().startsWith(prefix + "."));
            if (!present) {
                throw new AssertionError("a rule names " + pattern + " but no class lives there");
            }
        }
    }

    private static String[] with(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    /** Leaves out the other modules' test-jars (fixtures, contracts), which reach bootstrap's test class path. */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar") && !location.contains("/test-classes/");
        }
    }

    private static ArchCondition<JavaClass> beAnInterfaceRecordEnumOrException() {
        return new ArchCondition<>("be an interface, a record, an enum or an exception") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                boolean ok = item.isInterface() || item.isRecord() || item.isEnum()
                        || item.isAssignableTo(RuntimeException.class)
                        || item.getModifiers().contains(JavaModifier.SYNTHETIC);
                events.add(new SimpleConditionEvent(item, ok, item.getName() + " is a plain class in a port package"));
            }
        };
    }

    private static ArchCondition<JavaClass> implementAUseCase() {
        DescribedPredicate<JavaClass> inPackage = DescribedPredicate.describe("a use case",
                c -> c.getPackageName().endsWith(".application.port.in")
                        || c.getPackageName().equals("dev.interop.shared.application.port"));
        return new ArchCondition<>("implement a use case of its context's port.in") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                boolean ok = item.getAllRawInterfaces().stream().anyMatch(inPackage);
                events.add(new SimpleConditionEvent(item, ok, item.getName() + " implements no use case"));
            }
        };
    }
}
