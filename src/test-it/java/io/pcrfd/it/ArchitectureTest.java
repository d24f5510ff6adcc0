package io.pcrfd.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasModifiers.Predicates.modifier;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dependencies point inward (README): diameter-codec &lt;- session-store &lt;- pcrf-core &lt;-
 * bpcf-agent. The codec knows nothing of policy, Redis or YAML; the store knows no Diameter;
 * pcrf-core never names bpcf-agent (roles are found through ServiceLoader); the OCS role
 * (io.pcrfd.ocs, in pcrf-core) is a package of its own that nothing else names and that reaches
 * the PCRF's packages only through their public API; and no production class touches jDiameter,
 * which is AGPL and lives in this module's test scope only.
 */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.pcrfd");
        // Guard against a vacuous pass: the modules' classes must really be on the class path.
        assertThat(production.stream().map(c -> c.getPackageName()))
                .anyMatch(p -> p.startsWith("io.pcrfd.diameter"));
    }

    @Test
    void codecKnowsNothingOfPolicyStoreRedisOrYaml() {
        check(noClasses().that().resideInAPackage("io.pcrfd.diameter..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.pcrfd.store..", "io.pcrfd.pcrf..", "io.pcrfd.bpcf..",
                        "io.lettuce..", "com.fasterxml.jackson..", "org.yaml..", "picocli.."));
    }

    @Test
    void storeKnowsNoDiameterAndNoPolicy() {
        check(noClasses().that().resideInAPackage("io.pcrfd.store..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.pcrfd.diameter..", "io.pcrfd.pcrf..", "io.pcrfd.bpcf..", "io.netty.handler.codec..", "picocli.."));
    }

    @Test
    void pcrfCoreNeverNamesTheBpcfAgent() {
        check(noClasses().that().resideInAPackage("io.pcrfd.pcrf..")
                .should().dependOnClassesThat().resideInAPackage("io.pcrfd.bpcf.."));
    }

    @Test
    void nothingOutsideTheOcsNamesIt() {
        check(noClasses().that().resideOutsideOfPackage("io.pcrfd.ocs..")
                .should().dependOnClassesThat().resideInAPackage("io.pcrfd.ocs.."));
    }

    @Test
    void theOcsUsesOnlyThePublicApiOfThePcrfAndTheBpcfNotAtAll() {
        check(noClasses().that().resideInAPackage("io.pcrfd.ocs..")
                .should().dependOnClassesThat(resideInAPackage("io.pcrfd.pcrf..").and(not(modifier(JavaModifier.PUBLIC)))));
        check(noClasses().that().resideInAPackage("io.pcrfd.ocs..")
                .should().dependOnClassesThat().resideInAnyPackage("io.pcrfd.bpcf..", "io.pcrfd.pcrf.gx..",
                        "io.pcrfd.pcrf.establishment..", "io.pcrfd.pcrf.policy.."));
    }

    @Test
    void noProductionClassTouchesJDiameter() {
        check(noClasses().should().dependOnClassesThat().resideInAnyPackage("org.jdiameter..", "org.mobicents.."));
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(true).check(production);
    }
}
