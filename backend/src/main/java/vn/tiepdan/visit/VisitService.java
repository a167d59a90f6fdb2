package vn.tiepdan.visit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import vn.tiepdan.audit.AuditAction;
import vn.tiepdan.audit.AuditTrail;
import vn.tiepdan.calendar.WorkingCalendar;
import vn.tiepdan.cases.CaseAccess;
import vn.tiepdan.orgunit.OrgUnit;
import vn.tiepdan.orgunit.OrgUnitRepository;
import vn.tiepdan.orgunit.UnitRef;
import vn.tiepdan.schedule.Channel;
import vn.tiepdan.schedule.OfficialRef;
import vn.tiepdan.schedule.Program;
import vn.tiepdan.schedule.ReceptionKind;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.api.ProblemType;
import vn.tiepdan.shared.api.Violations;
import vn.tiepdan.shared.security.CurrentUser;
import vn.tiepdan.shared.security.Roles;
import vn.tiepdan.shared.security.Scope;
import vn.tiepdan.shared.text.VietnameseText;
import vn.tiepdan.visit.VisitDtos.CreateVisitRequest;
import vn.tiepdan.visit.VisitDtos.PartyInput;
import vn.tiepdan.visit.VisitDtos.PartyView;
import vn.tiepdan.visit.VisitDtos.PatchVisitRequest;
import vn.tiepdan.visit.VisitDtos.VisitSummary;
import vn.tiepdan.visit.VisitDtos.VisitView;
import vn.tiepdan.visit.confidential.ConfidentialStore;

/** Use cases of the reception book; every change is audited, identity never enters an audit detail. */
@ApplicationScoped
class VisitService {
    static final String ENTITY = "RECEPTION_VISIT";
    static final List<String> WRITERS = List.of(Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER);
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private final VisitRepository visits;
    private final VisitDirectory directory;
    private final OrgUnitRepository units;
    private final ConfidentialStore vault;
    private final WorkingCalendar calendar;
    private final AuditTrail audit;
    private final Scope scope;
    private final CurrentUser user;
    private final Clock clock;
    private final ObjectMapper json;
    private final CaseAccess cases;

    VisitService(VisitRepository visits, VisitDirectory directory, OrgUnitRepository units, ConfidentialStore vault,
            WorkingCalendar calendar, AuditTrail audit, Scope scope, CurrentUser user, Clock clock, ObjectMapper json, CaseAccess cases,
            vn.tiepdan.submission.SubmittedPeriods submitted, vn.tiepdan.shared.api.RequestLocale locale) {
        this.submitted = submitted;
        this.locale = locale;
        this.visits = visits;
        this.directory = directory;
        this.units = units;
        this.vault = vault;
        this.calendar = calendar;
        this.audit = audit;
        this.scope = scope;
        this.user = user;
        this.clock = clock;
        this.json = json;
        this.cases = cases;
    }

    private final vn.tiepdan.submission.SubmittedPeriods submitted;
    private final vn.tiepdan.shared.api.RequestLocale locale;

    /**
     * A visit dated inside a period whose report was already submitted: accepted (the book tells the truth) but
     * logged on the submission and warned (DOMAIN.md §7.3 item 1, frozen snapshots; ND 55/2022 Art. 8).
     */
    private List<vn.tiepdan.shared.api.Warning> lateChange(ReceptionVisit visit, LocalDate day) {
        List<vn.tiepdan.submission.SubmittedPeriods.Covering> late = submitted.recordChange(visit.orgUnitId, day,
                ENTITY, visit.id, "Lượt tiếp số " + visit.bookNo());
        if (late.isEmpty()) {
            return List.of();
        }
        String periods = String.join(", ", late.stream().map(c -> c.periodCode() + " (" + c.unitCode() + ")")
                .distinct().toList());
        return List.of(locale.warning("PERIOD_SUBMITTED", "visit.warning.period-submitted", periods));
    }

