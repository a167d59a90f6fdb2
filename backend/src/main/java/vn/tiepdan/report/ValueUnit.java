package vn.tiepdan.report;

/** What a form cell counts (DOMAIN.md §7.2: money in million VND, land in m²). */
public enum ValueUnit {
    COUNT, MILLION_VND, SQUARE_METRE
}
