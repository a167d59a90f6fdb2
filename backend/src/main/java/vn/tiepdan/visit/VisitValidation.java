package vn.tiepdan.visit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.tiepdan.shared.api.Violations;
import vn.tiepdan.shared.text.VietnameseText;

/** Field checks shared by create and patch; every message names the field, never echoes a value. */
final class VisitValidation {
    static final int LONG_TEXT = 10000;

    private VisitValidation() {
    }

    /** An instant, an offset date-time or a local date-time in the zone; null when absent or unreadable. */
    static Instant receivedAt(String text, ZoneId zone, Violations v, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(t).atZone(zone).toInstant();
            } catch (DateTimeParseException e2) {
                v.add(field, "FORMAT", "visit.received-at.format");
                return null;
            }
        }
    }

    /** The party normalised for storage: names and addresses NFC, the ID number without spaces, upper case. */
    static VisitDtos.PartyInput normalise(VisitDtos.PartyInput p) {
        if (p == null) {
            return null;
        }
        String id = p.idNumber() == null || p.idNumber().isBlank() ? null
                : p.idNumber().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return new VisitDtos.PartyInput(p.role(), blankToNull(VietnameseText.nfc(p.fullName())), p.idDocType(), id,
                p.idIssueDate(), blankToNull(VietnameseText.nfc(p.idIssuePlace())), p.gender(), p.birthYear(),
                blankToNull(VietnameseText.nfc(p.addressAsWritten())), blankToNull(p.addressUnitCode()),
                blankToNull(p.phone() == null ? null : p.phone().strip()), blankToNull(VietnameseText.nfc(p.position())));
    }

    /** Checks the people against the kind of visit and the headcount; returns the effective headcount. */
    static int parties(PartyKind kind, Integer headcount, List<VisitDtos.PartyInput> parties, int currentYear,
            Violations v) {
        if (kind == null || parties == null) {
            return headcount == null ? 1 : headcount;
        }
        if (parties.isEmpty()) {
            v.add("parties", "REQUIRED", "validation.required");
        }
        for (int i = 0; i < parties.size(); i++) {
            party(parties.get(i), "parties[" + i + "].", currentYear, v);
        }
        long visitors = parties.stream().filter(p -> p != null && p.role() == PartyRole.VISITOR).count();
        long organisations = parties.stream().filter(p -> p != null && p.role() == PartyRole.ORGANISATION).count();
        long representatives = parties.stream().filter(p -> p != null && p.role() == PartyRole.REPRESENTATIVE).count();
        long members = parties.stream().filter(p -> p != null && p.role() == PartyRole.MEMBER).count();
        int count = 1;
        switch (kind) {
            case PERSON -> {
                if (parties.size() != 1 || visitors != 1) {
                    v.add("parties", "PARTIES_SHAPE", "visit.parties.person");
                }
                if (headcount != null && headcount != 1) {
                    v.add("headcount", "NOT_ONE", "visit.headcount.one");
                }
            }
            case ORGANISATION -> {
                if (organisations != 1 || visitors + members > 0) {
                    v.add("parties", "PARTIES_SHAPE", "visit.parties.organisation");
                }
                if (headcount != null && headcount != 1) {
                    v.add("headcount", "NOT_ONE", "visit.headcount.one");
                }
            }
            case GROUP -> {
                if (headcount == null) {
                    v.add("headcount", "REQUIRED", "validation.required");
                    count = 2;
                } else if (headcount < 2) {
                    v.add("headcount", "TOO_SMALL", "visit.headcount.group");
                    count = 2;
                } else {
                    count = headcount;
                }
                if (representatives < 1 || visitors + organisations > 0) {
                    v.add("parties", "PARTIES_SHAPE", "visit.parties.group");
                } else if (!RepresentativesRule.allows(count, representatives)) {
                    v.add("parties", "TOO_MANY_REPRESENTATIVES", "visit.parties.too-many-representatives",
                            RepresentativesRule.max(count));
                }
                if (headcount != null && parties.size() > headcount) {
                    v.add("headcount", "LESS_THAN_PARTIES", "visit.headcount.less-than-parties");
                }
            }
        }
        return count;
    }

    private static void party(VisitDtos.PartyInput p, String prefix, int currentYear, Violations v) {
        if (p == null) {
            v.add(prefix.substring(0, prefix.length() - 1), "REQUIRED", "validation.required");
            return;
        }
        v.require(p.role(), prefix + "role");
        if (v.require(p.fullName(), prefix + "fullName")) {
            v.maxLength(p.fullName(), 200, prefix + "fullName");
        }
        if (p.idNumber() != null) {
            if (p.idDocType() == null) {
                v.add(prefix + "idDocType", "REQUIRED", "visit.id-doc-type.required");
            } else {
                IdNumberRule.check(p.idDocType(), p.idNumber(), currentYear)
                        .ifPresent(code -> v.add(prefix + "idNumber", code, "visit.id." + code));
            }
        }
        if (p.birthYear() != null && (p.birthYear() < 1900 || p.birthYear() > currentYear)) {
            v.add(prefix + "birthYear", "OUT_OF_RANGE", "visit.birth-year.range");
        }
        v.maxLength(p.idIssuePlace(), 200, prefix + "idIssuePlace");
        v.maxLength(p.addressAsWritten(), 500, prefix + "addressAsWritten");
        v.maxLength(p.addressUnitCode(), 32, prefix + "addressUnitCode");
        v.maxLength(p.phone(), 32, prefix + "phone");
        v.maxLength(p.position(), 200, prefix + "position");
    }

    /** NHIEU_NOI_DUNG needs at least two distinct other kinds; returns the stored comma list (null otherwise). */
    static String mixedKinds(Classification classification, List<Classification> kinds, Violations v) {
        if (classification != Classification.NHIEU_NOI_DUNG) {
            return null;
        }
        Set<Classification> distinct = kinds == null ? EnumSet.noneOf(Classification.class) : EnumSet.noneOf(
                Classification.class);
        if (kinds != null) {
            kinds.stream().filter(k -> k != null && k != Classification.NHIEU_NOI_DUNG).forEach(distinct::add);
        }
        if (distinct.size() < 2) {
            v.add("mixedKinds", "MIXED_KINDS_REQUIRED", "visit.mixed-kinds.required");
            return null;
        }
        return String.join(",", distinct.stream().map(Enum::name).toList());
    }

    static List<Classification> mixedKinds(String stored) {
        List<Classification> list = new ArrayList<>();
        if (stored != null && !stored.isBlank()) {
            for (String s : stored.split(",")) {
                list.add(Classification.valueOf(s.strip()));
            }
        }
        return list;
    }

    static void documents(List<VisitDtos.DocumentInput> documents, Violations v) {
        if (documents == null) {
            return;
        }
        for (int i = 0; i < documents.size(); i++) {
            VisitDtos.DocumentInput d = documents.get(i);
            if (d == null) {
                v.add("documents[" + i + "]", "REQUIRED", "validation.required");
                continue;
            }
            if (v.require(d.title(), "documents[" + i + "].title")) {
                v.maxLength(d.title(), 500, "documents[" + i + "].title");
            }
            if (d.pages() != null && d.pages() < 1) {
                v.add("documents[" + i + "].pages", "OUT_OF_RANGE", "visit.pages.range");
            }
        }
    }

    static void previouslyHandled(List<VisitDtos.PreviouslyHandled> list, Violations v) {
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            VisitDtos.PreviouslyHandled p = list.get(i);
            if (p == null) {
                v.add("previouslyHandled[" + i + "]", "REQUIRED", "validation.required");
                continue;
            }
            if (v.require(p.agency(), "previouslyHandled[" + i + "].agency")) {
                v.maxLength(p.agency(), 300, "previouslyHandled[" + i + "].agency");
            }
            v.maxLength(p.documentNo(), 100, "previouslyHandled[" + i + "].documentNo");
            v.maxLength(p.form(), 200, "previouslyHandled[" + i + "].form");
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