    private EntityManager em() {
        return visits.getEntityManager();
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- create

    @Transactional
    VisitView create(CreateVisitRequest r) {
        Violations v = new Violations();
        v.require(r.receivedAt(), "receivedAt");
        v.require(r.partyKind(), "partyKind");
        v.require(r.parties(), "parties");
        v.require(r.withPetition(), "withPetition");
        Instant receivedAt = VisitValidation.receivedAt(r.receivedAt(), zone(), v, "receivedAt");
        if (receivedAt != null && receivedAt.isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            v.add("receivedAt", "FUTURE", "visit.received-at.future");
        }
        v.throwIfAny();
        LocalDate receivedDay = receivedAt.atZone(zone()).toLocalDate();

        VisitDirectory.SessionInfo session = null;
        if (r.sessionId() != null) {
            session = directory.session(r.sessionId(), scope).orElseThrow(() -> ProblemException.invalid("sessionId",
                    "UNKNOWN", "visit.session.unknown"));
            if (!vn.tiepdan.schedule.SessionStatus.valueOf(session.status()).acceptsVisits()) {
                throw ProblemException.conflict("sessionId", "SESSION_NOT_OPEN", "visit.session.not-open",
                        session.status());
            }
            if (!session.date().equals(receivedDay)) {
                throw ProblemException.invalid("sessionId", "DATE_MISMATCH", "visit.session.date-mismatch",
                        session.date().toString());
            }
        }
        UUID unitId = r.orgUnitId() != null ? r.orgUnitId() : session != null ? session.unitId()
                : user.orgUnitCode().flatMap(units::findCurrentByCode).map(OrgUnit::id).orElse(null);
        OrgUnit unit = unitId == null ? null : units.findInScope(unitId, scope).orElse(null);
        if (unit == null) {
            throw ProblemException.invalid("orgUnitId", "UNKNOWN", "visit.unit.unknown");
        }
        if (session != null && !session.unitId().equals(unit.id())) {
            throw ProblemException.invalid("sessionId", "NOT_OF_UNIT", "visit.session.other-unit");
        }
        boolean refused = r.refusal() != null;
        int currentYear = today().getYear();
        List<PartyInput> parties = r.parties().stream().map(VisitValidation::normalise).toList();
        int headcount = VisitValidation.parties(r.partyKind(), r.headcount(), parties, currentYear, v);
        if (!refused) {
            v.require(r.classification(), "classification");
            v.require(r.contentSummary(), "contentSummary");
        }
        String mixed = VisitValidation.mixedKinds(r.classification(), r.mixedKinds(), v);
        if (r.fieldCode() != null && !directory.fieldExists(r.fieldCode())) {
            v.add("fieldCode", "UNKNOWN", "visit.field.unknown");
        }
        if (!StatementRule.satisfied(r.withPetition(), r.statementConfirmation(), refused)) {
            v.add("statementConfirmation", "REQUIRED", "visit.statement.required");
        }
        direction(r.handlingDirection(), r.guidance(), r.transferToUnitId(), r.transferToName(), refused, v);
        texts(v, r.contentSummary(), r.visitorRequest(), r.guidance(), r.leaderConclusion(), r.membersOpinions(),
                r.visitorStatement(), r.notes(), r.transferToName(), r.interpreterName());
        VisitValidation.documents(r.documents(), v);
        VisitValidation.previouslyHandled(r.previouslyHandled(), v);
        officialExists(r.receivingOfficialId(), "receivingOfficialId", v);
        officialExists(r.presidingOfficialId(), "presidingOfficialId", v);
        ReceptionMatter matter = null;
        if (r.matterId() != null) {
            matter = matterInScope(r.matterId());
            if (matter == null) {
                v.add("matterId", "UNKNOWN", "visit.matter.unknown");
            }
        }
        if (refused) {
            refusal(r.refusal(), r.matterId(), unit.id(), v);
        }
        v.throwIfAny();

        Instant now = clock.instant();
        int year = receivedDay.getYear();
        ReceptionVisit visit = new ReceptionVisit(unit.id(), year, visits.nextSeq(unit.id(), year), now,
                user.username());
        visit.sessionId = session == null ? null : session.id();
        visit.receivedAt = receivedAt;
        visit.receptionKind = r.receptionKind() != null ? r.receptionKind()
                : session != null ? ReceptionKind.valueOf(session.kind()) : ReceptionKind.REGULAR;
        visit.channel = r.channel() != null ? r.channel()
                : session != null ? Channel.valueOf(session.channel()) : Channel.IN_PERSON;
        visit.program = session != null ? Program.valueOf(session.program()) : Program.NONE;
        visit.presidingOfficialId = r.presidingOfficialId() != null ? r.presidingOfficialId()
                : session != null ? session.presidingOfficialId() : null;
        visit.receivingOfficialId = r.receivingOfficialId() != null ? r.receivingOfficialId()
                : directory.officialOf(user.username(), receivedDay).map(VisitDirectory.OfficialInfo::id).orElse(null);
        visit.partyKind = r.partyKind();
        visit.headcount = headcount;
        visit.largeGroup = LargeGroupRule.large(headcount);
        visit.classification = r.classification();
        visit.mixedKinds = mixed;
        visit.fieldCode = r.fieldCode();
        visit.contentSummary = VisitValidation.blankToNull(VietnameseText.nfc(r.contentSummary()));
        visit.visitorRequest = VisitValidation.blankToNull(VietnameseText.nfc(r.visitorRequest()));
        visit.withPetition = r.withPetition();
        visit.statementConfirmation = r.statementConfirmation();
        visit.previouslyHandled = toJson(r.previouslyHandled());
        visit.handlingDirection = refused ? null : r.handlingDirection();
        visit.guidance = VisitValidation.blankToNull(r.guidance());
        visit.transferToUnitId = r.transferToUnitId();
        visit.transferToName = VisitValidation.blankToNull(r.transferToName());
        visit.leaderConclusion = VisitValidation.blankToNull(r.leaderConclusion());
        visit.membersOpinions = VisitValidation.blankToNull(r.membersOpinions());
        visit.visitorStatement = VisitValidation.blankToNull(r.visitorStatement());
        visit.notes = VisitValidation.blankToNull(r.notes());
        visit.interpreterUsed = Boolean.TRUE.equals(r.interpreterUsed());
        visit.interpreterName = VisitValidation.blankToNull(r.interpreterName());
        visit.status = refused ? VisitStatus.REFUSED
                : r.handlingDirection() == null ? VisitStatus.RECORDED : VisitStatus.HANDLED;
        visit.confidential = ConfidentialityRule.confidential(r.classification(), r.mixedKinds());
        if (!refused) {
            visit.resultNoticeDue = ResultNoticeRule.due(receivedDay, calendar);
        }
        if (r.documents() != null && !r.documents().isEmpty()) {
            visit.receiptNo = visit.bookNo() + "/BN";
        }
        if (matter != null) {
            visit.matterId = matter.id;
            visit.firstTime = false;
            if (!refused) {
                matter.visited(receivedAt, now, user.username());
                if (visit.confidential) {
                    matter.confidential = true;
                }
            }
        } else if (!refused) {
            matter = new ReceptionMatter(unit.id(), visit.contentSummary, receivedAt, now, user.username());
            matter.classification = visit.classification;
            matter.fieldCode = visit.fieldCode;
            matter.confidential = visit.confidential;
            matter.visited(receivedAt, now, user.username());
            em().persist(matter);
            visit.matterId = matter.id;
            visit.firstTime = true;
        }
        if (visit.confidential) {
            visit.denouncerRef = UUID.randomUUID();
        }
        visit.searchText = searchText(visit, visit.confidential ? List.of() : parties);
        em().persist(visit);
        em().flush();
        storeParties(visit, parties);
        redactConfidential(visit, matter);
        storeDocuments(visit, r.documents());
        if (refused) {
            em().persist(new VisitRefusal(visit.id, r.refusal(), r.matterId()));
        }
        em().flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("bookNo", visit.bookNo());
        details.put("status", visit.status.name());
        details.put("partyKind", visit.partyKind.name());
        details.put("headcount", visit.headcount);
        details.put("confidential", visit.confidential);
        details.put("firstTime", visit.firstTime);
        if (refused) {
            details.put("refusalGround", r.refusal().ground().name());
        }
        audit.record(AuditAction.CREATE, ENTITY, visit.id, null, details);
        return view(visit, lateChange(visit, receivedDay));
    }

    private void direction(HandlingDirection direction, String guidance, UUID transferUnit, String transferName,
            boolean refused, Violations v) {
        if (direction == null) {
            return;
        }
        if (refused) {
            v.add("handlingDirection", "NOT_WITH_REFUSAL", "visit.direction.refused");
            return;
        }
        if (direction == HandlingDirection.TRA_LAI_VA_HUONG_DAN && (guidance == null || guidance.isBlank())) {
            v.add("guidance", "REQUIRED", "visit.guidance.required");
        }
        if (direction == HandlingDirection.CHUYEN_DON) {
            if (transferUnit == null && (transferName == null || transferName.isBlank())) {
                v.add("transferToName", "REQUIRED", "visit.transfer.required");
            }
            if (transferUnit != null && !directory.unitExists(transferUnit)) {
                v.add("transferToUnitId", "UNKNOWN", "visit.unit.unknown");
            }
        }
    }

    private static void texts(Violations v, String contentSummary, String visitorRequest, String guidance,
            String leaderConclusion, String membersOpinions, String visitorStatement, String notes,
            String transferToName, String interpreterName) {
        v.maxLength(contentSummary, VisitValidation.LONG_TEXT, "contentSummary");
        v.maxLength(visitorRequest, VisitValidation.LONG_TEXT, "visitorRequest");
        v.maxLength(guidance, VisitValidation.LONG_TEXT, "guidance");
        v.maxLength(leaderConclusion, VisitValidation.LONG_TEXT, "leaderConclusion");
        v.maxLength(membersOpinions, VisitValidation.LONG_TEXT, "membersOpinions");
        v.maxLength(visitorStatement, VisitValidation.LONG_TEXT, "visitorStatement");
        v.maxLength(notes, 4000, "notes");
        v.maxLength(transferToName, 500, "transferToName");
        v.maxLength(interpreterName, 200, "interpreterName");
    }

    private void officialExists(UUID id, String field, Violations v) {
        if (id != null && directory.official(id).isEmpty()) {
            v.add(field, "UNKNOWN", "visit.official.unknown");
        }
    }

    private void refusal(VisitDtos.RefusalInput refusal, UUID matterId, UUID unitId, Violations v) {
        v.require(refusal.ground(), "refusal.ground");
        if (v.require(refusal.explanation(), "refusal.explanation")) {
            v.maxLength(refusal.explanation(), 4000, "refusal.explanation");
        }
        v.maxLength(refusal.noticeNo(), 64, "refusal.noticeNo");
        v.maxLength(refusal.reportedTo(), 200, "refusal.reportedTo");
        if (refusal.ground() == null) {
            return;
        }
        if (!RefusalRule.mayRecord(refusal.ground(), user.hasRole(Roles.UNIT_LEADER))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "visit.refusal.r3-leader-only");
        }
        RefusalRule.missing(refusal, matterId).forEach(field -> v.add(field, "REQUIRED", "visit.refusal.r3-notice"));
        if (refusal.ground() == RefusalGround.R3_VEXATIOUS_REPEAT && refusal.issuedByOfficialId() != null) {
            VisitDirectory.OfficialInfo issuer = directory.official(refusal.issuedByOfficialId()).orElse(null);
            if (issuer == null || !RefusalRule.validIssuer(issuer.head(), issuer.unitId().equals(unitId))) {
                v.add("refusal.issuedByOfficialId", "NOT_HEAD_OF_UNIT", "visit.refusal.issuer-not-head");
            }
        }
    }

