package io.pcrfd.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module's dependency rules: the store knows the JDK, Lettuce (with its Netty and
 * Reactor), Jackson and SLF4J, nothing of Diameter or policy; the contract and the records
 * know no implementation; the in-memory store knows nothing of Redis.
 */
@AnalyzeClasses(packages = "io.pcrfd.store", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRulesTest {

    @ArchTest
    static final ArchRule onlyAllowedLibraries = classes().that().resideInAPackage("io.pcrfd.store..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.pcrfd.store..",
                    "io.lettuce..", "com.fasterxml.jackson..", "org.slf4j..");

    @ArchTest
    static final ArchRule contractKnowsNoImplementation = noClasses()
            .that().resideInAnyPackage("io.pcrfd.store", "io.pcrfd.store.model")
            .should().dependOnClassesThat().resideInAnyPackage("io.pcrfd.store.memory..",
                    "io.pcrfd.store.redis..", "io.pcrfd.store.json..", "io.lettuce..",
                    "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule inMemoryKnowsNoRedis = noClasses().that().resideInAPackage("io.pcrfd.store.memory..")
            .should().dependOnClassesThat().resideInAnyPackage("io.pcrfd.store.redis..", "io.lettuce..");
}
