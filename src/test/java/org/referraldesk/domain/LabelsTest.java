package org.referraldesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every value the owner reads has one label, in one bundle (domain/labels.properties). */
class LabelsTest {
    private final Labels labels = Labels.in(Locale.UK);

    @Test
    void everyValueOfEveryLabelledEnumHasALabel() {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : List.of(FollowUpKind.class, Act.class, Stage.class, Channel.class,
                TouchKind.class, VipStatus.class, TrashItem.Kind.class, HeroMeasure.class, Paper.class,
                FoundPerson.Role.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                try {
                    assertFalse(labels.of(value).isBlank(), Labels.key(value));
                } catch (java.util.MissingResourceException e) {
                    missing.add(Labels.key(value));
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void aFollowUpKindReadsAsWhatToDo() {
        assertEquals("Send a gift", labels.of(FollowUpKind.GIFT));
        assertEquals("Answer the client", labels.of(FollowUpKind.RESPOND_TO_CLIENT));
    }

    @Test
    void aStageIsShownWithItsAct() {
        assertEquals("Middle \u00b7 meeting booked", labels.actAndStage(Stage.MEETING_BOOKED));
        assertEquals("trashItemKind.FOLLOW_UP", Labels.key(TrashItem.Kind.FOLLOW_UP));
        assertEquals("foundPersonRole.ONWARD", Labels.key(FoundPerson.Role.ONWARD));
    }
}