    private ReceptionMatter matterInScope(UUID id) {
        ReceptionMatter m = em().find(ReceptionMatter.class, id);
        if (m == null) {
            return null;
        }
        OrgUnit unit = units.findInScope(m.orgUnitId, scope).orElse(null);
        return unit == null ? null : m;
    }

    /**
     * A denunciation's free texts lose every mention of its people (Luật Tố cáo 2018, Điều 56(2)): an officer who
     * types the denouncer's name into the content must not put it outside the vault.
     */
    private void redactConfidential(ReceptionVisit visit, ReceptionMatter matter) {
        if (!visit.confidential || visit.denouncerRef == null) {
            return;
        }
        UUID ref = visit.denouncerRef;
        visit.contentSummary = vault.redact(ref, visit.contentSummary);
        visit.visitorRequest = vault.redact(ref, visit.visitorRequest);
        visit.previouslyHandled = vault.redact(ref, visit.previouslyHandled);
        visit.guidance = vault.redact(ref, visit.guidance);
        visit.leaderConclusion = vault.redact(ref, visit.leaderConclusion);
        visit.membersOpinions = vault.redact(ref, visit.membersOpinions);
        visit.visitorStatement = vault.redact(ref, visit.visitorStatement);
        visit.notes = vault.redact(ref, visit.notes);
        visit.searchText = searchText(visit, List.of());
        if (matter != null && matter.confidential) {
            matter.summary = vault.redact(ref, matter.summary);
        }
    }

    /** People go to visit_party, or (for a denunciation) only to the confidential store. */
    private void storeParties(ReceptionVisit visit, List<PartyInput> parties) {
        em().createQuery("delete from VisitParty p where p.visitId = :v").setParameter("v", visit.id).executeUpdate();
        if (visit.confidential) {
            int i = 0;
            List<ConfidentialStore.Person> people = new ArrayList<>();
            for (PartyInput p : parties) {
                people.add(new ConfidentialStore.Person(null, p.role().name(), p.fullName(),
                        p.idDocType() == null ? null : p.idDocType().name(), p.idNumber(), p.idIssueDate(),
                        p.idIssuePlace(), p.gender() == null ? null : p.gender().name(), p.birthYear(),
                        p.addressAsWritten(), p.addressUnitCode(), p.phone(), p.position(),
                        LookupKeys.idKey(p.idNumber()), LookupKeys.nameKey(p.fullName(), p.addressAsWritten())));
                i++;
            }
            vault.store(visit.denouncerRef, people);
        } else {
            int ordinal = 1;
            for (PartyInput p : parties) {
                em().persist(new VisitParty(visit.id, ordinal++, p));
            }
        }
        visit.searchText = searchText(visit, visit.confidential ? List.of() : parties);
    }

