package io.aura360.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The launcher's packages depend on each other one way: the command line ({@code cli}) starts the applications at
 * the root and in {@code service}, which never call back into it; the embedded database serves them all.
 */
@AnalyzeClasses(packages = "io.aura360.app", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles =
            slices().matching("io.aura360.(*).(*)..").should().beFreeOfCycles().allowEmptyShould(false);

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("io.aura360.(**)").should().beFreeOfCycles().allowEmptyShould(false);

    @ArchTest
    static final ArchRule applicationsNeverReachTheCommandLine = noClasses()
            .that()
            .resideOutsideOfPackage("io.aura360.app.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.aura360.app.cli..")
            .allowEmptyShould(false);
}
