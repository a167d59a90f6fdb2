package vn.tiepdan.orgunit;

/** Luật Tiếp công dân 2013, Art. 2(3): trụ sở tiếp công dân, địa điểm tiếp công dân, nơi làm việc khác. */
public enum ReceptionPlaceKind {
    RECEPTION_OFFICE, RECEPTION_POINT, OTHER_WORKPLACE
}
