package vn.tiepdan.schedule;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReceptionKind", description = "REGULAR: regular reception by designated staff (thường xuyên); PERIODIC: the head's periodic reception (định kỳ); URGENT: the head's urgent reception (đột xuất). Luật TCD Art. 2(1).")
public enum ReceptionKind {
    REGULAR, PERIODIC, URGENT
}
