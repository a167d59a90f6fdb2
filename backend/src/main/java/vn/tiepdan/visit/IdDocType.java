package vn.tiepdan.visit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IdDocType", description = "Identity document: CCCD (citizen identity card, 12 digits), CMND (old identity card, 9 digits), HO_CHIEU (passport), OTHER.")
public enum IdDocType {
    CCCD, CMND, HO_CHIEU, OTHER
}
