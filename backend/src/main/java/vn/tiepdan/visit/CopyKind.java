package vn.tiepdan.visit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DocumentCopyKind", description = "Kind of a received document: ORIGINAL, CERTIFIED_COPY (bản sao chứng thực), COPY.")
public enum CopyKind {
    ORIGINAL, CERTIFIED_COPY, COPY
}
