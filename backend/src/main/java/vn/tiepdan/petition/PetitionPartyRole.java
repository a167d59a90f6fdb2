package vn.tiepdan.petition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PetitionPartyRole", description = "PETITIONER the person who wrote or signed, REPRESENTATIVE of a group or organisation, ORGANISATION the organisation itself.")
public enum PetitionPartyRole {
    PETITIONER, REPRESENTATIVE, ORGANISATION
}
