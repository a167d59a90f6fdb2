package vn.tiepdan.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.tiepdan.audit.AuditAction;
import vn.tiepdan.audit.AuditTrail;
import vn.tiepdan.cases.CaseDtos.AcceptRequest;
import vn.tiepdan.cases.CaseDtos.AcceptSecondRequest;
import vn.tiepdan.cases.CaseDtos.ActionRequest;
import vn.tiepdan.cases.CaseDtos.AssignVerificationRequest;
import vn.tiepdan.cases.CaseDtos.CaseCreate;
import vn.tiepdan.cases.CaseDtos.CasePatch;
import vn.tiepdan.cases.CaseDtos.CaseView;
import vn.tiepdan.cases.CaseDtos.ConcludeRequest;
import vn.tiepdan.cases.CaseDtos.DecideRequest;
import vn.tiepdan.cases.CaseDtos.DialogueRequest;
import vn.tiepdan.cases.CaseDtos.ExtendRequest;
import vn.tiepdan.cases.CaseDtos.GroundFields;
import vn.tiepdan.cases.CaseDtos.PublishRequest;
import vn.tiepdan.cases.CaseDtos.RecordReplyRequest;
import vn.tiepdan.cases.CaseDtos.RejectRequest;
import vn.tiepdan.cases.CaseDtos.Resolution;
import vn.tiepdan.cases.CaseDtos.ReplyRequest;
import vn.tiepdan.cases.CaseDtos.ResumeRequest;
import vn.tiepdan.cases.CaseDtos.StepFields;
import vn.tiepdan.cases.CaseDtos.SuspendRequest;
import vn.tiepdan.cases.CaseDtos.WithdrawRequest;
import vn.tiepdan.confidential.IdentityVault;
import vn.tiepdan.deadline.DeadlineVariant;
import vn.tiepdan.petition.PetitionAccepted;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.api.ProblemType;
import vn.tiepdan.shared.api.Violations;
import vn.tiepdan.shared.security.CurrentUser;
import vn.tiepdan.shared.security.Roles;
import vn.tiepdan.shared.security.Scope;
import vn.tiepdan.shared.text.VietnameseText;

/** Opening cases and their actions; every change writes the timeline and the audit trail in one transaction. */
@ApplicationScoped
class CaseService {
    static final String ENTITY = "CASE";
    /** The actions that are a leader's legal act (cases-contract "Roles"). */
    static final Set<String> LEADER_ACTS = Set.of("accept", "reject", "decide", "conclude", "extend", "suspend",
            "resume", "terminate", "handle", "transfer", "assign");
    static final Set<String> L1_RESULTS = Set.of("DUNG_TOAN_BO", "SAI_TOAN_BO", "DUNG_MOT_PHAN");
    static final Set<String> L2_RESULTS = Set.of("CONG_NHAN_QD_LAN_DAU", "HUY_SUA_QD_LAN_DAU");
    static final Set<String> TC_RESULTS = Set.of("DUNG", "SAI", "CO_DUNG_CO_SAI");
    static final Set<String> NOT_DENUNCIATION = Set.of("ANONYMOUS", "PSEUDONYMOUS", "UNIDENTIFIABLE", "WRONG_FORM");
    static final Set<String> TC_SUSPEND = Set.of("TC_ART34_1_AWAIT_RESULT", "TC_ART34_1_AWAIT_EXPERT");
    static final Set<String> TC_TERMINATE = Set.of("TC_ART34_2_WITHDRAWN", "TC_ART34_2_DECEASED", "TC_ART34_2_SETTLED");
    static final Set<String> PUBLISH = Set.of("MEETING", "POSTING", "MEDIA");
    static final Set<String> SUBJECTS = Set.of("QUYET_DINH_HANH_CHINH", "HANH_VI_HANH_CHINH", "QUYET_DINH_KY_LUAT");

    private final EntityManager em;
    private final CaseAccess access;
    private final CaseTimeline timeline;
    private final CaseDeadlines deadlines;
    private final CaseReads reads;
    private final AuditTrail audit;
    private final Scope scope;
    private final CurrentUser user;
    private final Clock clock;
    private final ObjectMapper json;
    private final Event<VerificationAssigned> verificationAssigned;
    private final IdentityVault vault;

