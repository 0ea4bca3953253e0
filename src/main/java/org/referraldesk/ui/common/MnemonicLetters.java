package org.referraldesk.ui.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives each label of one dialog's buttons (or one menu's items) its own Alt+letter (ADR 0020): the
 * first letter of a word not yet taken, else any letter not yet taken, marked with "_" so JavaFX
 * underlines it. Derived from the label itself, so every language gets mnemonics without bundle
 * edits. A label that already has a mnemonic keeps it, and one with no free letter gets none.
 */
public final class MnemonicLetters {
    private MnemonicLetters() {
    }

    /** The labels in the same order, each with its letter marked where one was free. */
    public static List<String> marked(List<String> labels) {
        Set<Integer> taken = new HashSet<>();
        labels.stream().filter(label -> label != null && label.contains("_"))
                .forEach(label -> taken.add(letterAfterMark(label)));
        List<String> marked = new ArrayList<>();
        for (String label : labels) {
            if (label == null || label.isBlank() || label.contains("_")) {
                marked.add(label);
                continue;
            }
            int at = free(label, taken, true);
            if (at < 0) {
                at = free(label, taken, false);
            }
            if (at < 0) {
                marked.add(label);
            } else {
                taken.add(key(label.codePointAt(at)));
                marked.add(label.substring(0, at) + "_" + label.substring(at));
            }
        }
        return marked;
    }

    /** Where the first free letter is: only at a word's start when {@code wordStart}. */
    private static int free(String label, Set<Integer> taken, boolean wordStart) {
        for (int i = 0; i < label.length(); i = label.offsetByCodePoints(i, 1)) {
            int c = label.codePointAt(i);
            boolean starts = i == 0 || !Character.isLetterOrDigit(label.codePointBefore(i));
            if (Character.isLetterOrDigit(c) && (starts || !wordStart) && !taken.contains(key(c))) {
                return i;
            }
        }
        return -1;
    }

    private static int letterAfterMark(String label) {
        int at = label.indexOf('_');
        return at + 1 < label.length() ? key(label.codePointAt(at + 1)) : -1;
    }

    private static int key(int codePoint) {
        return Character.toLowerCase(codePoint);
    }
}
