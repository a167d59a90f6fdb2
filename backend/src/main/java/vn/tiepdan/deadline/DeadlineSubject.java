package vn.tiepdan.deadline;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kind of matter a deadline rule applies to. */
@Schema(description = "VISIT (tiếp công dân), PETITION (xử lý đơn), COMPLAINT (khiếu nại), DENUNCIATION (tố cáo).")
public enum DeadlineSubject {
    VISIT, PETITION, COMPLAINT, DENUNCIATION
}
