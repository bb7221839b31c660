package io.aura360.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** What every service process shares at run time depends on no service, and its packages on each other one way. */
@AnalyzeClasses(packages = "io.aura360.platform", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("io.aura360.(**)").should().beFreeOfCycles().allowEmptyShould(false);

    @ArchTest
    static final ArchRule platformDependsOnNoService = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.aura360.gateway..", "io.aura360.agents..", "io.aura360.vector..", "io.aura360.app..")
            .allowEmptyShould(false);
}
