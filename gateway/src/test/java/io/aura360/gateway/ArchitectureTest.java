package io.aura360.gateway;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.aura360.gateway.agents.HttpAdviceAgents;
import io.aura360.gateway.events.InProcessEventPublisher;
import io.aura360.gateway.events.RedisStreamsEventPublisher;
import io.aura360.gateway.profile.CaffeineProfileCache;
import io.aura360.gateway.profile.RedisProfileCache;

/**
 * The gateway's packages depend on each other one way. {@code problem} turns exceptions into RFC 9457 problems for
 * every feature, so it knows none of them (a feature's exception carries its own headers). Each port's adapters are
 * picked by the configuration beside them; no other package names one (package-private adapters such as
 * {@code FcmPushNotifier} are held to that by the compiler).
 */
@AnalyzeClasses(packages = "io.aura360.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles =
            slices().matching("io.aura360.(*).(*)..").should().beFreeOfCycles().allowEmptyShould(false);

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("io.aura360.(**)").should().beFreeOfCycles().allowEmptyShould(false);

    @ArchTest
    static final ArchRule problemsKnowNoFeature = noClasses()
            .that()
            .resideInAPackage("io.aura360.gateway.problem..")
            .should()
            .dependOnClassesThat(resideInAPackage("io.aura360.gateway..")
                    .and(resideOutsideOfPackages("io.aura360.gateway.problem..", "io.aura360.gateway.trace..")))
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule agentsClientIsPickedByConfigurationOnly = usedOnlyInItsPackage(HttpAdviceAgents.class);

    @ArchTest
    static final ArchRule redisEventPublisherIsPickedByConfigurationOnly =
            usedOnlyInItsPackage(RedisStreamsEventPublisher.class);

    @ArchTest
    static final ArchRule inProcessEventPublisherIsPickedByConfigurationOnly =
            usedOnlyInItsPackage(InProcessEventPublisher.class);

    @ArchTest
    static final ArchRule redisProfileCacheIsPickedByConfigurationOnly = usedOnlyInItsPackage(RedisProfileCache.class);

    @ArchTest
    static final ArchRule caffeineProfileCacheIsPickedByConfigurationOnly =
            usedOnlyInItsPackage(CaffeineProfileCache.class);

    private static ArchRule usedOnlyInItsPackage(Class<?> adapter) {
        return noClasses()
                .that()
                .resideOutsideOfPackage(adapter.getPackageName())
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(adapter)
                .allowEmptyShould(false);
    }
}
