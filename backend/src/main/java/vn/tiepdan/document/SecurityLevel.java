package vn.tiepdan.document;

/** Độ mật of a document: THUONG (ordinary) or MAT (confidential, sealed at rest, audited need-to-know access). */
public enum SecurityLevel {
    THUONG, MAT
}