    CaseService(EntityManager em, CaseAccess access, CaseTimeline timeline, CaseDeadlines deadlines, CaseReads reads,
            AuditTrail audit, Scope scope, CurrentUser user, Clock clock, ObjectMapper json,
            Event<VerificationAssigned> verificationAssigned, IdentityVault vault) {
        this.vault = vault;
        this.em = em;
        this.access = access;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.reads = reads;
        this.audit = audit;
        this.scope = scope;
        this.user = user;
        this.clock = clock;
        this.json = json;
        this.verificationAssigned = verificationAssigned;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- open

    /** The source of a new case, read from a visit or a petition. */
    private record Source(UUID unitId, LocalDate receivedOn, String classification, String content, String request,
            String respondent, String fieldCode, boolean confidential, UUID denouncerRef, UUID visitId, UUID matterId,
            UUID petitionId, boolean largeGroup) {
    }

    @Transactional
    CaseView create(CaseCreate r) {
        if (r == null || (r.visitId() == null) == (r.petitionId() == null)) {
            throw ProblemException.invalid("visitId", "REQUIRED", "cases.create.source");
        }
        if (r.title() != null && r.title().length() > 300) {
            throw ProblemException.invalid("title", "TOO_LONG", "validation.too-long", 300);
        }
        Source s = r.visitId() != null ? visitSource(r.visitId()) : petitionSource(r.petitionId(), true);
        CaseFile c = open(s, r.title());
        return reads.view(c.id);
    }

    /** Opens the case of a petition decided DE_XUAT_THU_LY (fired inside the deciding transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    void onPetitionAccepted(PetitionAccepted event) {
        open(petitionSource(event.petitionId(), false), null);
    }

    @SuppressWarnings("unchecked")
    private Source visitSource(UUID visitId) {
        Scope.Condition sc = scope.clause("u.path");
        var q = em.createNativeQuery("select v.org_unit_id, v.received_at, v.classification, v.content_summary, "
                + "v.visitor_request, v.field_code, v.confidential, v.denouncer_ref, v.matter_id, v.handling_direction, "
                + "v.case_id, v.large_group from reception_visit v join org_unit u on u.id = v.org_unit_id "
                + "where v.id = :id and " + sc.where()).setParameter("id", visitId);
        sc.parameters().forEach(q::setParameter);
        List<Object[]> rows = q.getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.invalid("visitId", "UNKNOWN", "cases.create.visit-unknown");
        }
        Object[] v = rows.get(0);
        if (!"THU_LY".equals(v[9])) {
            throw ProblemException.conflict("visitId", "NOT_THU_LY", "cases.create.visit-not-accepted");
        }
        if (v[10] != null) {
            throw ProblemException.conflict("visitId", "ALREADY_LINKED", "cases.create.already-linked");
        }
        LocalDate received = ((Instant) toInstant(v[1])).atZone(clock.getZone()).toLocalDate();
        return new Source((UUID) v[0], received, (String) v[2], (String) v[3], (String) v[4], null, (String) v[5],
                Boolean.TRUE.equals(v[6]), (UUID) v[7], visitId, (UUID) v[8], null, Boolean.TRUE.equals(v[11]));
    }

    private static Object toInstant(Object value) {
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private Source petitionSource(UUID petitionId, boolean scoped) {
        Scope.Condition sc = scoped ? scope.clause("u.path") : new Scope.Condition("1 = 1", Map.of());
        var q = em.createNativeQuery("select p.org_unit_id, p.received_on, p.classification, p.content, p.request, "
                + "p.respondent, p.field_code, p.confidential, p.denouncer_ref, p.visit_id, v.matter_id, p.case_id, "
                + "p.decision from petition p join org_unit u on u.id = p.org_unit_id left join reception_visit v on "
                + "v.id = p.visit_id where p.id = :id and " + sc.where()).setParameter("id", petitionId);
        sc.parameters().forEach(q::setParameter);
        List<Object[]> rows = q.getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.invalid("petitionId", "UNKNOWN", "cases.create.petition-unknown");
        }
        Object[] p = rows.get(0);
        if (p[11] != null) {
            throw ProblemException.conflict("petitionId", "ALREADY_LINKED", "cases.create.already-linked");
        }
        if (scoped && !"DE_XUAT_THU_LY".equals(p[12]) && !"XU_LY_THONG_TIN_TO_CAO".equals(p[12])) {
            throw ProblemException.conflict("petitionId", "NOT_ACCEPTED", "cases.create.petition-not-accepted");
        }
        String classification = (String) p[2];
        if ("XU_LY_THONG_TIN_TO_CAO".equals(p[12])) {
            classification = "TO_CAO";
        }
        return new Source((UUID) p[0], toLocalDate(p[1]), classification, (String) p[3], (String) p[4],
                (String) p[5], (String) p[6], Boolean.TRUE.equals(p[7]), (UUID) p[8], (UUID) p[9], (UUID) p[10],
                petitionId, false);
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private CaseFile open(Source s, String title) {
        if (s.classification() == null) {
            throw ProblemException.invalid("classification", "REQUIRED", "cases.create.classification");
        }
        if ("NHIEU_NOI_DUNG".equals(s.classification())) {
            throw ProblemException.invalid("classification", "MIXED_NEEDS_SPLIT", "cases.create.mixed");
        }
        CaseType type = CaseType.valueOf(s.classification());
        s = confidentialSource(s);
        int year = s.receivedOn().getYear();
        int seq = nextSeq(s.unitId(), year);
        Instant now = clock.instant();
        CaseFile c = new CaseFile(s.unitId(), type, year, seq, now, user.username());
        c.status = CaseStatus.RECEIVED;
        c.receivedOn = s.receivedOn();
        String content = s.content() == null || s.content().isBlank() ? "-" : s.content().strip();
        c.summary = s.request() == null || s.request().isBlank() ? content : content + "\n" + s.request().strip();
        c.title = title != null && !title.isBlank() ? title.strip()
                : content.length() > 120 ? content.substring(0, 120).strip() + "…" : content;
        c.respondent = s.respondent();
        c.fieldCode = s.fieldCode();
        c.confidential = s.confidential() && s.denouncerRef() != null;
        c.denouncerRef = c.confidential ? s.denouncerRef() : null;
        c.largeGroup = s.largeGroup();
        c.visitId = s.visitId();
        c.matterId = s.matterId();
        c.petitionId = s.petitionId();
        c.instance = type == CaseType.KHIEU_NAI ? 1 : null;
        c.searchText = search(c);
        em.persist(c);
        em.flush();
        if (s.petitionId() != null) {
            em.createNativeQuery("update petition set case_id = :c, version = version + 1 where id = :p")
                    .setParameter("c", c.id).setParameter("p", s.petitionId()).executeUpdate();
            audit.record(AuditAction.UPDATE, "PETITION", s.petitionId(), null, Map.of("action", "CASE_LINK",
                    "caseId", c.id.toString()));
        }
        if (s.visitId() != null) {
            em.createNativeQuery("update reception_visit set case_id = :c, version = version + 1, updated_at = :now, "
                    + "updated_by = :by where id = :v and case_id is null").setParameter("c", c.id)
                    .setParameter("now", now).setParameter("by", user.username()).setParameter("v", s.visitId())
                    .executeUpdate();
            audit.record(AuditAction.UPDATE, "RECEPTION_VISIT", s.visitId(), null, Map.of("action", "CASE_LINK",
                    "caseId", c.id.toString()));
        }
        if (s.matterId() != null) {
            em.createNativeQuery("update reception_matter set case_id = :c where id = :m and case_id is null")
                    .setParameter("c", c.id).setParameter("m", s.matterId()).executeUpdate();
        }
        switch (type) {
            case KHIEU_NAI -> deadlines.start(c, "ACCEPT", "KN.ACCEPT_L1", c.receivedOn, Set.of());
            case TO_CAO -> deadlines.start(c, "INTAKE", "TC.INTAKE", c.receivedOn, Set.of());
            default -> {
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseNo", c.caseNo);
        if (s.visitId() != null) {
            data.put("visitId", s.visitId().toString());
        }
        if (s.petitionId() != null) {
            data.put("petitionId", s.petitionId().toString());
        }
        timeline.append(c.id, "OPEN", null, c.status.name(), c.orgUnitId, null, null, null, data);
        audit.record(AuditAction.CREATE, ENTITY, c.id, null, data);
        return c;
    }

    /**
     * A denunciation: the case shares the visit's or petition's vault ref (the visit book and the petition intake
     * already sealed the people there), and the texts lose every mention of them (Luật TC Art. 56).
     */
    private Source confidentialSource(Source s) {
        if (!s.confidential() || s.denouncerRef() == null) {
            return s;
        }
        return new Source(s.unitId(), s.receivedOn(), s.classification(), vault.redact(s.denouncerRef(), s.content()),
                vault.redact(s.denouncerRef(), s.request()), vault.redact(s.denouncerRef(), s.respondent()),
                s.fieldCode(), true, s.denouncerRef(), s.visitId(), s.matterId(), s.petitionId(), s.largeGroup());
    }

    private int nextSeq(UUID unitId, int year) {
        em.createNativeQuery("insert into case_counter (org_unit_id, year, last_seq) values (?1, ?2, 0) "
                + "on conflict do nothing").setParameter(1, unitId).setParameter(2, year).executeUpdate();
        Object seq = em.createNativeQuery("update case_counter set last_seq = last_seq + 1 where org_unit_id = ?1 "
                + "and year = ?2 returning last_seq").setParameter(1, unitId).setParameter(2, year).getSingleResult();
        return ((Number) seq).intValue();
    }

    private static String search(CaseFile c) {
        return VietnameseText.fold(String.join(" ", c.caseNo, c.title, c.summary,
                c.respondent == null ? "" : c.respondent));
    }

    // ---------------------------------------------------------------- patch

    @Transactional
    CaseView patch(UUID id, CasePatch r) {
        CaseFile c = writable(id, null);
        checkVersion(c, r);
        Violations v = new Violations();
        if (r.title() != null && r.title().isBlank()) {
            v.add("title", "REQUIRED", "validation.required");
        }
        v.maxLength(r.title(), 300, "title");
        v.maxLength(r.respondent(), 500, "respondent");
        if (r.summary() != null && r.summary().isBlank()) {
            v.add("summary", "REQUIRED", "validation.required");
        }
        // A case's summary is the visit's content and request (10 000 characters each) or the petition's.
        v.maxLength(r.summary(), 20_000, "summary");
        if (r.complaintSubject() != null && (c.caseType != CaseType.KHIEU_NAI
                || !SUBJECTS.contains(r.complaintSubject()))) {
            v.add("complaintSubject", "INVALID", "cases.complaint-subject.invalid");
        }
        if (r.fieldCode() != null && ((Number) em.createNativeQuery("select count(*) from field_category where code = ?1")
                .setParameter(1, r.fieldCode()).getSingleResult()).intValue() == 0) {
            v.add("fieldCode", "UNKNOWN", "cases.field-code.unknown");
        }
        v.throwIfAny();
        List<String> changed = new ArrayList<>();
        if (r.title() != null) {
            c.title = r.title().strip();
            changed.add("title");
        }
        if (r.summary() != null) {
            c.summary = r.summary().strip();
            changed.add("summary");
        }
        if (r.respondent() != null) {
            c.respondent = r.respondent().strip();
            changed.add("respondent");
        }
        if (r.fieldCode() != null) {
            c.fieldCode = r.fieldCode();
            changed.add("fieldCode");
        }
        if (r.complaintSubject() != null) {
            c.complaintSubject = r.complaintSubject();
            changed.add("complaintSubject");
        }
        if (r.largeGroup() != null) {
            c.largeGroup = r.largeGroup();
            changed.add("largeGroup");
        }
        c.searchText = search(c);
        c.touch(clock.instant(), user.username());
        em.flush();
        timeline.append(c.id, "UPDATE", c.status.name(), c.status.name(), c.orgUnitId, null, null, null,
                Map.of("fields", changed));
        audit.record(AuditAction.UPDATE, ENTITY, c.id, null, Map.of("fields", changed));
        return reads.view(c.id);
    }

    // ---------------------------------------------------------------- actions

    private CaseFile writable(UUID id, String action) {
        CaseAccess.CaseRef ref = access.find(id).orElseThrow(ProblemException::notFound);
        boolean leader = user.hasRole(Roles.UNIT_LEADER);
        boolean handler = user.hasRole(Roles.PETITION_HANDLER);
        if (!leader && (!handler || (action != null && LEADER_ACTS.contains(action)))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.detail");
        }
        if (!ref.writable()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "cases.read-only");
        }
        return em.find(CaseFile.class, id);
    }

