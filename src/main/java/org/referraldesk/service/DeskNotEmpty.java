package org.referraldesk.service;

import org.referraldesk.domain.InvalidInput;

/** A restore would replace contacts or stories the desk already holds, and the caller did not say to. */
public final class DeskNotEmpty extends InvalidInput {
    public DeskNotEmpty() {
        super("file", "restore.deskNotEmpty");
    }
}
