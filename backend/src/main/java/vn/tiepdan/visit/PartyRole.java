package vn.tiepdan.visit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VisitPartyRole", description = "Role of a person in a visit: VISITOR (the citizen of a PERSON visit), ORGANISATION (the organisation itself), REPRESENTATIVE (of a group or an organisation), MEMBER (of a group).")
public enum PartyRole {
    VISITOR, REPRESENTATIVE, MEMBER, ORGANISATION
}