    private static void checkVersion(CaseFile c, ActionRequest r) {
        if (r == null || r.version() == null) {
            throw ProblemException.invalid("version", "REQUIRED", "validation.required");
        }
        if (r.version() != c.version) {
            throw ProblemException.staleVersion(c.version);
        }
    }

    @Transactional
    CaseView act(UUID id, String action, ActionRequest r) {
        CaseFile c = writable(id, action);
        checkVersion(c, r);
        ActionTexts.check(r);
        CaseMachine machine = CaseMachine.of(c.caseType);
        CaseStatus from = c.status;
        CaseStatus to = machine.next(action, from).filter(x -> reads.guard(c, action)).orElseThrow(() -> {
            List<String> names = reads.allowed(c);
            return ProblemException.actionNotAllowed("status", names, "cases.action.not-allowed", action, from.name(),
                    names.isEmpty() ? "-" : String.join(", ", names));
        });
        Step step = apply(c, action, r, to);
        c.status = step.to;
        if (machine.isTerminal(step.to) && !machine.isTerminal(from)) {
            deadlines.cancelRunning(c.id, null);
            if (c.closedOn == null) {
                c.closedOn = step.on;
            }
        }
        c.touch(clock.instant(), user.username());
        em.flush();
        Map<String, Object> data = new LinkedHashMap<>(step.data);
        data.put("action", action);
        if (step.decision != null && step.decision.docNo != null) {
            data.put("docNo", step.decision.docNo);
        }
        UUID decisionId = step.decision == null ? null : step.decision.id;
        timeline.append(c.id, action.toUpperCase().replace('-', '_'), from.name(), step.to.name(), c.orgUnitId,
                step.decision == null ? null : step.decision.docNo, decisionId, null, data);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("action", action);
        details.put("from", from.name());
        details.put("to", step.to.name());
        if (decisionId != null) {
            details.put("decisionId", decisionId.toString());
        }
        audit.record(AuditAction.STATE_CHANGE, ENTITY, c.id, null, details);
        if ("assign-verification".equals(action) && c.caseType == CaseType.TO_CAO) {
            verificationAssigned.fire(new VerificationAssigned(c.id, decisionId));
        }
        return reads.view(c.id);
    }

