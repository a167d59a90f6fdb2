package vn.tiepdan.visit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatementConfirmation", description = "How a citizen without a written petition confirmed the recorded statement (Luật KN Art. 8(3), Luật TC Art. 23): SIGNED or FINGERPRINTED.")
public enum StatementConfirmation {
    SIGNED, FINGERPRINTED
}
