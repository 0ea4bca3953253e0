package org.referraldesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of DESIGN.md: domain ← store, io ← service ← ui, cli; app wires them. No exemptions. */
@AnalyzeClasses(packages = "org.referraldesk", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerArchitectureTest {

    @ArchTest
    static final ArchRule layersOnlyLookDown = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("domain").definedBy("org.referraldesk.domain..")
            .layer("store").definedBy("org.referraldesk.store..")
            .layer("io").definedBy("org.referraldesk.io..")
            .layer("service").definedBy("org.referraldesk.service..")
            .layer("ui").definedBy("org.referraldesk.ui..")
            .layer("cli").definedBy("org.referraldesk.cli..")
            .layer("app").definedBy("org.referraldesk.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("service").mayOnlyBeAccessedByLayers("ui", "cli", "app")
            .whereLayer("store").mayOnlyBeAccessedByLayers("service", "app")
            .whereLayer("io").mayOnlyBeAccessedByLayers("service", "app")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("store", "io", "service", "ui", "cli", "app");

    @ArchTest
    static final ArchRule onlyTheStoreSpeaksSql = noClasses()
            .that().resideOutsideOfPackage("org.referraldesk.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.jdbi..",
                    "org.h2..", "org.flywaydb..");

    @ArchTest
    static final ArchRule theDomainIsPlainJava = noClasses()
            .that().resideInAPackage("org.referraldesk.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.jdbi..", "org.slf4j..");

    /** ICU's plural rules reach the domain through its one formatter, Wording (ADR 0008), and no further. */
    @ArchTest
    static final ArchRule theDomainWritesTextOnlyThroughWording = noClasses()
            .that().resideInAPackage("org.referraldesk.domain..")
            .and().doNotHaveFullyQualifiedName("org.referraldesk.domain.Wording")
            .should().dependOnClassesThat().resideInAnyPackage("com.ibm.icu..");

    /** A shown text with arguments is an ICU pattern written by Wording, never String.format (ADR 0008). */
    @ArchTest
    static final ArchRule shownTextsAreWrittenByWording = noClasses()
            .that().resideInAnyPackage("org.referraldesk.ui..", "org.referraldesk.io..")
            .should().callMethod(String.class, "format", String.class, Object[].class)
            .orShould().callMethod(String.class, "format", java.util.Locale.class, String.class, Object[].class)
            .orShould().callMethod(String.class, "formatted", Object[].class)
            .orShould().callMethod(java.text.MessageFormat.class, "format", String.class, Object[].class);

    @ArchTest
    static final ArchRule servicesKnowNoWindow = noClasses()
            .that().resideInAnyPackage("org.referraldesk.service..", "org.referraldesk.store..",
                    "org.referraldesk.io..", "org.referraldesk.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");
}