    /** What an action did: the target state, its decision (if a legal act), the day and timeline data. */
    private static final class Step {
        CaseStatus to;
        CaseDecision decision;
        LocalDate on;
        final Map<String, Object> data = new HashMap<>();

        Step(CaseStatus to, LocalDate on) {
            this.to = to;
            this.on = on;
        }
    }

    private LocalDate day(LocalDate given, String field, Violations v) {
        LocalDate d = given == null ? today() : given;
        if (d.isAfter(today())) {
            v.add(field, "FUTURE", "cases.date.future");
        }
        return d;
    }

    private CaseDecision decision(CaseFile c, String kind, String docNo, LocalDate on) {
        CaseDecision d = new CaseDecision(c.id, kind, docNo, on, clock.instant(), user.username());
        em.persist(d);
        return d;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Step apply(CaseFile c, String action, ActionRequest r, CaseStatus to) {
        Violations v = new Violations();
        boolean complaint = c.caseType == CaseType.KHIEU_NAI;
        switch (action) {
            case "accept": {
                AcceptRequest a = (AcceptRequest) r;
                v.require(a.docNo(), "docNo");
                v.require(a.signedOn(), "signedOn");
                LocalDate on = day(a.signedOn(), "signedOn", v);
                if (a.signedOn() != null && a.signedOn().isBefore(c.receivedOn)) {
                    v.add("signedOn", "BEFORE_RECEIVED", "cases.date.before-received");
                }
                EnumSet<DeadlineVariant> variants = EnumSet.noneOf(DeadlineVariant.class);
                if (complaint) {
                    if (Boolean.TRUE.equals(a.complex())) {
                        v.require(a.complexityReason(), "complexityReason");
                        variants.add(DeadlineVariant.COMPLEX);
                    }
                    if (Boolean.TRUE.equals(a.remoteArea())) {
                        v.require(a.remoteReason(), "remoteReason");
                        variants.add(DeadlineVariant.REMOTE);
                    }
                } else if (!ComplexityRule.known(a.complexityCriteria())) {
                    v.add("complexityCriteria", "UNKNOWN", "cases.complexity.unknown");
                }
                v.throwIfAny();
                Step s = new Step(to, on);
                s.decision = decision(c, "ACCEPTANCE", a.docNo().strip(), on);
                s.decision.signerName = a.signerName();
                c.acceptedOn = on;
                if (complaint) {
                    c.complex = Boolean.TRUE.equals(a.complex());
                    c.complexityReason = c.complex ? a.complexityReason() : null;
                    c.remoteArea = Boolean.TRUE.equals(a.remoteArea());
                    c.remoteReason = c.remoteArea ? a.remoteReason() : null;
                    c.instance = 1;
                    deadlines.meet(c.id, "ACCEPT", on);
                    deadlines.start(c, "RESOLVE", "KN.RESOLVE_L1", on, variants);
                } else {
                    List<String> criteria = a.complexityCriteria() == null ? List.of()
                            : a.complexityCriteria().stream().distinct().toList();
                    ComplexityRule.Complexity cx = ComplexityRule.of(criteria);
                    c.complex = cx.complex();
                    c.veryComplex = cx.veryComplex();
                    c.complexityCriteria = write(criteria);
                    if (cx.complex()) {
                        variants.add(DeadlineVariant.COMPLEX);
                    }
                    if (cx.veryComplex()) {
                        variants.add(DeadlineVariant.VERY_COMPLEX);
                    }
                    deadlines.meet(c.id, "INTAKE", on);
                    deadlines.start(c, "RESOLVE", "TC.RESOLVE", on, variants);
                    deadlines.start(c, "NOTIFY_ACCEPT", "TC.NOTIFY_ACCEPT", on, Set.of());
                }
                s.decision.data = write(Map.of("variants", variants.stream().map(Enum::name).toList()));
                return s;
            }
            case "reject": {
                RejectRequest a = (RejectRequest) r;
                if (v.require(a.ground(), "ground") && !NotAcceptedGroundRule.valid(c.caseType, a.ground())) {
                    v.add("ground", "INVALID", "cases.ground.invalid");
                }
                v.require(a.docNo(), "docNo");
                v.require(a.signedOn(), "signedOn");
                v.require(a.content(), "content");
                LocalDate on = day(a.signedOn(), "signedOn", v);
                v.throwIfAny();
                Step s = new Step(to, on);
                s.decision = decision(c, "NOT_ACCEPTED", a.docNo().strip(), on);
                s.decision.ground = a.ground();
                s.decision.content = a.content();
                deadlines.meet(c.id, complaint ? "ACCEPT" : "INTAKE", on);
                s.data.put("ground", a.ground());
                return s;
            }
            case "assign-verification": {
                AssignVerificationRequest a = (AssignVerificationRequest) r;
                v.require(a.verifierUsername(), "verifierUsername");
                v.require(a.docNo(), "docNo");
                LocalDate on = day(a.signedOn(), "signedOn", v);
                v.throwIfAny();
                Step s = new Step(to, on);
                s.decision = decision(c, "VERIFICATION_ASSIGNMENT", a.docNo().strip(), on);
                s.decision.content = a.content();
                s.decision.data = write(Map.of("verifierUsername", a.verifierUsername()));
                s.data.put("verifierUsername", a.verifierUsername());
                return s;
            }
            case "hold-dialogue": {
                DialogueRequest a = (DialogueRequest) r;
                v.require(a.signedOn(), "signedOn");
                if (a.attendees() == null || a.attendees().isEmpty()) {
                    v.add("attendees", "REQUIRED", "validation.required");
                }
                v.require(a.content(), "content");
                LocalDate on = day(a.signedOn(), "signedOn", v);
                v.throwIfAny();
                Step s = new Step(to, on);
                s.decision = decision(c, "DIALOGUE_MINUTES", null, on);
                s.decision.content = a.content();
                s.decision.data = write(Map.of("instance", c.instance == null ? 1 : c.instance, "attendees",
                        a.attendees(), "absent", a.absent() == null ? List.of() : a.absent()));
                return s;
            }
            case "decide": {
                DecideRequest a = (DecideRequest) r;
                boolean second = to == CaseStatus.DECIDED_L2;
                DecisionFieldsRule.check(a.docNo(), a.signedOn(), a.signerName(), a.result(),
                        second ? L2_RESULTS : L1_RESULTS, v);
                remedies(v, a);
                if (!ComplaintDialogueRule.satisfied(c.instance, dialogueHeld(c.id, 2))) {
                    v.add("status", "DIALOGUE_REQUIRED", "cases.dialogue.required");
                }
                LocalDate on = day(a.signedOn(), "signedOn", v);
                v.throwIfAny();
                Step s = new Step(to, on);
                CaseDecision d = decision(c, second ? "RESOLUTION_L2" : "RESOLUTION_L1", a.docNo().strip(), on);
                s.decision = d;
                resolution(d, a);
                d.onTime = deadlines.meet(c.id, "RESOLVE", on);
                c.result = a.result();
                c.decidedOn = on;
                s.data.put("result", a.result());
                return s;
            }
            case "conclude": {
                ConcludeRequest a = (ConcludeRequest) r;
                DecisionFieldsRule.check(a.docNo(), a.signedOn(), a.signerName(), a.result(), TC_RESULTS, v);
                remedies(v, a);
                LocalDate on = day(a.signedOn(), "signedOn", v);
                v.throwIfAny();
                Step s = new Step(to, on);
                CaseDecision d = decision(c, "CONCLUSION", a.docNo().strip(), on);
                s.decision = d;
                resolution(d, a);
                d.onTime = deadlines.meet(c.id, "RESOLVE", on);
                c.result = a.result();
                c.decidedOn = on;
                s.data.put("result", a.result());
                return s;
            }
            case "suspend": {
                SuspendRequest a = (SuspendRequest) r;
                v.require(a.docNo(), "docNo");
                v.require(a.signedOn(), "signedOn");
                if (complaint) {
                    if (a.signedOn() != null && !ComplaintSuspensionRule.allowed(a.signedOn())) {
                        v.add("signedOn", "SUSPENSION_NOT_IN_FORCE", "cases.suspension.not-in-force",
                                ComplaintSuspensionRule.IN_FORCE_FROM.toString());
                    }
                } else if (v.require(a.ground(), "ground") && !TC_SUSPEND.contains(a.ground())) {
                    v.add("ground", "INVALID", "cases.ground.invalid");
                }
                LocalDate on = day(a.signedOn(), "signedOn", v);
                v.throwIfAny();
                Step s = new Step(to, on);
                s.decision = decision(c, "SUSPENSION", a.docNo().strip(), on);
                s.decision.ground = a.ground();
                s.decision.content = a.content();
                c.statusBeforeSuspension = c.status;
                deadlines.pause(c.id, "RESOLVE", on, a.docNo().strip());
                return s;
            }
            case "resume": {
                ResumeRequest a = (ResumeRequest) r;
                v.require(a.docNo(), "docNo");
                v.require(a.signedOn(), "signedOn");
                LocalDate on = day(a.signedOn(), "signedOn", v);
                v.throwIfAny();
                if (!deadlines.resume(c.id, "RESOLVE", on, a.docNo().strip())) {
                    throw ProblemException.invalid("signedOn", "BEFORE_SUSPENSION", "cases.resume.before-suspension");
                }
                Step s = new Step(c.statusBeforeSuspension, on);
                s.decision = decision(c, "RESUMPTION", a.docNo().strip(), on);
                c.statusBeforeSuspension = null;
                return s;
            }
            case "accept-second": {
                AcceptSecondRequest a = (AcceptSecondRequest) r;
                v.require(a.receivedOn(), "receivedOn");
                v.require(a.docNo(), "docNo");
                day(a.receivedOn(), "receivedOn", v);
                LocalDate on = a.signedOn() != null ? day(a.signedOn(), "signedOn", v) : a.receivedOn();
                if (on != null && a.receivedOn() != null && on.isBefore(a.receivedOn())) {
                    v.add("signedOn", "BEFORE_RECEIVED", "cases.date.before-received");
                }
                v.throwIfAny();
                Step s = new Step(to, on);
                s.decision = decision(c, "ACCEPTANCE", a.docNo().strip(), on);
                s.decision.data = write(Map.of("instance", 2, "receivedOn", a.receivedOn().toString()));
                deadlines.cancelRunning(c.id, "RESOLVE");
                EnumSet<DeadlineVariant> variants = EnumSet.noneOf(DeadlineVariant.class);
                if (c.complex) {
                    variants.add(DeadlineVariant.COMPLEX);
                }
                if (c.remoteArea) {
                    variants.add(DeadlineVariant.REMOTE);
                }
                deadlines.start(c, "RESOLVE", "KN.RESOLVE_L2", on, variants);
                c.instance = 2;
                c.acceptedOn = on;
                return s;
            }
            case "withdraw": {
                WithdrawRequest a = (WithdrawRequest) r;
                if (v.require(a.scope(), "scope") && !Set.of("FULL", "PARTIAL").contains(a.scope())) {
                    v.add("scope", "INVALID", "cases.withdraw.scope");
                }
                v.require(a.signedOn(), "signedOn");
                boolean full = "FULL".equals(a.scope());
                boolean continues = full && !complaint && Boolean.TRUE.equals(a.continueDespiteWithdrawal());
                if ("PARTIAL".equals(a.scope()) && (a.items() == null || a.items().isEmpty())) {
                    v.add("items", "REQUIRED", "validation.required");
                }
                if (continues) {
                    v.require(a.reason(), "reason");
                } else if (full) {
                    v.require(a.docNo(), "docNo");
                }
                LocalDate on = day(a.signedOn(), "signedOn", v);
                v.throwIfAny();
                Step s = new Step(full && !continues ? to : c.status, on);
                s.decision = decision(c, "WITHDRAWAL", a.docNo() == null ? null : a.docNo().strip(), on);
                s.decision.scope = a.scope();
                s.decision.resolvedBy = full && !continues ? "WITHDRAWAL" : null;
                Map<String, Object> extra = new HashMap<>();
                extra.put("items", a.items() == null ? List.of() : a.items());
                extra.put("continueDespiteWithdrawal", continues);
                if (continues) {
                    extra.put("reason", a.reason());
                }
                s.decision.data = write(extra);
                s.data.put("scope", a.scope());
                return s;
            }
            case "mark-not-denunciation": {
                GroundFields a = (GroundFields) r;
                if (v.require(a.ground(), "ground") && !NOT_DENUNCIATION.contains(a.ground())) {
                    v.add("ground", "INVALID", "cases.ground.invalid");
                }
                LocalDate on = day(a.signedOn(), "signedOn", v);
                v.throwIfAny();
                deadlines.meet(c.id, "INTAKE", on);
                Step s = new Step(to, on);
                s.data.put("ground", a.ground());
                return s;
            }
            case "terminate": {
                GroundFields a = (GroundFields) r;
                if (v.require(a.ground(), "ground") && !TC_TERMINATE.contains(a.ground())) {
                    v.add("ground", "INVALID", "cases.ground.invalid");
                }
                v.require(a.docNo(), "docNo");
                LocalDate on = day(a.signedOn(), "signedOn", v);
                v.throwIfAny();
                Step s = new Step(to, on);
                s.decision = decision(c, "TERMINATION", a.docNo().strip(), on);
                s.decision.ground = a.ground();
                s.decision.content = a.content();
                s.data.put("ground", a.ground());
                return s;
            }
            case "extend": {
                ExtendRequest a = (ExtendRequest) r;
                ExtensionRule.check(a.days(), v);
                v.require(a.docNo(), "docNo");
                v.require(a.signedOn(), "signedOn");
                LocalDate on = day(a.signedOn(), "signedOn", v);
                v.throwIfAny();
                // Luật Tố cáo 2018, Điều 30(2),(3): an extension prolongs a running period; once it ran out the breach stands.
                LocalDate due = deadlines.dueAsOf(c.id, "RESOLVE", on).orElse(null);
                if (due != null && on.isAfter(due)) {
                    throw ProblemException.conflict("signedOn", "PERIOD_EXPIRED", "cases.extension.after-expiry",
                            due.toString());
                }
                deadlines.extend(c.id, "RESOLVE", a.days(), a.docNo().strip(), on);
                Step s = new Step(to, on);
                s.decision = decision(c, "EXTENSION", a.docNo().strip(), on);
                s.decision.data = write(Map.of("days", a.days()));
                s.data.put("days", a.days());
                return s;
            }
            case "publish": {
                PublishRequest a = (PublishRequest) r;
                if (v.require(a.method(), "method") && !PUBLISH.contains(a.method())) {
                    v.add("method", "INVALID", "cases.publish.method");
                }
                LocalDate on = day(a.signedOn(), "signedOn", v);
                v.throwIfAny();
                Step s = new Step(to, on);
                s.decision = decision(c, "PUBLICATION", null, on);
                s.decision.content = a.content();
                s.decision.data = write(Map.of("method", a.method()));
                s.data.put("method", a.method());
                return s;
            }
            case "reply": {
                ReplyRequest a = (ReplyRequest) r;
                v.require(a.docNo(), "docNo");
                v.require(a.content(), "content");
                if (a.result() != null && !TC_RESULTS.contains(a.result())) {
                    v.add("result", "INVALID", "cases.result.invalid", String.join(", ", TC_RESULTS));
                }
                LocalDate on = day(a.signedOn(), "signedOn", v);
                v.throwIfAny();
                Step s = new Step(to, on);
                s.decision = decision(c, "REPLY", a.docNo().strip(), on);
                s.decision.content = a.content();
                s.decision.result = a.result();
                c.result = a.result();
                c.decidedOn = on;
                return s;
            }
            case "record-reply": {
                RecordReplyRequest a = (RecordReplyRequest) r;
                v.require(a.replyDocNo(), "replyDocNo");
                v.require(a.replyOn(), "replyOn");
                LocalDate on = day(a.replyOn(), "replyOn", v);
                v.throwIfAny();
                em.createNativeQuery("update case_transfer set reply_doc_no = :no, reply_on = :on where id = (select id "
                        + "from case_transfer where case_id = :c and external_body is not null order by transferred_at "
                        + "desc limit 1)").setParameter("no", a.replyDocNo().strip()).setParameter("on", on)
                        .setParameter("c", c.id).executeUpdate();
                Step s = new Step(to, on);
                s.decision = decision(c, "TRANSFER_REPLY", a.replyDocNo().strip(), on);
                s.decision.content = a.content();
                return s;
            }
            default: {
                StepFields a = (StepFields) r;
                LocalDate on = day(a.signedOn(), "signedOn", v);
                v.throwIfAny();
                Step s = new Step(to, on);
                String kind = switch (action) {
                    case "mark-effective" -> "EFFECTIVE";
                    case "file-lawsuit" -> "LAWSUIT";
                    case "start-enforcement" -> "ENFORCEMENT";
                    case "complete-enforcement" -> "ENFORCEMENT_DONE";
                    case "refer-inspection" -> "REFERRAL";
                    case "archive" -> "ARCHIVE";
                    case "notify-acceptance" -> "ACCEPTANCE_NOTICE";
                    case "draft-conclusion" -> "DRAFT_CONCLUSION";
                    case "handle" -> "HANDLING";
                    case "close" -> "CLOSURE";
                    case "refer-criminal" -> "CRIMINAL_REFERRAL";
                    case "follow-up" -> "FOLLOW_UP";
                    default -> null; // register, monitor, start-resolving: steps without a legal act
                };
                if (kind != null) {
                    s.decision = decision(c, kind, a.docNo() == null || a.docNo().isBlank() ? null : a.docNo().strip(),
                            on);
                    s.decision.content = a.content();
                }
                if ("notify-acceptance".equals(action)) {
                    s.decision.onTime = deadlines.meet(c.id, "NOTIFY_ACCEPT", on);
                }
                return s;
            }
        }
    }

    private static void remedies(Violations v, Resolution a) {
        DecisionFieldsRule.nonNegative(a.moneyRecoverState(), "moneyRecoverState", v);
        DecisionFieldsRule.nonNegative(a.landRecoverState(), "landRecoverState", v);
        DecisionFieldsRule.nonNegative(a.moneyReturn(), "moneyReturn", v);
        DecisionFieldsRule.nonNegative(a.landReturn(), "landReturn", v);
        DecisionFieldsRule.nonNegative(a.orgsRestored(), "orgsRestored", v);
        DecisionFieldsRule.nonNegative(a.personsRestored(), "personsRestored", v);
        DecisionFieldsRule.nonNegative(a.personsSanctioned(), "personsSanctioned", v);
        DecisionFieldsRule.nonNegative(a.personsSanctionedOfficials(), "personsSanctionedOfficials", v);
        DecisionFieldsRule.nonNegative(a.casesToInvestigation(), "casesToInvestigation", v);
        DecisionFieldsRule.nonNegative(a.personsToInvestigation(), "personsToInvestigation", v);
        DecisionFieldsRule.nonNegative(a.personsToInvestigationOfficials(), "personsToInvestigationOfficials", v);
    }

    /** The outcome and its report figures (01/KQGQ, 03/KQGQ) onto the decision. */
    private static void resolution(CaseDecision d, Resolution a) {
        d.signerName = a.signerName();
        d.result = a.result();
        d.content = a.content();
        d.resolvedBy = "DECISION";
        d.moneyRecoverState = a.moneyRecoverState();
        d.landRecoverState = a.landRecoverState();
        d.moneyReturn = a.moneyReturn();
        d.landReturn = a.landReturn();
        d.orgsRestored = a.orgsRestored();
        d.personsRestored = a.personsRestored();
        d.personsSanctioned = a.personsSanctioned();
        d.personsSanctionedOfficials = a.personsSanctionedOfficials();
        d.casesToInvestigation = a.casesToInvestigation();
        d.personsToInvestigation = a.personsToInvestigation();
        d.personsToInvestigationOfficials = a.personsToInvestigationOfficials();
    }

    private boolean dialogueHeld(UUID caseId, int instance) {
        List<CaseDecision> list = em.createQuery("from CaseDecision where caseId = :c and kind = 'DIALOGUE_MINUTES'",
                CaseDecision.class).setParameter("c", caseId).getResultList();
        for (CaseDecision d : list) {
            try {
                Map<String, Object> data = json.readValue(d.data, new TypeReference<Map<String, Object>>() {
                });
                if (Integer.valueOf(instance).equals(data.get("instance"))) {
                    return true;
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return false;
    }
}
