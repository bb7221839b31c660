package io.aura360.agents;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The agents' packages depend on each other one way. The model port ({@code AdviceModel} and the records it
 * exchanges) names no provider; only {@code model}'s LangChain4j adapter and the configuration at the module root
 * know LangChain4j, and only that configuration picks the remote and conversation-memory adapters.
 */
@AnalyzeClasses(packages = "io.aura360.agents", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String MODEL = "io.aura360.agents.model";

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles =
            slices().matching("io.aura360.(*).(*)..").should().beFreeOfCycles().allowEmptyShould(false);

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("io.aura360.(**)").should().beFreeOfCycles().allowEmptyShould(false);

    @ArchTest
    static final ArchRule modelPortNamesNoProvider = noClasses()
            .that()
            .haveFullyQualifiedName(MODEL + ".AdviceModel")
            .or()
            .haveFullyQualifiedName(MODEL + ".ModelRequest")
            .or()
            .haveFullyQualifiedName(MODEL + ".ModelAnswer")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.langchain4j..")
            .orShould()
            .dependOnClassesThat(simpleNameStartingWith("LangChain").or(simpleName("ChatModels")))
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule onlyTheModelAdapterUsesLangChain4j = noClasses()
            .that()
            .resideOutsideOfPackages("io.aura360.agents", MODEL + "..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.langchain4j..")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule modelUsersNeverNameAProvider = noClasses()
            .that()
            .resideOutsideOfPackages("io.aura360.agents", MODEL + "..")
            .should()
            .dependOnClassesThat(simpleNameStartingWith("LangChain").or(simpleName("ChatModels")))
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule remoteAdaptersArePickedByConfigurationOnly = noClasses()
            .that()
            .resideOutsideOfPackages("io.aura360.agents", "io.aura360.agents.remote..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.aura360.agents.remote..")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule conversationMemoryAdaptersArePickedByConfigurationOnly = noClasses()
            .that()
            .resideOutsideOfPackages("io.aura360.agents", "io.aura360.agents.conversation..")
            .should()
            .dependOnClassesThat(simpleName("RedisConversationMemory").or(simpleName("InMemoryConversationMemory")))
            .allowEmptyShould(false);
}
