package vn.tiepdan.visit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RefusalGround", description = "Ground of a refusal (Luật TCD Art. 9; TT 04/2021 Art. 4): R1_INCAPACITATED (not in control of their behaviour), R2_MISCONDUCT (disruptive conduct), R3_VEXATIOUS_REPEAT (a matter already settled, with the head's written notice), R4_OTHER (other cases of the law).")
public enum RefusalGround {
    R1_INCAPACITATED, R2_MISCONDUCT, R3_VEXATIOUS_REPEAT, R4_OTHER
}
