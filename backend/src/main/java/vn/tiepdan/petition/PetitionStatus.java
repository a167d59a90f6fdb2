package vn.tiepdan.petition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PetitionStatus", description = "RECEIVED (numbered), CLASSIFIED, DECIDED (a handling decision was taken), FILED (lưu đơn, kept until destroyAfter), DESTROYED (the head approved destruction; the row stays for reports).")
public enum PetitionStatus {
    RECEIVED, CLASSIFIED, DECIDED, FILED, DESTROYED
}
