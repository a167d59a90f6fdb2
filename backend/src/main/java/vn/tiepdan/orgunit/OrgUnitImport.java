package vn.tiepdan.orgunit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.tiepdan.audit.AuditAction;
import vn.tiepdan.audit.AuditTrail;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.api.ProblemException.FieldIssue;
import vn.tiepdan.shared.api.ValidityDates;
import vn.tiepdan.shared.api.Violations;
import vn.tiepdan.shared.security.CurrentUser;
import vn.tiepdan.shared.text.VietnameseText;

/**
 * CSV import of units for administrators. Every row is checked before anything is written; applying is
 * all-or-nothing in one transaction. A row whose code is carried by a unit today updates that unit; any other row
 * creates one. parentCode names a unit of the file (before or after the row) or a unit of today.
 */
@ApplicationScoped
class OrgUnitImport {
    static final List<String> HEADER = List.of("code", "name", "kind", "level", "parentCode", "adminUnitCode",
            "address", "phone", "receptionPlace", "validFrom");
    static final String RECEPTION_PLACE_NAME = "Nơi tiếp công dân";

    private final OrgUnitRepository units;
    private final OrgUnitService service;
    private final AuditTrail audit;
    private final CurrentUser user;
    private final Clock clock;

    OrgUnitImport(OrgUnitRepository units, OrgUnitService service, AuditTrail audit, CurrentUser user, Clock clock) {
        this.units = units;
        this.service = service;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    /** The checked plan of an import: its rows, every error found, and what applying would do. */
    record Plan(int rows, List<FieldIssue> errors, int toCreate, int toUpdate, boolean applied) {
    }

    private record Line(int line, String code, String name, OrgUnitKind kind, OrgUnitLevel level, String parentCode,
            String adminUnitCode, String address, String phone, String receptionPlace, LocalDate validFrom,
            OrgUnit existing) {
    }

    @Transactional
    Plan run(byte[] body, boolean dryRun) {
        String text = CsvReader.decodeUtf8(body).orElseThrow(() -> ProblemException.invalid("body", "ENCODING",
                "import.encoding"));
        List<CsvReader.Row> rows = CsvReader.parse(text);
        if (rows.isEmpty() || !rows.get(0).fields().stream().map(String::strip).toList().equals(HEADER)) {
            throw ProblemException.invalid("header", "HEADER", "import.header", String.join(",", HEADER));
        }
        Violations errors = new Violations();
        List<Line> lines = read(rows.subList(1, rows.size()), errors);
        check(lines, errors);
        Set<Integer> badLines = new HashSet<>();
        errors.issues().forEach(e -> badLines.add(e.line()));
        List<Line> good = lines.stream().filter(l -> !badLines.contains(l.line())).toList();
        int toCreate = (int) good.stream().filter(l -> l.existing() == null).count();
        int toUpdate = good.size() - toCreate;
        if (dryRun) {
            return new Plan(rows.size() - 1, errors.issues(), toCreate, toUpdate, false);
        }
        errors.throwIfAny();
        apply(lines);
        audit.record(AuditAction.IMPORT, OrgUnitService.ENTITY, null, null,
                Map.of("rows", lines.size(), "created", toCreate, "updated", toUpdate));
        return new Plan(rows.size() - 1, List.of(), toCreate, toUpdate, true);
    }

    private List<Line> read(List<CsvReader.Row> rows, Violations errors) {
        List<Line> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvReader.Row row : rows) {
            int n = row.line();
            if (row.fields().size() != HEADER.size()) {
                errors.addAt(n, "row", "COLUMN_COUNT", "import.column-count", HEADER.size(), row.fields().size());
                continue;
            }
            Map<String, String> cell = new HashMap<>();
            for (int i = 0; i < HEADER.size(); i++) {
                String value = row.fields().get(i).strip();
                cell.put(HEADER.get(i), value.isEmpty() ? null : VietnameseText.nfc(value));
            }
            int before = errors.issues().size();
            String code = cell.get("code");
            if (code == null) {
                errors.addAt(n, "code", "REQUIRED", "validation.required");
            } else if (!UnitRules.codeIsWellFormed(code)) {
                errors.addAt(n, "code", "CODE_FORMAT", "orgunit.code.format");
            } else if (!seen.add(code)) {
                errors.addAt(n, "code", "DUPLICATE_CODE", "import.duplicate-code", code);
            }
            String name = cell.get("name");
            if (name == null) {
                errors.addAt(n, "name", "REQUIRED", "validation.required");
            } else if (name.length() > 255) {
                errors.addAt(n, "name", "TOO_LONG", "validation.too-long", 255);
            }
            OrgUnitKind kind = parseEnum(OrgUnitKind.class, cell.get("kind"), n, "kind", errors);
            OrgUnitLevel level = parseEnum(OrgUnitLevel.class, cell.get("level"), n, "level", errors);
            if (kind != null && level != null && !UnitRules.levelSuitsKind(kind, level)) {
                errors.addAt(n, "level", "LEVEL_KIND_MISMATCH", "orgunit.level.kind-mismatch", kind.name());
            }
            String adminUnitCode = cell.get("adminUnitCode");
            if (adminUnitCode != null && !UnitRules.adminUnitCodeIsValid(adminUnitCode)) {
                errors.addAt(n, "adminUnitCode", "ADMIN_UNIT_CODE_FORMAT", "orgunit.admin-unit-code.format");
            }
            String phone = cell.get("phone");
            if (phone != null && !UnitRules.phoneIsValid(phone)) {
                errors.addAt(n, "phone", "PHONE_FORMAT", "orgunit.phone.format");
            }
            for (String column : List.of("address", "receptionPlace")) {
                if (cell.get(column) != null && cell.get(column).length() > 500) {
                    errors.addAt(n, column, "TOO_LONG", "validation.too-long", 500);
                }
            }
            LocalDate validFrom = null;
            if (cell.get("validFrom") == null) {
                errors.addAt(n, "validFrom", "REQUIRED", "validation.required");
            } else {
                try {
                    validFrom = LocalDate.parse(cell.get("validFrom"));
                } catch (DateTimeParseException e) {
                    errors.addAt(n, "validFrom", "DATE_FORMAT", "import.date-format");
                }
                LocalDate latest = ValidityDates.latest(LocalDate.now(clock));
                if (validFrom != null && validFrom.isAfter(latest)) {
                    // The same rule as the API's: a unit starting in 9999 would leave its users without a unit.
                    errors.addAt(n, "validFrom", "VALIDITY_TOO_FAR", "validation.validity-too-far", latest.toString());
                }
            }
            if (errors.issues().size() == before) {
                OrgUnit existing = units.findCurrentByCode(code).orElse(null);
                lines.add(new Line(n, code, name, kind, level, cell.get("parentCode"), adminUnitCode,
                        cell.get("address"), phone, cell.get("receptionPlace"), validFrom, existing));
            }
        }
        return lines;
    }

