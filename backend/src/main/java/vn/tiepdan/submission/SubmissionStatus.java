package vn.tiepdan.submission;

/** Where a unit's periodic report stands (DOMAIN.md §7.3 item 1: a draft with live figures, then a frozen snapshot). */
public enum SubmissionStatus {
    DRAFT, SUBMITTED, ACCEPTED, RETURNED
}
