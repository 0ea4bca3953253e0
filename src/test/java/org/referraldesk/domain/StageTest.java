package org.referraldesk.domain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StageTest {
    private static final Labels LABELS = Labels.in(java.util.Locale.ENGLISH);


    private static final List<Stage> OPEN = Arrays.stream(Stage.values()).filter(s -> !s.isEnd()).toList();
    private static final List<Stage> ENDS = List.of(Stage.WON, Stage.NOT_A_FIT, Stage.LOST);

    @Test
    void theStoryRunsThroughThreeActs() {
        assertEquals(Act.BEGINNING, Stage.RECEIVED.act());
        assertEquals(Act.BEGINNING, Stage.CONTACTED.act());
        assertEquals(Act.MIDDLE, Stage.MEETING_BOOKED.act());
        assertEquals(Act.MIDDLE, Stage.MET.act());
        assertEquals(Act.MIDDLE, Stage.PROPOSAL_SENT.act());
        assertEquals(Act.END, Stage.WON.act());
        assertEquals(Act.END, Stage.NOT_A_FIT.act());
        assertEquals(Act.END, Stage.LOST.act());
    }

    @Test
    void onlyWonNotAFitAndLostEndTheStory() {
        assertEquals(ENDS, Arrays.stream(Stage.values()).filter(Stage::isEnd).toList());
    }

    @Test
    void anOpenStoryMayMoveToAnyLaterOpenStage() {
        List<Executable> moves = new ArrayList<>();
        for (int i = 0; i < OPEN.size(); i++) {
            for (int j = i + 1; j < OPEN.size(); j++) {
                Stage from = OPEN.get(i);
                Stage to = OPEN.get(j);
                moves.add(() -> assertDoesNotThrow(() -> from.checkMoveTo(to), from + " -> " + to));
            }
        }
        assertEquals(10, moves.size());
        assertAll(moves);
    }

    @Test
    void anOpenStoryMayEndFromAnyOpenStage() {
        List<Executable> moves = new ArrayList<>();
        for (Stage from : OPEN) {
            for (Stage end : ENDS) {
                moves.add(() -> assertDoesNotThrow(() -> from.checkMoveTo(end), from + " -> " + end));
            }
        }
        assertAll(moves);
    }

    @Test
    void aStoryNeverGoesBack() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> Stage.PROPOSAL_SENT.checkMoveTo(Stage.MEETING_BOOKED));
        assertEquals("A story moves forward only: proposal sent cannot go back to meeting booked.", e.getMessage());
        assertEquals("stage", e.field());
    }

    @Test
    void everyBackwardMoveBetweenOpenStagesIsRefusedNamingBothStages() {
        List<Executable> moves = new ArrayList<>();
        for (int i = 0; i < OPEN.size(); i++) {
            for (int j = 0; j < i; j++) {
                Stage from = OPEN.get(i);
                Stage to = OPEN.get(j);
                moves.add(() -> {
                    InvalidInput e = assertThrows(InvalidInput.class, () -> from.checkMoveTo(to));
                    assertTrue(e.getMessage().contains(LABELS.of(from)), e.getMessage());
                    assertTrue(e.getMessage().contains(LABELS.of(to)), e.getMessage());
                });
            }
        }
        assertAll(moves);
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"WON", "NOT_A_FIT", "LOST"})
    void anEndedStoryCannotMoveAnywhere(Stage end) {
        assertAll(Arrays.stream(Stage.values()).map(target -> () -> {
            InvalidInput e = assertThrows(InvalidInput.class, () -> end.checkMoveTo(target), end + " -> " + target);
            assertTrue(e.getMessage().contains("has ended"), e.getMessage());
            assertTrue(e.getMessage().contains(LABELS.of(end)), e.getMessage());
            assertTrue(e.getMessage().contains(LABELS.of(target)), e.getMessage());
        }));
    }

    @Test
    void aWonStoryCannotBeReopenedAndTheMessageSaysWhy() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> Stage.WON.checkMoveTo(Stage.MET));
        assertEquals("This story has ended (won); it cannot move to met.", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"RECEIVED", "CONTACTED", "MEETING_BOOKED", "MET", "PROPOSAL_SENT"})
    void aStoryIsNeverMovedToWhereItAlreadyIs(Stage stage) {
        InvalidInput e = assertThrows(InvalidInput.class, () -> stage.checkMoveTo(stage));
        assertEquals("The story is already at " + LABELS.of(stage) + ".", e.getMessage());
    }

    @Test
    void aMoveNeedsATargetStage() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> Stage.RECEIVED.checkMoveTo(null));
        assertEquals("Choose the stage to move the story to.", e.getMessage());
    }

    @Test
    void stageLabelsReadAsPlainWords() {
        assertEquals("received", LABELS.of(Stage.RECEIVED));
        assertEquals("meeting booked", LABELS.of(Stage.MEETING_BOOKED));
        assertEquals("proposal sent", LABELS.of(Stage.PROPOSAL_SENT));
        assertEquals("not a fit", LABELS.of(Stage.NOT_A_FIT));
    }
}
