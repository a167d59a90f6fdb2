package vn.tiepdan.visit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VisitPartyKind", description = "Who came: PERSON (one citizen), ORGANISATION (an agency or organisation through its representative), GROUP (several people with the same content, DOMAIN.md §6.1.4).")
public enum PartyKind {
    PERSON, ORGANISATION, GROUP
}
