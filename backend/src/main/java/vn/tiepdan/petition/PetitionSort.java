package vn.tiepdan.petition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PetitionSort", description = "List order: receivedOn (newest first, default), petitionNo (newest number first), processDue (earliest processing due date first).")
public enum PetitionSort {
    receivedOn, petitionNo, processDue
}
