package io.aura360.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Services meet only through {@code contracts}; contracts depend on no service and on no framework; {@code platform}
 * (what every service process shares at run time) depends on no service.
 */
@AnalyzeClasses(packages = "io.aura360", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule gatewayReachesOtherServicesOnlyThroughContracts = noClasses()
            .that()
            .resideInAPackage("io.aura360.gateway..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.aura360.agents..", "io.aura360.vector..", "io.aura360.app..");

    @ArchTest
    static final ArchRule agentsReachOtherServicesOnlyThroughContracts = noClasses()
            .that()
            .resideInAPackage("io.aura360.agents..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.aura360.gateway..", "io.aura360.vector..", "io.aura360.app..");

    @ArchTest
    static final ArchRule vectorReachesOtherServicesOnlyThroughContracts = noClasses()
            .that()
            .resideInAPackage("io.aura360.vector..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.aura360.gateway..", "io.aura360.agents..", "io.aura360.app..");

    @ArchTest
    static final ArchRule contractsDependOnNoServiceAndNoFramework = noClasses()
            .that()
            .resideInAPackage("io.aura360.contracts..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.aura360.gateway..",
                    "io.aura360.agents..",
                    "io.aura360.vector..",
                    "io.aura360.app..",
                    "org.springframework..",
                    "tools.jackson.databind..");

    @ArchTest
    static final ArchRule platformDependsOnNoService = noClasses()
            .that()
            .resideInAPackage("io.aura360.platform..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.aura360.gateway..", "io.aura360.agents..", "io.aura360.vector..", "io.aura360.app..")
            .allowEmptyShould(false);
}
