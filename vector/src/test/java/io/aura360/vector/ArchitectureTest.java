package io.aura360.vector;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The vector module's packages depend on each other one way. The store port ({@code store}) knows neither its
 * adapters ({@code index} for Lucene, {@code qdrant}) nor its users; only the configuration at the module root picks
 * an adapter. Every rule fails when the classes it names are missing, so a rename cannot make it pass vacuously.
 */
@AnalyzeClasses(packages = "io.aura360.vector", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles =
            slices().matching("io.aura360.(*).(*)..").should().beFreeOfCycles().allowEmptyShould(false);

    /** Each package on its own, the module root and subpackages such as {@code ingest.job} included. */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("io.aura360.(**)").should().beFreeOfCycles().allowEmptyShould(false);

    @ArchTest
    static final ArchRule storePortKnowsNoAdapterAndNoUser = noClasses()
            .that()
            .resideInAPackage("io.aura360.vector.store..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.aura360.vector.index..",
                    "io.aura360.vector.qdrant..",
                    "io.aura360.vector.ingest..",
                    "io.aura360.vector.search..",
                    "io.aura360.vector.rerank..",
                    "io.aura360.vector.reembed..",
                    "io.aura360.vector.smoke..",
                    "io.aura360.vector.api..")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule storeUsersNeverNameAnAdapter = noClasses()
            .that()
            .resideInAnyPackage(
                    "io.aura360.vector.store..",
                    "io.aura360.vector.search..",
                    "io.aura360.vector.rerank..",
                    "io.aura360.vector.reembed..",
                    "io.aura360.vector.smoke..",
                    "io.aura360.vector.ingest..",
                    "io.aura360.vector.api..",
                    "io.aura360.vector.telemetry..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.aura360.vector.index..", "io.aura360.vector.qdrant..")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule luceneAdapterKnowsNoOtherAdapter = noClasses()
            .that()
            .resideInAPackage("io.aura360.vector.index..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.aura360.vector.qdrant..")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule qdrantAdapterKnowsNoOtherAdapter = noClasses()
            .that()
            .resideInAPackage("io.aura360.vector.qdrant..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.aura360.vector.index..")
            .allowEmptyShould(false);
}