    /** The rules that relate rows to each other and to the stored tree. */
    private void check(List<Line> lines, Violations errors) {
        Map<String, Line> inFile = new HashMap<>();
        lines.forEach(l -> inFile.put(l.code(), l));
        Map<String, Optional<OrgUnit>> stored = new HashMap<>();
        for (Line l : lines) {
            if (l.existing() == null) {
                if (units.codeTakenDuring(l.code(), l.validFrom(), null, null)) {
                    errors.addAt(l.line(), "code", "CODE_OVERLAP", "orgunit.code.overlap", l.code());
                }
            } else if (!l.validFrom().equals(l.existing().validFrom())
                    && units.codeTakenDuring(l.code(), l.validFrom(), l.existing().validTo(), l.existing().id())) {
                errors.addAt(l.line(), "validFrom", "CODE_OVERLAP", "orgunit.code.overlap", l.code());
            }
            if (l.parentCode() == null) {
                if (l.existing() != null && l.existing().parentId() != null) {
                    errors.addAt(l.line(), "parentCode", "REQUIRED", "validation.required");
                }
                continue;
            }
            Line parentRow = inFile.get(l.parentCode());
            OrgUnitLevel parentLevel = parentRow != null ? parentRow.level()
                    : stored.computeIfAbsent(l.parentCode(), units::findCurrentByCode).map(OrgUnit::level).orElse(null);
            if (parentLevel != null && !UnitRules.parentSuits(l.kind(), l.level(), parentLevel)) {
                // Two-tier local government (DOMAIN.md §3.2): the same rule as creating or moving a unit.
                errors.addAt(l.line(), "parentCode", "PARENT_LEVEL", "orgunit.parent.level", parentLevel.name());
            }
            if (parentRow != null) {
                if (parentRow.validFrom().isAfter(l.validFrom())) {
                    errors.addAt(l.line(), "parentCode", "PARENT_NOT_VALID", "orgunit.parent.not-valid",
                            l.validFrom().toString());
                }
            } else {
                Optional<OrgUnit> parent = stored.computeIfAbsent(l.parentCode(), units::findCurrentByCode);
                if (parent.isEmpty()) {
                    errors.addAt(l.line(), "parentCode", "UNKNOWN_PARENT", "import.parent.unknown", l.parentCode());
                } else if (parent.get().validFrom().isAfter(l.validFrom())) {
                    errors.addAt(l.line(), "parentCode", "PARENT_NOT_VALID", "orgunit.parent.not-valid",
                            l.validFrom().toString());
                } else if (l.existing() != null && l.existing().isAncestorOrSelfOf(parent.get())) {
                    errors.addAt(l.line(), "parentCode", "PARENT_CYCLE", "orgunit.parent.cycle");
                }
            }
            if (parentRow != null && inCycle(l, inFile)) {
                errors.addAt(l.line(), "parentCode", "PARENT_CYCLE", "orgunit.parent.cycle");
            }
        }
    }

