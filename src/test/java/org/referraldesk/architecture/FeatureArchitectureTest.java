package org.referraldesk.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The window's features (each package under ui: today, story, partners, ...) know one another only
 * through ui.common (the Navigator and the shared kit). One exemption, the shell: ui.main builds the
 * main window and turns each Navigator intent into a feature's view, so it may use every feature.
 * Below ui, the layer rules of {@link LayerArchitectureTest} apply.
 */
@AnalyzeClasses(packages = "org.referraldesk", importOptions = ImportOption.DoNotIncludeTests.class)
class FeatureArchitectureTest {
    static final String FEATURES = "org.referraldesk.ui.(*)..";
    static final String COMMON = "org.referraldesk.ui.common..";
    static final String SHELL = "org.referraldesk.ui.main..";

    @ArchTest
    static final ArchRule noCircleBetweenFeatures = slices().matching(FEATURES).namingSlices("ui.$1")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule aFeatureUsesOnlyCommonAndTheShell = slices().matching(FEATURES).namingSlices("ui.$1")
            .should().notDependOnEachOther()
            .ignoreDependency(resideInAPackage(SHELL), alwaysTrue())
            .ignoreDependency(alwaysTrue(), resideInAnyPackage(COMMON, SHELL))
            .because("a feature asks the Navigator (ui.common) to open another feature's screen or dialog;"
                    + " only the shell, ui.main, knows every feature");
}
