package org.referraldesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every dialog's buttons get an Alt+letter of their own from their labels, in any language. */
class MnemonicLettersTest {

    @Test
    void eachLabelTakesTheFirstFreeLetterThatStartsAWord() {
        assertEquals(List.of("_Save", "_Discard", "_Cancel"), MnemonicLetters.marked(List.of("Save", "Discard", "Cancel")));
        assertEquals(List.of("_Close as lost", "C_ancel"), MnemonicLetters.marked(List.of("Close as lost", "Cancel")));
        assertEquals(List.of("_Save", "Save _and add another"),
                MnemonicLetters.marked(List.of("Save", "Save and add another")));
    }

    @Test
    void aLabelWithALetterOfItsOwnKeepsItAndOthersAvoidIt() {
        assertEquals(List.of("_Save", "S_top"), MnemonicLetters.marked(List.of("_Save", "Stop")));
    }

    @Test
    void anyScriptGetsItsLetterAndALabelWithNoFreeLetterNone() {
        assertEquals(List.of("_Speichern", "_Abbrechen"), MnemonicLetters.marked(List.of("Speichern", "Abbrechen")));
        assertEquals(List.of("_Ok", "O_k", "Ok"), MnemonicLetters.marked(List.of("Ok", "Ok", "Ok")));
        assertEquals(List.of("_\u00c9crire", "\u00e9_diter"), MnemonicLetters.marked(List.of("\u00c9crire", "\u00e9diter")),
                "\u00c9 and \u00e9 are one key");
        assertEquals(Arrays.asList(null, "", "_Go"), MnemonicLetters.marked(Arrays.asList(null, "", "Go")));
    }
}
