package org.referraldesk.service;

import java.nio.file.Path;

/**
 * The backup of what a desk holds, taken before a restore replaces it; returns where it is. The
 * desk's services take it as {@code Backups.takeNow(BEFORE_RESTORE)}, in the backups folder.
 */
@FunctionalInterface
public interface SafetyCopy {
    Path take();
}
