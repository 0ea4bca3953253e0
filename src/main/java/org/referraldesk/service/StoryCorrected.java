package org.referraldesk.service;

import java.util.List;
import org.referraldesk.domain.StoryField;

/** A correction as stored: the story before and after it, and the fields that changed (none: nothing stored). */
public record StoryCorrected(Story before, Story after, List<StoryField> changed) {

    public StoryCorrected {
        changed = List.copyOf(changed);
    }
}
