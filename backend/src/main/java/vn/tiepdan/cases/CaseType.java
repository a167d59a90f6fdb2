package vn.tiepdan.cases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Type of a case (DOMAIN.md Appendix B): complaint, denunciation, petition/feedback. */
@Schema(description = "KHIEU_NAI (khiếu nại), TO_CAO (tố cáo), KIEN_NGHI_PHAN_ANH (kiến nghị, phản ánh).")
public enum CaseType {
    KHIEU_NAI("KN"), TO_CAO("TC"), KIEN_NGHI_PHAN_ANH("PA");

    private final String suffix;

    CaseType(String suffix) {
        this.suffix = suffix;
    }

    /** The suffix of the case number ('<seq>/<year>/KN'). */
    public String suffix() {
        return suffix;
    }
}