    private void storeDocuments(ReceptionVisit visit, List<VisitDtos.DocumentInput> documents) {
        em().createQuery("delete from VisitDocument d where d.visitId = :v").setParameter("v", visit.id)
                .executeUpdate();
        if (documents != null) {
            int ordinal = 1;
            for (VisitDtos.DocumentInput d : documents) {
                em().persist(new VisitDocument(visit.id, ordinal++, d));
            }
        }
    }

    /** fold_vi of the names of a non-confidential visit's people, the content and the request. */
    static String searchText(ReceptionVisit visit, List<PartyInput> publicParties) {
        StringBuilder text = new StringBuilder();
        publicParties.forEach(p -> text.append(p.fullName()).append(' '));
        if (visit.contentSummary != null) {
            text.append(visit.contentSummary).append(' ');
        }
        if (visit.visitorRequest != null) {
            text.append(visit.visitorRequest);
        }
        return LookupKeys.folded(text.toString());
    }

    private String toJson(List<VisitDtos.PreviouslyHandled> list) {
        try {
            List<VisitDtos.PreviouslyHandled> clean = list == null ? List.of() : list.stream().map(p ->
                    new VisitDtos.PreviouslyHandled(VietnameseText.nfc(p.agency()), VisitValidation.blankToNull(
                            p.documentNo()), p.date(), VisitValidation.blankToNull(p.form()))).toList();
            return json.writeValueAsString(clean);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<VisitDtos.PreviouslyHandled> previouslyHandled(String stored) {
        try {
            return json.readValue(stored == null ? "[]" : stored, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- read

    @Transactional
    PageResponse<VisitSummary> list(VisitRepository.Filter filter, PageParams page) {
        VisitRepository.Filter f = withUnitPath(filter);
        List<ReceptionVisit> rows = visits.page(f, scope, page, today(), zone());
        return PageResponse.of(summaries(rows), page, visits.count(f, scope, today(), zone()));
    }

    VisitRepository.Filter withUnitPath(VisitRepository.Filter f) {
        String path = f.unit() == null ? null : units.findInScope(f.unit(), scope).map(OrgUnit::path).orElse(null);
        String q = f.q() == null || f.q().isBlank() ? null : VietnameseText.nfc(f.q()).replaceAll("\\s+", " ");
        return new VisitRepository.Filter(q, f.unit(), path, f.from(), f.to(), f.year(), f.classification(),
                f.direction(), f.status(), f.sessionId(), f.confidential(), f.firstTime(), f.noticeOverdue(),
                f.caseLinked(), f.sort());
    }

    @Transactional
    VisitView get(UUID id) {
        ReceptionVisit visit = find(id);
        if (!visit.confidential && !masksAll()) {
            audit.recordView(ENTITY, visit.id, "Xem chi tiết lượt tiếp");
        }
        return view(visit);
    }

    ReceptionVisit find(UUID id) {
        return visits.findInScope(id, scope).orElseThrow(ProblemException::notFound);
    }

    @Transactional
    List<VisitDtos.FieldCategory> fields() {
        return directory.fields(today());
    }

    // ---------------------------------------------------------------- patch and actions

    @Transactional
    VisitView patch(UUID id, PatchVisitRequest r) {
        Violations v = new Violations();
        v.require(r.version(), "version");
        v.throwIfAny();
        ReceptionVisit visit = find(id);
        requireAction(visit, VisitAction.PATCH);
        if (visit.version != r.version()) {
            throw ProblemException.staleVersion(visit.version);
        }
        List<String> changed = new ArrayList<>();
        int currentYear = today().getYear();
        Instant receivedAt = visit.receivedAt;
        if (r.receivedAt() != null) {
            Instant at = VisitValidation.receivedAt(r.receivedAt(), zone(), v, "receivedAt");
            if (at != null) {
                LocalDate day = at.atZone(zone()).toLocalDate();
                if (at.isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
                    v.add("receivedAt", "FUTURE", "visit.received-at.future");
                } else if (day.getYear() != visit.bookYear) {
                    v.add("receivedAt", "YEAR_CHANGE", "visit.received-at.year-change");
                } else if (visit.sessionId != null && !day.equals(visit.receivedAt.atZone(zone()).toLocalDate())) {
                    v.add("receivedAt", "DATE_MISMATCH", "visit.session.date-mismatch",
                            visit.receivedAt.atZone(zone()).toLocalDate().toString());
                }
                receivedAt = at;
            }
        }
        Classification classification = r.classification() != null ? r.classification() : visit.classification;
        List<Classification> mixedKinds = r.mixedKinds() != null ? r.mixedKinds()
                : VisitValidation.mixedKinds(visit.mixedKinds);
        String mixed = VisitValidation.mixedKinds(classification, mixedKinds, v);
        boolean confidential = ConfidentialityRule.confidential(classification, mixedKinds);
        if (visit.confidential && !confidential) {
            throw ProblemException.conflict("classification", "CONFIDENTIALITY_LOCKED", "visit.classification.locked");
        }
        PartyKind partyKind = visit.partyKind;
        Integer headcount = r.headcount() != null ? r.headcount() : visit.headcount;
        List<PartyInput> parties = null;
        if (r.parties() != null || r.headcount() != null || (confidential && !visit.confidential)) {
            parties = r.parties() != null ? r.parties().stream().map(VisitValidation::normalise).toList()
                    : currentParties(visit);
            headcount = VisitValidation.parties(partyKind, headcount, parties, currentYear, v);
        }
        String fieldCode = r.fieldCode() != null ? r.fieldCode() : visit.fieldCode;
        if (r.fieldCode() != null && !directory.fieldExists(r.fieldCode())) {
            v.add("fieldCode", "UNKNOWN", "visit.field.unknown");
        }
        boolean withPetition = r.withPetition() != null ? r.withPetition() : visit.withPetition;
        StatementConfirmation confirmation = r.statementConfirmation() != null ? r.statementConfirmation()
                : visit.statementConfirmation;
        if (!StatementRule.satisfied(withPetition, confirmation, false)) {
            v.add("statementConfirmation", "REQUIRED", "visit.statement.required");
        }
        HandlingDirection direction = r.handlingDirection() != null ? r.handlingDirection() : visit.handlingDirection;
        String guidance = r.guidance() != null ? r.guidance() : visit.guidance;
        UUID transferUnit = r.transferToUnitId() != null ? r.transferToUnitId() : visit.transferToUnitId;
        String transferName = r.transferToName() != null ? r.transferToName() : visit.transferToName;
        direction(direction, guidance, transferUnit, transferName, false, v);
        String content = r.contentSummary() != null ? r.contentSummary() : visit.contentSummary;
        if (content == null || content.isBlank()) {
            v.add("contentSummary", "REQUIRED", "validation.required");
        }
        texts(v, r.contentSummary(), r.visitorRequest(), r.guidance(), r.leaderConclusion(), r.membersOpinions(),
                r.visitorStatement(), r.notes(), r.transferToName(), r.interpreterName());
        VisitValidation.documents(r.documents(), v);
        VisitValidation.previouslyHandled(r.previouslyHandled(), v);
        officialExists(r.receivingOfficialId(), "receivingOfficialId", v);
        officialExists(r.presidingOfficialId(), "presidingOfficialId", v);
        v.throwIfAny();

        if (!receivedAt.equals(visit.receivedAt)) {
            visit.receivedAt = receivedAt;
            if (visit.resultNoticeSentAt == null) {
                visit.resultNoticeDue = ResultNoticeRule.due(receivedAt.atZone(zone()).toLocalDate(), calendar);
            }
            changed.add("receivedAt");
        }
        set(changed, "receptionKind", r.receptionKind(), visit.receptionKind, x -> visit.receptionKind = x);
        set(changed, "channel", r.channel(), visit.channel, x -> visit.channel = x);
        set(changed, "receivingOfficialId", r.receivingOfficialId(), visit.receivingOfficialId,
                x -> visit.receivingOfficialId = x);
        set(changed, "presidingOfficialId", r.presidingOfficialId(), visit.presidingOfficialId,
                x -> visit.presidingOfficialId = x);
        if (headcount != visit.headcount) {
            visit.headcount = headcount;
            visit.largeGroup = LargeGroupRule.large(headcount);
            changed.add("headcount");
        }
        set(changed, "classification", r.classification(), visit.classification, x -> visit.classification = x);
        if (!Objects.equals(mixed, visit.mixedKinds)) {
            visit.mixedKinds = mixed;
            changed.add("mixedKinds");
        }
        set(changed, "fieldCode", r.fieldCode(), visit.fieldCode, x -> visit.fieldCode = x);
        set(changed, "contentSummary", nfc(r.contentSummary()), visit.contentSummary, x -> visit.contentSummary = x);
        set(changed, "visitorRequest", nfc(r.visitorRequest()), visit.visitorRequest, x -> visit.visitorRequest = x);
        set(changed, "withPetition", r.withPetition(), visit.withPetition, x -> visit.withPetition = x);
        set(changed, "statementConfirmation", r.statementConfirmation(), visit.statementConfirmation,
                x -> visit.statementConfirmation = x);
        if (r.previouslyHandled() != null) {
            visit.previouslyHandled = toJson(r.previouslyHandled());
            changed.add("previouslyHandled");
        }
        set(changed, "handlingDirection", r.handlingDirection(), visit.handlingDirection,
                x -> visit.handlingDirection = x);
        if (visit.handlingDirection != null && visit.status == VisitStatus.RECORDED) {
            visit.status = VisitStatus.HANDLED;
        }
        set(changed, "guidance", r.guidance(), visit.guidance, x -> visit.guidance = x);
        set(changed, "transferToUnitId", r.transferToUnitId(), visit.transferToUnitId, x -> visit.transferToUnitId = x);
        set(changed, "transferToName", r.transferToName(), visit.transferToName, x -> visit.transferToName = x);
        set(changed, "leaderConclusion", r.leaderConclusion(), visit.leaderConclusion,
                x -> visit.leaderConclusion = x);
        set(changed, "membersOpinions", r.membersOpinions(), visit.membersOpinions, x -> visit.membersOpinions = x);
        set(changed, "visitorStatement", r.visitorStatement(), visit.visitorStatement,
                x -> visit.visitorStatement = x);
        set(changed, "notes", r.notes(), visit.notes, x -> visit.notes = x);
        set(changed, "interpreterUsed", r.interpreterUsed(), visit.interpreterUsed, x -> visit.interpreterUsed = x);
        set(changed, "interpreterName", r.interpreterName(), visit.interpreterName, x -> visit.interpreterName = x);
        if (confidential && !visit.confidential) {
            visit.confidential = true;
            visit.denouncerRef = UUID.randomUUID();
            changed.add("confidential");
            ReceptionMatter matter = visit.matterId == null ? null : em().find(ReceptionMatter.class, visit.matterId);
            if (matter != null) {
                matter.confidential = true;
            }
            em().flush();
        }
        if (parties != null) {
            if (r.parties() != null) {
                changed.add("parties");
            }
            storeParties(visit, parties);
        } else {
            visit.searchText = searchText(visit, visit.confidential ? List.of() : currentParties(visit));
        }
        if (r.documents() != null) {
            storeDocuments(visit, r.documents());
            visit.receiptNo = r.documents().isEmpty() ? null : visit.bookNo() + "/BN";
            changed.add("documents");
        }
        redactConfidential(visit, visit.matterId == null ? null : em().find(ReceptionMatter.class, visit.matterId));
        visit.touch(clock.instant(), user.username());
        em().flush();
        audit.record(AuditAction.UPDATE, ENTITY, visit.id, null, Map.of("fields", changed));
        return view(visit, changed.contains("receivedAt")
                ? lateChange(visit, visit.receivedAt.atZone(zone()).toLocalDate()) : List.of());
    }

    private static String nfc(String s) {
        return s == null ? null : VietnameseText.nfc(s);
    }

    private static <T> void set(List<String> changed, String name, T value, T current,
            java.util.function.Consumer<T> setter) {
        if (value != null && !value.equals(current)) {
            setter.accept(value);
            changed.add(name);
        }
    }

    /** The visit's people as inputs (for re-validation and re-storing); reads the store for a denunciation. */
    private List<PartyInput> currentParties(ReceptionVisit visit) {
        if (visit.confidential) {
            return vault.reveal(visit.denouncerRef).stream().map(p -> new PartyInput(PartyRole.valueOf(p.role()),
                    p.fullName(), p.idDocType() == null ? null : IdDocType.valueOf(p.idDocType()), p.idNumber(),
                    p.idIssueDate(), p.idIssuePlace(), p.gender() == null ? null : Gender.valueOf(p.gender()),
                    p.birthYear(), p.addressAsWritten(), p.addressUnitCode(), p.phone(), p.position())).toList();
        }
        return parties(List.of(visit.id)).getOrDefault(visit.id, List.of()).stream().map(p -> new PartyInput(
                p.role, p.fullName, p.idDocType, p.idNumber, p.idIssueDate, p.idIssuePlace, p.gender, p.birthYear,
                p.addressAsWritten, p.addressUnitCode, p.phone, p.position)).toList();
    }

    @Transactional
    VisitView resultNotice(UUID id, VisitDtos.ResultNoticeRequest r) {
        Violations v = new Violations();
        v.require(r.version(), "version");
        v.require(r.sentAt(), "sentAt");
        v.require(r.kind(), "kind");
        v.throwIfAny();
        ReceptionVisit visit = find(id);
        requireAction(visit, VisitAction.RESULT_NOTICE);
        if (visit.version != r.version()) {
            throw ProblemException.staleVersion(visit.version);
        }
        if (r.sentAt().isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            throw ProblemException.invalid("sentAt", "FUTURE", "visit.notice.future");
        }
        if (r.sentAt().isBefore(visit.receivedAt)) {
            throw ProblemException.invalid("sentAt", "BEFORE_RECEIVED", "visit.notice.before-received");
        }
        visit.resultNoticeSentAt = r.sentAt();
        visit.resultNoticeKind = r.kind();
        visit.status = VisitStatus.RESULT_NOTIFIED;
        visit.touch(clock.instant(), user.username());
        em().flush();
        audit.record(AuditAction.STATE_CHANGE, ENTITY, visit.id, null, Map.of("action", "RESULT_NOTICE", "kind",
                r.kind().name(), "status", visit.status.name(), "late", visit.resultNoticeDue != null
                        && r.sentAt().atZone(zone()).toLocalDate().isAfter(visit.resultNoticeDue)));
        return view(visit);
    }

    @Transactional
    VisitView caseLink(UUID id, VisitDtos.CaseLinkRequest r) {
        Violations v = new Violations();
        v.require(r.version(), "version");
        v.require(r.caseId(), "caseId");
        v.throwIfAny();
        ReceptionVisit visit = find(id);
        requireAction(visit, VisitAction.CASE_LINK);
        if (visit.version != r.version()) {
            throw ProblemException.staleVersion(visit.version);
        }
        if (cases.find(r.caseId()).filter(CaseAccess.CaseRef::writable).isEmpty()) {
            throw ProblemException.invalid("caseId", "UNKNOWN", "visit.case-link.unknown-case");
        }
        visit.caseId = r.caseId();
        if (visit.matterId != null) {
            ReceptionMatter matter = em().find(ReceptionMatter.class, visit.matterId);
            matter.caseId = r.caseId();
            matter.updatedAt = clock.instant();
            matter.updatedBy = user.username();
        }
        visit.touch(clock.instant(), user.username());
        em().flush();
        audit.record(AuditAction.UPDATE, ENTITY, visit.id, null, Map.of("action", "CASE_LINK", "caseId",
                r.caseId().toString()));
        return view(visit);
    }

    @Transactional
    VisitDtos.RevealedIdentity reveal(UUID id, VisitDtos.RevealRequest r) {
        String purpose = r == null || r.purpose() == null ? null : r.purpose().strip();
        if (purpose == null || purpose.length() < 10) {
            throw ProblemException.invalid("purpose", purpose == null || purpose.isEmpty() ? "REQUIRED" : "TOO_SHORT",
                    "visit.reveal.purpose");
        }
        if (purpose.length() > 1000) {
            throw ProblemException.invalid("purpose", "TOO_LONG", "validation.too-long", 1000);
        }
        ReceptionVisit visit = audit.revealChecked(ENTITY, id, purpose, () -> {
            if (!user.hasRole(Roles.CONFIDENTIAL_CUSTODIAN)) {
                throw new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.detail");
            }
            return find(id);
        });
        if (!visit.confidential) {
            throw ProblemException.conflict("confidential", "NOT_CONFIDENTIAL", "visit.reveal.not-confidential");
        }
        List<PartyView> parties = vault.reveal(visit.denouncerRef).stream().map(p -> new PartyView(p.id(),
                PartyRole.valueOf(p.role()), p.fullName(), p.idDocType() == null ? null : IdDocType.valueOf(
                        p.idDocType()), p.idNumber(), p.idIssueDate(), p.idIssuePlace(), p.gender() == null ? null
                        : Gender.valueOf(p.gender()), p.birthYear(), p.addressAsWritten(), p.addressUnitCode(),
                p.phone(), p.position())).toList();
        audit.record(AuditAction.VIEW, ENTITY, visit.id, purpose, Map.of("action", "REVEAL_IDENTITY", "people",
                parties.size()));
        return new VisitDtos.RevealedIdentity(visit.id, parties);
    }

    private void requireAction(ReceptionVisit visit, VisitAction action) {
        List<VisitAction> allowed = allowedActions(visit);
        if (!allowed.contains(action)) {
            List<String> names = allowed.stream().map(Enum::name).toList();
            throw ProblemException.actionNotAllowed("status", names, "visit.action.not-allowed", action.name(),
                    visit.status.name(), names.isEmpty() ? "-" : String.join(", ", names));
        }
    }

    List<VisitAction> allowedActions(ReceptionVisit visit) {
        List<VisitAction> actions = new ArrayList<>();
        if (WRITERS.stream().anyMatch(user::hasRole)) {
            if (visit.status != VisitStatus.REFUSED) {
                actions.add(VisitAction.PATCH);
            }
            if (visit.status == VisitStatus.HANDLED) {
                actions.add(VisitAction.RESULT_NOTICE);
            }
            if (visit.handlingDirection == HandlingDirection.THU_LY && visit.status != VisitStatus.REFUSED) {
                actions.add(VisitAction.CASE_LINK);
            }
        }
        if (visit.confidential && user.hasRole(Roles.CONFIDENTIAL_CUSTODIAN)) {
            actions.add(VisitAction.REVEAL_IDENTITY);
        }
        return actions;
    }

    // ---------------------------------------------------------------- lookup

    @Transactional
    VisitDtos.LookupResult lookup(String idNumber, String fullName, String address) {
        String idKey = LookupKeys.idKey(idNumber);
        boolean byName = idKey == null && fullName != null && !fullName.isBlank();
        if (idKey == null && !byName) {
            throw ProblemException.invalid(List.of(
                    ProblemException.FieldIssue.of("idNumber", "REQUIRED", "visit.lookup.required"),
                    ProblemException.FieldIssue.of("fullName", "REQUIRED", "visit.lookup.required")));
        }
        boolean prefix = byName && (address == null || address.isBlank());
        String nameKey = byName ? (prefix ? LookupKeys.folded(fullName) + "|" : LookupKeys.nameKey(fullName, address))
                : null;
        LookupKeys.Condition condition = LookupKeys.Condition.of(idKey, nameKey, prefix);
        List<UUID> visitIds = em().createQuery("select distinct p.visitId from VisitParty p where "
                + condition.where(), UUID.class).setParameter("k", condition.value()).getResultList();
        Set<UUID> refs = vault.refsMatching(idKey, byName ? fullName : null, byName ? address : null);
        List<ReceptionVisit> found = visits.withPartiesOrRefs(visitIds, refs, scope);
        Map<UUID, OrgUnit> unitById = units.byIds(found.stream().map(x -> x.orgUnitId).collect(
                java.util.stream.Collectors.toSet()));
        Map<UUID, PartyView> first = firstParties(found.stream().filter(x -> !x.confidential).toList());
        List<VisitDtos.LookupMatch> matches = new ArrayList<>();
        Map<UUID, Boolean> matterConfidential = new HashMap<>();
        for (ReceptionVisit x : found) {
            UnitRef unit = ref(unitById.get(x.orgUnitId));
            if (x.matterId != null) {
                matterConfidential.merge(x.matterId, x.confidential, Boolean::logicalOr);
            }
            if (x.confidential) {
                matches.add(new VisitDtos.LookupMatch(null, null, null, null, unit, x.classification, null,
                        x.matterId, null, VisitDtos.MASKED_NAME, true));
            } else {
                matches.add(new VisitDtos.LookupMatch(x.id, x.bookNo(), x.bookYear, x.receivedAt, unit,
                        x.classification, x.contentSummary, x.matterId, x.caseId, displayName(x, first.get(x.id)),
                        false));
            }
        }
        List<VisitDtos.RefusalNotice> notices = new ArrayList<>();
        if (!matterConfidential.isEmpty()) {
            List<VisitRefusal> refusals = em().createQuery("from VisitRefusal r where r.ground = :g and r.matterId in "
                    + ":m order by r.noticeDate desc", VisitRefusal.class).setParameter("g",
                    RefusalGround.R3_VEXATIOUS_REPEAT).setParameter("m", matterConfidential.keySet()).getResultList();
            for (VisitRefusal refusal : refusals) {
                ReceptionMatter m = em().find(ReceptionMatter.class, refusal.matterId);
                boolean masked = m.confidential || matterConfidential.get(refusal.matterId);
                notices.add(new VisitDtos.RefusalNotice(refusal.noticeNo, refusal.noticeDate, refusal.matterId,
                        masked ? null : m.summary));
            }
        }
        audit.recordView(ENTITY, null, "Tra cứu lượt tiếp trước (" + (idKey != null ? "số giấy tờ" : "họ tên")
                + "): " + matches.size() + " kết quả");
        return new VisitDtos.LookupResult(matches, notices);
    }

    // ---------------------------------------------------------------- export

    record Export(String fileName, vn.tiepdan.visit.export.BookHeader header, List<vn.tiepdan.visit.export.BookRow> rows) {
    }

    static final int MAX_EXPORT_ROWS = 50_000;

    @Transactional
    Export export(VisitRepository.Filter filter, ExportFormat format) {
        VisitRepository.Filter f = withUnitPath(filter);
        if (f.unit() != null && f.unitPath() == null) {
            // The book's heading names the unit: a unit outside the scope (or none) is a bad filter, not an empty book.
            throw ProblemException.invalid("unit", "UNKNOWN", "visit.unit.unknown");
        }
        // One query: one row more than allowed tells that the book is too large.
        List<ReceptionVisit> rows = visits.all(f, scope, today(), zone(), MAX_EXPORT_ROWS + 1);
        if (rows.size() > MAX_EXPORT_ROWS) {
            throw ProblemException.invalid("format", "TOO_MANY_ROWS", "visit.export.too-many-rows", MAX_EXPORT_ROWS);
        }
        OrgUnit unit = f.unit() != null ? units.findInScope(f.unit(), scope).orElse(null)
                : user.orgUnitCode().flatMap(units::findCurrentByCode).orElse(null);
        int year = f.year() != null ? f.year() : f.from() != null ? f.from().getYear() : f.to() != null
                ? f.to().getYear() : today().getYear();
        java.time.format.DateTimeFormatter dmy = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        String period = f.from() == null && f.to() == null ? null
                : "Từ ngày " + (f.from() == null ? "01/01/" + year : f.from().format(dmy)) + " đến ngày "
                        + (f.to() == null ? today().format(dmy) : f.to().format(dmy));
        String unitName = unit == null ? "UBND tỉnh Đồng Nai" : unit.name();
        String unitCode = unit == null ? "DN" : unit.code();
        var header = new vn.tiepdan.visit.export.BookHeader(unitName, year, period, today(), user.displayName());
        Map<UUID, List<VisitParty>> parties = parties(rows.stream().filter(x -> !x.confidential).map(x -> x.id)
                .toList());
        Map<UUID, OrgUnit> transferUnits = units.byIds(rows.stream().map(x -> x.transferToUnitId)
                .filter(Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        List<vn.tiepdan.visit.export.BookRow> book = rows.stream().map(x -> BookRows.row(x,
                parties.getOrDefault(x.id, List.of()), previouslyHandled(x.previouslyHandled),
                x.transferToUnitId == null ? null : transferUnits.get(x.transferToUnitId), zone())).toList();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("format", format.name());
        details.put("rows", book.size());
        details.put("unit", unitCode);
        details.put("year", year);
        details.put("searched", f.q() != null);
        audit.record(AuditAction.EXPORT, ENTITY, null, null, details);
        return new Export("so-tiep-cong-dan-" + unitCode + "-" + year + "." + format.name(), header, book);
    }

    // ---------------------------------------------------------------- views

    /** Identity of every party is withheld from integrations (read-only, masked). */
    private boolean masksAll() {
        return user.hasRole(Roles.INTEGRATOR) && WRITERS.stream().noneMatch(user::hasRole)
                && !user.hasRole(Roles.INSPECTOR) && !user.hasRole(Roles.CONFIDENTIAL_CUSTODIAN);
    }

    private Map<UUID, List<VisitParty>> parties(Collection<UUID> visitIds) {
        Map<UUID, List<VisitParty>> map = new HashMap<>();
        List<UUID> ids = List.copyOf(new HashSet<>(visitIds));
        for (int i = 0; i < ids.size(); i += 1000) {
            em().createQuery("from VisitParty p where p.visitId in :ids order by p.visitId, p.ordinal",
                    VisitParty.class).setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 1000)))
                    .getResultList().forEach(p -> map.computeIfAbsent(p.visitId, k -> new ArrayList<>()).add(p));
        }
        return map;
    }

    /** The party shown in a book line: the visitor, the organisation, or the first representative. */
    private Map<UUID, PartyView> firstParties(List<ReceptionVisit> list) {
        Map<UUID, PartyView> first = new HashMap<>();
        parties(list.stream().map(x -> x.id).toList()).forEach((id, ps) -> first.put(id, BookRows.lead(ps).view()));
        return first;
    }

    private String displayName(ReceptionVisit visit, PartyView lead) {
        if (visit.confidential) {
            return VisitDtos.MASKED_NAME;
        }
        if (masksAll() || lead == null) {
            return null;
        }
        return visit.partyKind == PartyKind.GROUP ? "Đoàn " + visit.headcount + " người – " + lead.fullName()
                : lead.fullName();
    }

    List<VisitSummary> summaries(List<ReceptionVisit> list) {
        Map<UUID, OrgUnit> unitById = units.byIds(list.stream().map(x -> x.orgUnitId).collect(
                java.util.stream.Collectors.toSet()));
        Map<UUID, PartyView> first = firstParties(list.stream().filter(x -> !x.confidential).toList());
        LocalDate today = today();
        boolean hide = masksAll();
        return list.stream().map(x -> {
            PartyView lead = x.confidential || hide ? null : first.get(x.id);
            return new VisitSummary(x.id, ref(unitById.get(x.orgUnitId)), x.bookYear, x.bookSeq, x.bookNo(),
                    x.receivedAt, x.sessionId, x.receptionKind, x.status, x.partyKind, x.headcount, x.confidential,
                    displayName(x, first.get(x.id)), lead == null ? null : lead.idNumber(),
                    lead == null ? null : lead.addressAsWritten(), x.classification, x.fieldCode, x.contentSummary,
                    x.handlingDirection, x.firstTime, x.matterId, x.caseId, x.resultNoticeDue, x.resultNoticeSentAt,
                    x.noticeOverdue(today));
        }).toList();
    }

    VisitView view(ReceptionVisit x) {
        return view(x, List.of());
    }

    VisitView view(ReceptionVisit x, List<vn.tiepdan.shared.api.Warning> warnings) {
        OrgUnit unit = units.byIds(Set.of(x.orgUnitId)).get(x.orgUnitId);
        boolean masked = x.confidential || masksAll();
        List<PartyView> parties = masked ? List.of() : parties(List.of(x.id)).getOrDefault(x.id, List.of()).stream()
                .map(VisitParty::view).toList();
        PartyView lead = masked ? null : firstParties(List.of(x)).get(x.id);
        List<VisitDtos.DocumentView> documents = em().createQuery("from VisitDocument d where d.visitId = :v "
                + "order by d.ordinal", VisitDocument.class).setParameter("v", x.id).getResultList().stream()
                .map(VisitDocument::view).toList();
        VisitRefusal refusal = x.status == VisitStatus.REFUSED ? em().find(VisitRefusal.class, x.id) : null;
        Set<UUID> officialIds = new HashSet<>();
        officialIds.add(x.receivingOfficialId);
        officialIds.add(x.presidingOfficialId);
        Map<UUID, OfficialRef> officials = directory.refs(officialIds);
        VisitDtos.TransferTo transfer = x.transferToUnitId == null && x.transferToName == null ? null
                : new VisitDtos.TransferTo(x.transferToUnitId, x.transferToName != null ? x.transferToName
                        : units.byIds(Set.of(x.transferToUnitId)).values().stream().map(OrgUnit::name).findFirst()
                                .orElse(null));
        return new VisitView(x.id, ref(unit), x.bookYear, x.bookSeq, x.bookNo(), x.receivedAt, x.sessionId,
                x.receptionKind, x.program, x.channel, x.status, x.partyKind, x.headcount, x.largeGroup,
                x.confidential, displayName(x, lead), lead == null ? null : lead.idNumber(),
                lead == null ? null : lead.addressAsWritten(), x.classification,
                VisitValidation.mixedKinds(x.mixedKinds), x.fieldCode, x.contentSummary, x.visitorRequest,
                x.handlingDirection, x.firstTime, x.matterId, x.caseId, x.resultNoticeDue, x.resultNoticeSentAt,
                x.resultNoticeKind, x.noticeOverdue(today()), parties, masked, documents,
                previouslyHandled(x.previouslyHandled), refusal == null ? null : refusal.view(), x.receiptNo,
                x.guidance, transfer, x.leaderConclusion, x.membersOpinions, x.visitorStatement, x.interpreterUsed,
                x.interpreterName, x.notes, x.withPetition, x.statementConfirmation,
                officials.get(x.receivingOfficialId), officials.get(x.presidingOfficialId), allowedActions(x),
                x.version, x.createdAt, x.createdBy, warnings);
    }

    private static UnitRef ref(OrgUnit u) {
        return u == null ? null : new UnitRef(u.id(), u.code(), u.name());
    }
}
