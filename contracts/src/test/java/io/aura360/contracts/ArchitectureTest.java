package io.aura360.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The contracts' packages depend on each other one way, and the ports and records in them name no transport: HTTP
 * is an adapter's business (the shared client settings at the root serve those adapters).
 */
@AnalyzeClasses(packages = "io.aura360.contracts", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles =
            slices().matching("io.aura360.(*).(*)..").should().beFreeOfCycles().allowEmptyShould(false);

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("io.aura360.(**)").should().beFreeOfCycles().allowEmptyShould(false);

    @ArchTest
    static final ArchRule portsNameNoTransport = noClasses()
            .that()
            .resideInAnyPackage("io.aura360.contracts.agents..", "io.aura360.contracts.vector..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.net.http..", "jakarta.servlet..", "org.springframework..")
            .allowEmptyShould(false);
}
