package vn.tiepdan.visit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VisitStatus", description = "RECORDED (no handling direction yet), HANDLED (direction decided), REFUSED (reception refused, Luật TCD Art. 9), RESULT_NOTIFIED (the result notice was sent, Luật TCD Art. 28).")
public enum VisitStatus {
    RECORDED, HANDLED, REFUSED, RESULT_NOTIFIED
}
