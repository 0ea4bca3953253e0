package org.referraldesk.service;

/** Hears how far an import is, after each batch of rows (on the importing thread). */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (done, total) -> { };

    void rowsDone(int done, int total);
}
