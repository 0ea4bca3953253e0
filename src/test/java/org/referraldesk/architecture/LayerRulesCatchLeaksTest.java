package org.referraldesk.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.referraldesk.store.Store;
import org.referraldesk.ui.leak.LeakyReferralView;

/** The layer rules are not vacuous: a ui class that reaches for Jdbi or the store breaks them. */
class LayerRulesCatchLeaksTest {
    private final JavaClasses leaky = new ClassFileImporter().importClasses(LeakyReferralView.class, Store.class);

    @Test
    void aUiClassImportingJdbiFailsTheSqlRule() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> LayerArchitectureTest.onlyTheStoreSpeaksSql.check(leaky));
        assertTrue(failure.getMessage().contains("org.jdbi"), failure.getMessage());
    }

    @Test
    void aUiClassUsingTheStoreFailsTheLayerRule() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> LayerArchitectureTest.layersOnlyLookDown.check(leaky));
        assertTrue(failure.getMessage().contains("LeakyReferralView"), failure.getMessage());
    }
}
