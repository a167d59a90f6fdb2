package vn.tiepdan.schedule;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SessionAction", description = "Actions on a session: publish, cancel, postpone, check-in, check-out, delegate.")
public enum SessionAction {
    PUBLISH, CANCEL, POSTPONE, CHECK_IN, CHECK_OUT, DELEGATE
}
