package vn.tiepdan.orgunit;

/** How a unit passed its competence on (DOMAIN.md §3.3 rule 1). */
public enum SuccessionKind {
    MERGE, SPLIT, RENAME, ABOLISH_TRANSFER
}
