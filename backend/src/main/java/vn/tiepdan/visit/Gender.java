package vn.tiepdan.visit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Gender", description = "Gender as declared.")
public enum Gender {
    MALE, FEMALE, OTHER
}
