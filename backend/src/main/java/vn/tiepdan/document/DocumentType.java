package vn.tiepdan.document;

/** Kinds of case documents (case_document.doc_type). REDACTED_COPY is produced by the system only. */
public enum DocumentType {
    ORIGINAL_PETITION, DECISION, NOTICE, MINUTES, TRANSFER_SLIP, GUIDANCE, EVIDENCE, REPLY, CONCLUSION,
    REDACTED_COPY, OTHER
}
