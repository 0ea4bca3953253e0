package org.referraldesk.service;

import java.nio.file.Path;

/**
 * What a restore put back: every row, and how many of them are stories, contacts, follow-ups, touches
 * and gifts; {@code safetyCopy} is the backup of what the desk held before (null when nothing was replaced).
 */
public record Restored(int rows, int stories, int contacts, int followUps, int touches, int gifts, Path safetyCopy) {
}
