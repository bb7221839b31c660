package io.aura360.bench;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The benchmarks' packages depend on each other one way. */
@AnalyzeClasses(packages = "io.aura360.bench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles =
            slices().matching("io.aura360.(*).(*)..").should().beFreeOfCycles().allowEmptyShould(false);

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("io.aura360.(**)").should().beFreeOfCycles().allowEmptyShould(false);
}
