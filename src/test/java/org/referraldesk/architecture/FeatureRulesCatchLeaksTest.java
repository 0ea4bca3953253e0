package org.referraldesk.architecture;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.referraldesk.ui.common.Navigator;
import org.referraldesk.ui.leakreferrals.LeakyReferralList;
import org.referraldesk.ui.leakstory.LeakyStoryScreen;
import org.referraldesk.ui.main.MainNavigator;
import org.referraldesk.ui.story.StoryController;

/** The feature rules are not vacuous: two features that open each other's screens break both. */
class FeatureRulesCatchLeaksTest {
    private final JavaClasses leaky = new ClassFileImporter().importClasses(LeakyStoryScreen.class,
            LeakyReferralList.class);

    @Test
    void twoFeaturesOpeningEachOtherFailTheCircleRule() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> FeatureArchitectureTest.noCircleBetweenFeatures.check(leaky));
        assertTrue(failure.getMessage().contains("ui.leakstory"), failure.getMessage());
        assertTrue(failure.getMessage().contains("ui.leakreferrals"), failure.getMessage());
    }

    @Test
    void aFeatureUsingAnotherFeatureFailsTheFeatureRule() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> FeatureArchitectureTest.aFeatureUsesOnlyCommonAndTheShell.check(leaky));
        assertTrue(failure.getMessage().contains("LeakyStoryScreen"), failure.getMessage());
        assertTrue(failure.getMessage().contains("LeakyReferralList"), failure.getMessage());
    }

    @Test
    void theShellMayOpenAFeatureAndAFeatureMayUseTheNavigator() {
        JavaClasses shellAndStory = new ClassFileImporter().importClasses(MainNavigator.class,
                StoryController.class, Navigator.class);
        assertDoesNotThrow(() -> FeatureArchitectureTest.aFeatureUsesOnlyCommonAndTheShell.check(shellAndStory));
        assertDoesNotThrow(() -> FeatureArchitectureTest.noCircleBetweenFeatures.check(shellAndStory));
    }
}