    /** Whether following parentCode through the file's rows comes back to the row. */
    private static boolean inCycle(Line start, Map<String, Line> inFile) {
        Set<String> visited = new HashSet<>();
        Line current = inFile.get(start.parentCode());
        while (current != null && visited.add(current.code())) {
            if (current.code().equals(start.code())) {
                return true;
            }
            current = current.parentCode() == null ? null : inFile.get(current.parentCode());
        }
        return false;
    }

    /** Writes the rows parents first, so each child's path is built from its parent's final path. */
    private void apply(List<Line> lines) {
        Map<String, Line> pending = new LinkedHashMap<>();
        lines.forEach(l -> pending.put(l.code(), l));
        Map<String, OrgUnit> written = new HashMap<>();
        while (!pending.isEmpty()) {
            Line next = pending.values().stream()
                    .filter(l -> l.parentCode() == null || !pending.containsKey(l.parentCode())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("cycle passed the checks"));
            pending.remove(next.code());
            OrgUnit parent = next.parentCode() == null ? null
                    : written.containsKey(next.parentCode()) ? written.get(next.parentCode())
                    : units.findCurrentByCode(next.parentCode()).orElseThrow();
            written.put(next.code(), next.existing() == null ? create(next, parent) : update(next, parent));
        }
    }

    private OrgUnit create(Line l, OrgUnit parent) {
        OrgUnit unit = new OrgUnit(l.code(), l.name(), l.kind(), l.level(), parent, l.validFrom(), clock.instant(),
                user.username());
        unit.contact(l.adminUnitCode(), l.address(), l.phone(), null);
        if (l.receptionPlace() != null) {
            unit.replaceReceptionPlaces(List.of(new ReceptionPlace(ReceptionPlaceKind.RECEPTION_OFFICE,
                    RECEPTION_PLACE_NAME, l.receptionPlace(), true, 0)));
        }
        units.persist(unit);
        Map<String, Object> details = OrgUnitService.snapshot(unit);
        details.put("source", "import");
        audit.record(AuditAction.CREATE, OrgUnitService.ENTITY, unit.id(), null, details);
        return unit;
    }

    private OrgUnit update(Line l, OrgUnit parent) {
        OrgUnit unit = l.existing();
        unit.rename(l.name());
        unit.classify(l.kind(), l.level());
        unit.contact(l.adminUnitCode(), l.address(), l.phone(), unit.email());
        unit.startOn(l.validFrom());
        if (l.receptionPlace() != null) {
            Optional<ReceptionPlace> office = unit.receptionPlaces().stream()
                    .filter(p -> p.kind() == ReceptionPlaceKind.RECEPTION_OFFICE).findFirst();
            if (office.isPresent()) {
                office.get().changeAddress(l.receptionPlace());
            } else {
                List<ReceptionPlace> places = new ArrayList<>(unit.receptionPlaces());
                places.add(new ReceptionPlace(ReceptionPlaceKind.RECEPTION_OFFICE, RECEPTION_PLACE_NAME,
                        l.receptionPlace(), true, places.size()));
                unit.replaceReceptionPlaces(places);
            }
        }
        if (parent != null && !parent.id().equals(unit.parentId())) {
            service.moveUnder(unit, parent);
        }
        unit.touch(clock.instant(), user.username());
        units.flush();
        Map<String, Object> details = OrgUnitService.snapshot(unit);
        details.put("source", "import");
        audit.record(AuditAction.UPDATE, OrgUnitService.ENTITY, unit.id(), null, details);
        return unit;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, int line, String column,
            Violations errors) {
        if (value == null) {
            errors.addAt(line, column, "REQUIRED", "validation.required");
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.addAt(line, column, "UNKNOWN_VALUE", "import.unknown-value", value);
            return null;
        }
    }
}
