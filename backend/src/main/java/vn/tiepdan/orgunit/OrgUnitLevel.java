package vn.tiepdan.orgunit;

/** Tier of local government; DISTRICT exists only before 1/7/2025 (DOMAIN.md §3.3 rule 4). */
public enum OrgUnitLevel {
    PROVINCE, DISTRICT, COMMUNE, EXTERNAL
}
