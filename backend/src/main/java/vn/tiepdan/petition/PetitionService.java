package vn.tiepdan.petition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.tiepdan.audit.AuditAction;
import vn.tiepdan.audit.AuditTrail;
import vn.tiepdan.confidential.IdentityVault;
import vn.tiepdan.orgunit.OrgUnit;
import vn.tiepdan.orgunit.OrgUnitRepository;
import vn.tiepdan.orgunit.UnitRef;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.api.ProblemType;
import vn.tiepdan.shared.api.Violations;
import vn.tiepdan.shared.security.CurrentUser;
import vn.tiepdan.shared.security.Roles;
import vn.tiepdan.shared.security.Scope;
import vn.tiepdan.shared.text.VietnameseText;
import vn.tiepdan.visit.IdDocType;
import vn.tiepdan.petition.PetitionDtos.PetitionCreate;
import vn.tiepdan.petition.PetitionDtos.PetitionRef;
import vn.tiepdan.petition.PetitionDtos.PetitionSummary;
import vn.tiepdan.petition.PetitionDtos.PetitionView;
import vn.tiepdan.petition.PetitionDtos.PetitionerInput;
import vn.tiepdan.petition.PetitionDtos.PetitionerView;

/**
 * Use cases of the petition register (TT 05/2021/TT-TTCP; DOMAIN.md §6.2). Every change is audited in its
 * transaction; a denouncer's identity goes only to the {@link IdentityVault} and never into a column, an audit
 * detail, a problem or an answer (except the custodian's audited reveal).
 */
@ApplicationScoped
class PetitionService {
    static final String ENTITY = "PETITION";
    static final String DESTROYED_TEXT = "[đã tiêu hủy]";
    static final List<String> WRITERS = List.of(Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER);
    static final List<String> DECIDERS = List.of(Roles.UNIT_LEADER, Roles.PETITION_HANDLER);
    private static final int LONG_TEXT = 20_000;

    private final PetitionRepository petitions;
    private final PetitionDeadlines deadlines;
    private final OrgUnitRepository units;
    private final IdentityVault vault;
    private final AuditTrail audit;
    private final Scope scope;
    private final CurrentUser user;
    private final Clock clock;
    private final Event<PetitionAccepted> accepted;

    PetitionService(PetitionRepository petitions, PetitionDeadlines deadlines, OrgUnitRepository units,
            IdentityVault vault, AuditTrail audit, Scope scope, CurrentUser user, Clock clock,
            Event<PetitionAccepted> accepted) {
        this.petitions = petitions;
        this.deadlines = deadlines;
        this.units = units;
        this.vault = vault;
        this.audit = audit;
        this.scope = scope;
        this.user = user;
        this.clock = clock;
        this.accepted = accepted;
    }

    private EntityManager em() {
        return petitions.getEntityManager();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- create

    /** A visit read for intake (its people stay where the visit feature keeps them for a denunciation). */
    private record VisitData(UUID id, UUID unitId, PetitionContentType classification, boolean confidential,
            UUID denouncerRef, String content, String request, String fieldCode, LocalDate receivedOn, int headcount) {
    }

    @Transactional
    PetitionView create(PetitionCreate r) {
        Violations v = new Violations();
        VisitData visit = null;
        if (r.visitId() != null) {
            visit = visitInScope(r.visitId()).orElseThrow(() -> ProblemException.invalid("visitId", "UNKNOWN",
                    "petition.visit.unknown"));
            if (!petitions.list("visitId", visit.id()).isEmpty()) {
                throw ProblemException.conflict("visitId", "ALREADY_TAKEN", "petition.visit.taken");
            }
        }
        UUID unitId = r.unitId() != null ? r.unitId() : visit != null ? visit.unitId()
                : user.orgUnitCode().flatMap(units::findCurrentByCode).map(OrgUnit::id).orElse(null);
        OrgUnit unit = unitId == null ? null : units.findInScope(unitId, scope).orElse(null);
        if (unit == null) {
            throw ProblemException.invalid("unitId", "UNKNOWN", "petition.unit.unknown");
        }
        LocalDate receivedOn = r.receivedOn() != null ? r.receivedOn() : visit != null ? visit.receivedOn() : today();
        if (receivedOn.isAfter(today())) {
            v.add("receivedOn", "FUTURE", "petition.received-on.future");
        } else if (!deadlines.covers(receivedOn)) {
            v.add("receivedOn", "NO_RULE_IN_FORCE", "petition.received-on.no-rule");
        }
        PetitionSource source = r.source() != null ? r.source() : PetitionSource.TRUC_TIEP;
        SenderRule.missing(source, r.senderBody(), r.senderDocNo(), r.senderDocDate())
                .forEach(f -> v.add(f, "REQUIRED", "petition.sender.required"));
        PetitionContentType classification = r.classification() != null ? r.classification()
                : visit != null ? visit.classification() : null;
        String content = r.content() != null ? r.content() : visit != null ? visit.content() : null;
        String request = r.request() != null ? r.request() : visit != null ? visit.request() : null;
        String fieldCode = r.fieldCode() != null ? r.fieldCode() : visit != null ? visit.fieldCode() : null;
        v.require(content, "content");
        texts(v, content, request, r.respondent(), r.senderBody(), r.senderDocNo(), r.language(),
                r.incidentUnitCode());
        fieldExists(fieldCode, v);
        List<PetitionerInput> people = r.petitioners() != null ? normalise(r.petitioners(), v)
                : visit != null && !visit.confidential() ? visitParties(visit.id()) : List.of();
        v.throwIfAny();

        boolean confidential = confidential(classification, r.mixedKinds()) || (visit != null && visit.confidential());
        Instant now = clock.instant();
        int year = receivedOn.getYear();
        Petition p = new Petition(unit.id(), year, petitions.nextSeq(unit.id(), year), now, user.username());
        p.receivedOn = receivedOn;
        p.receivedAt = now;
        p.source = source;
        p.senderBody = blankToNull(r.senderBody());
        p.senderDocNo = blankToNull(r.senderDocNo());
        p.senderDocDate = r.senderDocDate();
        p.visitId = visit == null ? null : visit.id();
        p.writtenDate = r.writtenDate();
        p.language = r.language() == null || r.language().isBlank() ? "vi" : r.language().strip();
        p.translationNotarised = r.translationNotarised();
        p.signed = r.signed() == null || r.signed();
        p.anonymous = Boolean.TRUE.equals(r.anonymous());
        p.pseudonymous = Boolean.TRUE.equals(r.pseudonymous());
        p.incidentUnitCode = blankToNull(r.incidentUnitCode());
        p.fieldCode = fieldCode;
        p.classification = classification;
        p.confidential = confidential;
        boolean peopleFromVisit = visit != null && visit.confidential() && r.petitioners() == null;
        p.petitionerCount = peopleFromVisit ? visit.headcount() : people.size();
        p.signerClass = r.signerClass() != null ? r.signerClass() : signerClass(p.petitionerCount);
        if (confidential) {
            // A denunciation visit's people stay under its ref (the same denouncer); otherwise a fresh ref.
            p.denouncerRef = visit != null && visit.denouncerRef() != null ? visit.denouncerRef() : vault.newRef();
        }
        setTexts(p, content, request, r.respondent(), peopleFromVisit ? null : people);
        // Everything set before the insert, so the new petition has version 0.
        p.searchText = searchText(p, confidential ? List.of() : people);
        p.processDueOn = deadlines.due(p.receivedOn);
        em().persist(p);
        em().flush();
        storePeople(p, people, peopleFromVisit);
        p.processDueOn = deadlines.start(p);
        em().flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("petitionNo", p.petitionNo);
        details.put("source", p.source.name());
        details.put("confidential", p.confidential);
        details.put("petitionerCount", p.petitionerCount);
        details.put("processDueOn", p.processDueOn.toString());
        if (p.visitId != null) {
            details.put("visitId", p.visitId.toString());
        }
        audit.record(AuditAction.CREATE, ENTITY, p.id, null, details);
        return view(p);
    }

    static boolean confidential(PetitionContentType classification, Collection<PetitionContentType> mixedKinds) {
        return classification == PetitionContentType.TO_CAO || (classification == PetitionContentType.NHIEU_NOI_DUNG
                && mixedKinds != null && mixedKinds.contains(PetitionContentType.TO_CAO));
    }

    private static SignerClass signerClass(int count) {
        return count > 1 ? SignerClass.NHIEU_NGUOI_DUNG_TEN : count == 1 ? SignerClass.MOT_NGUOI_DUNG_TEN
                : SignerClass.DON_KHAC;
    }

    /** Content, request and respondent; for a denunciation redacted of the people (Luật TC Art. 56(2)). */
    private void setTexts(Petition p, String content, String request, String respondent, List<PetitionerInput> people) {
        p.content = redact(p, VietnameseText.nfc(content), people);
        p.request = redact(p, blankToNull(VietnameseText.nfc(request)), people);
        p.respondent = redact(p, blankToNull(VietnameseText.nfc(respondent)), people);
    }

    private String redact(Petition p, String text, List<PetitionerInput> people) {
        if (!p.confidential || text == null) {
            return text;
        }
        return people == null ? vault.redact(p.denouncerRef, text) : IdentityVault.redact(text, persons(people));
    }

    /** People go to petition_party, or for a denunciation only to the vault. */
    private void storePeople(Petition p, List<PetitionerInput> people, boolean keepVaultAsIs) {
        em().createQuery("delete from PetitionParty x where x.petitionId = :p").setParameter("p", p.id).executeUpdate();
        if (p.confidential) {
            if (!keepVaultAsIs) {
                vault.store(p.denouncerRef, persons(people));
            }
        } else {
            int ordinal = 1;
            for (PetitionerInput x : people) {
                em().persist(new PetitionParty(p.id, ordinal++, x));
            }
        }
        p.searchText = searchText(p, p.confidential ? List.of() : people);
    }

    private static List<IdentityVault.Person> persons(List<PetitionerInput> people) {
        return people.stream().map(x -> new IdentityVault.Person((x.role() == null ? PetitionPartyRole.PETITIONER
                : x.role()).name(), x.fullName(), x.idDocType() == null ? null : x.idDocType().name(), x.idNumber(),
                null, null, null, null, x.address(), null, x.phone(), x.email(), null, null)).toList();
    }

    private static PetitionerView view(IdentityVault.Person x) {
        PetitionPartyRole role;
        try {
            role = x.role() == null ? PetitionPartyRole.PETITIONER : PetitionPartyRole.valueOf(x.role());
        } catch (IllegalArgumentException e) {
            role = "REPRESENTATIVE".equals(x.role()) ? PetitionPartyRole.REPRESENTATIVE : PetitionPartyRole.PETITIONER;
        }
        IdDocType doc = null;
        try {
            doc = x.idDocType() == null ? null : IdDocType.valueOf(x.idDocType());
        } catch (IllegalArgumentException e) {
            doc = IdDocType.OTHER;
        }
        return new PetitionerView(role, x.fullName(), doc, x.idNumber(), x.address(), x.phone(), x.email());
    }

    /** fold_vi of the number, the names of a non-denunciation's people, the sender, the content, request, respondent. */
    static String searchText(Petition p, List<PetitionerInput> publicPeople) {
        StringBuilder text = new StringBuilder(p.petitionNo).append(' ');
        publicPeople.forEach(x -> text.append(x.fullName()).append(' '));
        for (String s : new String[] { p.senderBody, p.senderDocNo, p.content, p.request, p.respondent }) {
            if (s != null) {
                text.append(s).append(' ');
            }
        }
        return VietnameseText.fold(VietnameseText.nfc(text.toString())).replaceAll("\\s+", " ").strip();
    }

    private static List<PetitionerInput> normalise(List<PetitionerInput> people, Violations v) {
        List<PetitionerInput> out = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            PetitionerInput x = people.get(i);
            String prefix = "petitioners[" + i + "].";
            if (x == null) {
                v.add("petitioners[" + i + "]", "REQUIRED", "validation.required");
                continue;
            }
            v.require(x.fullName(), prefix + "fullName");
            v.maxLength(x.fullName(), 200, prefix + "fullName");
            v.maxLength(x.idNumber(), 32, prefix + "idNumber");
            v.maxLength(x.address(), 500, prefix + "address");
            v.maxLength(x.phone(), 32, prefix + "phone");
            v.maxLength(x.email(), 200, prefix + "email");
            out.add(new PetitionerInput(x.role() == null ? PetitionPartyRole.PETITIONER : x.role(),
                    VietnameseText.nfc(x.fullName()), x.idDocType(), blankToNull(x.idNumber()),
                    blankToNull(VietnameseText.nfc(x.address())), blankToNull(x.phone()), blankToNull(x.email())));
        }
        return out;
    }

    private static void texts(Violations v, String content, String request, String respondent, String senderBody,
            String senderDocNo, String language, String incidentUnitCode) {
        v.maxLength(content, LONG_TEXT, "content");
        v.maxLength(request, LONG_TEXT, "request");
        v.maxLength(respondent, 500, "respondent");
        v.maxLength(senderBody, 300, "senderBody");
        v.maxLength(senderDocNo, 64, "senderDocNo");
        v.maxLength(language, 16, "language");
        v.maxLength(incidentUnitCode, 64, "incidentUnitCode");
    }

    private void fieldExists(String code, Violations v) {
        if (code != null && ((Number) em().createNativeQuery("select count(*) from field_category where code = ?1")
                .setParameter(1, code).getSingleResult()).intValue() == 0) {
            v.add("fieldCode", "UNKNOWN", "petition.field.unknown");
        }
    }

    @SuppressWarnings("unchecked")
    private Optional<VisitData> visitInScope(UUID id) {
        Scope.Condition c = scope.clause("u.path");
        var q = em().createNativeQuery("select v.id, v.org_unit_id, v.classification, v.confidential, v.denouncer_ref, "
                + "v.content_summary, v.visitor_request, v.field_code, v.received_at, v.headcount from reception_visit v "
                + "join org_unit u on u.id = v.org_unit_id where v.id = :id and " + c.where()).setParameter("id", id);
        c.parameters().forEach(q::setParameter);
        List<Object[]> rows = q.getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        Instant at = r[8] instanceof Instant i ? i : r[8] instanceof java.time.OffsetDateTime o ? o.toInstant()
                : ((java.sql.Timestamp) r[8]).toInstant();
        return Optional.of(new VisitData((UUID) r[0], (UUID) r[1], r[2] == null ? null
                : PetitionContentType.valueOf((String) r[2]), (Boolean) r[3], (UUID) r[4], (String) r[5],
                (String) r[6], (String) r[7], at.atZone(clock.getZone()).toLocalDate(), ((Number) r[9]).intValue()));
    }

    @SuppressWarnings("unchecked")
    private List<PetitionerInput> visitParties(UUID visitId) {
        List<Object[]> rows = em().createNativeQuery("select role, full_name, id_doc_type, id_number, "
                + "address_as_written, phone from visit_party where visit_id = ?1 order by ordinal")
                .setParameter(1, visitId).getResultList();
        return rows.stream().map(r -> new PetitionerInput(switch ((String) r[0]) {
            case "REPRESENTATIVE" -> PetitionPartyRole.REPRESENTATIVE;
            case "ORGANISATION" -> PetitionPartyRole.ORGANISATION;
            default -> PetitionPartyRole.PETITIONER;
        }, (String) r[1], r[2] == null ? null : IdDocType.valueOf((String) r[2]), (String) r[3], (String) r[4],
                (String) r[5], null)).toList();
    }

    // ---------------------------------------------------------------- read

    @Transactional
    PageResponse<PetitionSummary> list(PetitionRepository.Filter filter, PageParams page) {
        String path = filter.unit() == null ? null
                : units.findInScope(filter.unit(), scope).map(OrgUnit::path).orElse(null);
        String q = filter.q() == null || filter.q().isBlank() ? null
                : VietnameseText.nfc(filter.q()).replaceAll("\\s+", " ");
        String handler = "me".equals(filter.handler()) ? user.username() : filter.handler();
        PetitionRepository.Filter f = new PetitionRepository.Filter(q, filter.unit(), path, filter.status(),
                filter.classification(), filter.source(), filter.decision(), filter.from(), filter.to(),
                filter.overdue(), filter.duplicates(), handler, filter.caseLinked(), filter.sort());
        List<Petition> rows = petitions.page(f, scope, page, today());
        return PageResponse.of(summaries(rows), page, petitions.count(f, scope, today()));
    }

    @Transactional
    PetitionView get(UUID id) {
        Petition p = find(id);
        if (!p.confidential && !masksAll() && p.petitionerCount > 0) {
            audit.recordView(ENTITY, p.id, "Xem chi tiết đơn");
        }
        return view(p);
    }

    Petition find(UUID id) {
        return petitions.findInScope(id, scope).orElseThrow(ProblemException::notFound);
    }

    // ---------------------------------------------------------------- patch

    @Transactional
    PetitionView patch(UUID id, PetitionDtos.PetitionPatch r) {
        Violations v = new Violations();
        v.require(r.version(), "version");
        v.throwIfAny();
        Petition p = find(id);
        requireAction(p, PetitionAction.PATCH);
        if (p.version != r.version()) {
            throw ProblemException.staleVersion(p.version);
        }
        LocalDate receivedOn = r.receivedOn() != null ? r.receivedOn() : p.receivedOn;
        if (r.receivedOn() != null) {
            if (receivedOn.isAfter(today())) {
                v.add("receivedOn", "FUTURE", "petition.received-on.future");
            } else if (receivedOn.getYear() != p.petitionYear) {
                v.add("receivedOn", "YEAR_CHANGE", "petition.received-on.year-change");
            } else if (!deadlines.covers(receivedOn)) {
                v.add("receivedOn", "NO_RULE_IN_FORCE", "petition.received-on.no-rule");
            }
        }
        PetitionSource source = r.source() != null ? r.source() : p.source;
        String senderBody = r.senderBody() != null ? r.senderBody() : p.senderBody;
        String senderDocNo = r.senderDocNo() != null ? r.senderDocNo() : p.senderDocNo;
        LocalDate senderDocDate = r.senderDocDate() != null ? r.senderDocDate() : p.senderDocDate;
        SenderRule.missing(source, senderBody, senderDocNo, senderDocDate)
                .forEach(f -> v.add(f, "REQUIRED", "petition.sender.required"));
        if (r.content() != null && r.content().isBlank()) {
            v.add("content", "REQUIRED", "validation.required");
        }
        texts(v, r.content(), r.request(), r.respondent(), r.senderBody(), r.senderDocNo(), r.language(),
                r.incidentUnitCode());
        fieldExists(r.fieldCode(), v);
        List<PetitionerInput> people = r.petitioners() == null ? null : normalise(r.petitioners(), v);
        v.throwIfAny();

        List<String> changed = new ArrayList<>();
        boolean restart = !receivedOn.equals(p.receivedOn);
        set(changed, "receivedOn", r.receivedOn(), p.receivedOn, x -> p.receivedOn = x);
        set(changed, "source", r.source(), p.source, x -> p.source = x);
        set(changed, "senderBody", r.senderBody(), p.senderBody, x -> p.senderBody = x);
        set(changed, "senderDocNo", r.senderDocNo(), p.senderDocNo, x -> p.senderDocNo = x);
        set(changed, "senderDocDate", r.senderDocDate(), p.senderDocDate, x -> p.senderDocDate = x);
        set(changed, "writtenDate", r.writtenDate(), p.writtenDate, x -> p.writtenDate = x);
        set(changed, "language", r.language(), p.language, x -> p.language = x);
        set(changed, "translationNotarised", r.translationNotarised(), p.translationNotarised,
                x -> p.translationNotarised = x);
        set(changed, "signed", r.signed(), p.signed, x -> p.signed = x);
        set(changed, "signerClass", r.signerClass(), p.signerClass, x -> p.signerClass = x);
        set(changed, "anonymous", r.anonymous(), p.anonymous, x -> p.anonymous = x);
        set(changed, "pseudonymous", r.pseudonymous(), p.pseudonymous, x -> p.pseudonymous = x);
        set(changed, "incidentUnitCode", r.incidentUnitCode(), p.incidentUnitCode, x -> p.incidentUnitCode = x);
        set(changed, "fieldCode", r.fieldCode(), p.fieldCode, x -> p.fieldCode = x);
        if (people != null) {
            changed.add("petitioners");
            p.petitionerCount = people.size();
            storePeople(p, people, false);
        }
        // Texts after the people: a denunciation's texts are redacted of the people now in the vault.
        if (r.content() != null || r.request() != null || r.respondent() != null || people != null) {
            if (r.content() != null) {
                changed.add("content");
            }
            if (r.request() != null) {
                changed.add("request");
            }
            if (r.respondent() != null) {
                changed.add("respondent");
            }
            setTexts(p, r.content() != null ? r.content() : p.content, r.request() != null ? r.request() : p.request,
                    r.respondent() != null ? r.respondent() : p.respondent, people);
        }
        p.searchText = searchText(p, p.confidential ? List.of() : currentPeople(p));
        p.touch(clock.instant(), user.username());
        em().flush();
        if (restart) {
            p.processDueOn = deadlines.start(p);
        }
        em().flush();
        audit.record(AuditAction.UPDATE, ENTITY, p.id, null, Map.of("fields", changed));
        return view(p);
    }

    private static <T> void set(List<String> changed, String name, T value, T current,
            java.util.function.Consumer<T> setter) {
        if (value != null && !value.equals(current)) {
            setter.accept(value);
            changed.add(name);
        }
    }

    private List<PetitionerInput> currentPeople(Petition p) {
        return parties(List.of(p.id)).getOrDefault(p.id, List.of()).stream().map(PetitionParty::input).toList();
    }

    // ---------------------------------------------------------------- classify

    @Transactional
    PetitionView classify(UUID id, PetitionDtos.ClassifyRequest r) {
        Violations v = new Violations();
        v.require(r.version(), "version");
        v.require(r.classification(), "classification");
        v.require(r.processable(), "processable");
        v.require(r.competence(), "competence");
        if (r.processable() == Processable.KHONG_DU_DIEU_KIEN) {
            v.require(r.notProcessableReason(), "notProcessableReason");
        }
        v.maxLength(r.notProcessableReason(), 4000, "notProcessableReason");
        fieldExists(r.fieldCode(), v);
        v.throwIfAny();
        Petition p = find(id);
        requireAction(p, PetitionAction.CLASSIFY);
        if (p.version != r.version()) {
            throw ProblemException.staleVersion(p.version);
        }
        boolean confidential = confidential(r.classification(), r.mixedKinds());
        if (p.confidential && !confidential && r.classification() != PetitionContentType.NHIEU_NOI_DUNG) {
            throw ProblemException.conflict("classification", "CONFIDENTIALITY_LOCKED",
                    "petition.classification.locked");
        }
        ProcessableRule.Result check = ProcessableRule.check(facts(p, r.classification()));
        if (r.processable() == Processable.DU_DIEU_KIEN && !check.processable()) {
            throw ProblemException.invalid("processable", "CONDITIONS_NOT_MET", "petition.processable.unmet",
                    String.join(", ", check.unmet()));
        }
        if (r.duplicateOfId() != null) {
            Petition master = petitions.findInScope(r.duplicateOfId(), scope).orElse(null);
            OrgUnit mine = units.byIds(Set.of(p.orgUnitId)).get(p.orgUnitId);
            String masterPath = master == null ? null : units.byIds(Set.of(master.orgUnitId)).get(master.orgUnitId).path();
            Optional<String> refusal = DuplicateRule.refusal(p.id, mine.path(), !petitions.duplicatesOf(p.id).isEmpty(),
                    master == null ? null : new DuplicateRule.Master(master.id, master.duplicateOfId, masterPath));
            if (refusal.isPresent()) {
                throw ProblemException.invalid("duplicateOfId", refusal.get(), "petition.duplicate." + refusal.get()
                        .toLowerCase().replace('_', '-'));
            }
        }
        List<String> changed = new ArrayList<>();
        if (confidential && !p.confidential) {
            // Became a denunciation: the people move to the vault, the texts are redacted of them.
            List<PetitionerInput> people = currentPeople(p);
            p.confidential = true;
            p.denouncerRef = vault.newRef();
            storePeople(p, people, false);
            setTexts(p, p.content, p.request, p.respondent, people);
            changed.add("confidential");
        }
        p.classification = r.classification();
        p.processable = r.processable();
        p.notProcessableReason = r.processable() == Processable.KHONG_DU_DIEU_KIEN
                ? VietnameseText.nfc(r.notProcessableReason()) : null;
        p.competence = r.competence();
        if (r.fieldCode() != null) {
            p.fieldCode = r.fieldCode();
        }
        p.duplicateOfId = r.duplicateOfId();
        p.priorResolution = r.priorResolution();
        if (p.handlerUsername == null && user.hasRole(Roles.PETITION_HANDLER)) {
            p.handlerUsername = user.username();
        }
        p.status = PetitionStatus.CLASSIFIED;
        p.searchText = searchText(p, p.confidential ? List.of() : currentPeople(p));
        p.touch(clock.instant(), user.username());
        em().flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("action", "CLASSIFY");
        details.put("classification", p.classification.name());
        details.put("processable", p.processable.name());
        details.put("competence", p.competence.name());
        details.put("unmetConditions", check.unmet());
        details.put("changed", changed);
        if (p.duplicateOfId != null) {
            details.put("duplicateOf", p.duplicateOfId.toString());
        }
        if (p.priorResolution != null) {
            details.put("priorResolution", p.priorResolution.name());
        }
        audit.record(AuditAction.STATE_CHANGE, ENTITY, p.id, null, details);
        return view(p);
    }

    private static ProcessableRule.Facts facts(Petition p, PetitionContentType classification) {
        return new ProcessableRule.Facts(classification, p.language, p.translationNotarised, p.writtenDate != null,
                p.signed, p.anonymous, p.pseudonymous, p.petitionerCount > 0, p.respondent != null
                        && !p.respondent.isBlank(), p.content != null && !p.content.isBlank(),
                p.request != null && !p.request.isBlank());
    }

    // ---------------------------------------------------------------- decide

    @Transactional
    PetitionView decide(UUID id, PetitionDtos.DecideRequest r) {
        Violations v = new Violations();
        v.require(r.version(), "version");
        v.require(r.decision(), "decision");
        v.maxLength(r.ground(), 64, "ground");
        v.maxLength(r.note(), LONG_TEXT, "note");
        v.maxLength(r.transferToBody(), 300, "transferToBody");
        v.maxLength(r.transferSlipNo(), 64, "transferSlipNo");
        v.maxLength(r.handlerUsername(), 255, "handlerUsername");
        v.throwIfAny();
        Petition p = find(id);
        requireAction(p, PetitionAction.DECIDE);
        if (PetitionDecisionRule.HEAD_DECISIONS.contains(r.decision()) && !user.hasRole(Roles.UNIT_LEADER)) {
            throw new ProblemException(vn.tiepdan.shared.api.ProblemType.FORBIDDEN, "petition.decide.head-only",
                    r.decision().name());
        }
        if (p.version != r.version()) {
            throw ProblemException.staleVersion(p.version);
        }
        List<ProblemException.FieldIssue> issues = new ArrayList<>(PetitionDecisionRule.violations(
                new PetitionDecisionRule.Facts(p.classification, p.processable, p.competence,
                        p.anonymous || p.pseudonymous, p.duplicateOfId != null), r));
        OrgUnit target = null;
        if (r.decision() == PetitionDecision.CHUYEN_DON && r.transferToUnitId() != null) {
            target = em().find(OrgUnit.class, r.transferToUnitId());
            if (target == null || !target.validOn(today())) {
                issues.add(ProblemException.FieldIssue.of("transferToUnitId", "UNKNOWN", "petition.unit.unknown"));
            } else if (target.id().equals(p.orgUnitId)) {
                issues.add(ProblemException.FieldIssue.of("transferToUnitId", "SAME_UNIT", "petition.transfer.same-unit"));
            }
        }
        if (!issues.isEmpty()) {
            throw ProblemException.invalid(issues);
        }
        Instant now = clock.instant();
        LocalDate today = today();
        p.decision = r.decision();
        p.decisionGround = blankToNull(r.ground());
        p.decisionNote = redact(p, blankToNull(VietnameseText.nfc(r.note())), null);
        p.decidedAt = now;
        p.decidedBy = user.username();
        if (r.handlerUsername() != null && !r.handlerUsername().isBlank()) {
            p.handlerUsername = r.handlerUsername().strip();
        }
        p.status = PetitionDecisionRule.statusAfter(r.decision());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("action", "DECIDE");
        details.put("decision", r.decision().name());
        switch (r.decision()) {
            case CHUYEN_DON -> {
                p.transferToUnitId = target == null ? null : target.id();
                p.transferToBody = blankToNull(r.transferToBody());
                p.transferSlipNo = r.transferSlipNo().strip();
                p.transferRedacted = p.confidential;
                if (target != null) {
                    Petition copy = transferCopy(p, target, now);
                    details.put("transferredAs", copy.id.toString());
                }
            }
            case LUU_DON -> {
                p.filedAt = now;
                p.destroyAfter = deadlines.destroyAfter(today);
                if (p.decisionGround == null) {
                    p.decisionGround = p.processable == Processable.KHONG_DU_DIEU_KIEN ? "TT05_ART28_1A"
                            : "TT05_ART28_1B";
                }
                details.put("destroyAfter", p.destroyAfter.toString());
            }
            case TACH_NOI_DUNG -> {
                List<String> parts = new ArrayList<>();
                for (PetitionDtos.PartInput part : r.parts()) {
                    parts.add(splitPart(p, part, now).petitionNo);
                }
                details.put("parts", parts);
            }
            default -> {
                // the decision itself is the record
            }
        }
        p.touch(now, user.username());
        em().flush();
        deadlines.meet(p, today);
        audit.record(AuditAction.STATE_CHANGE, ENTITY, p.id, null, details);
        if (r.decision() == PetitionDecision.DE_XUAT_THU_LY) {
            // The cases feature opens the case in this transaction and sets petition.case_id.
            accepted.fire(new PetitionAccepted(p.id));
            em().flush();
            em().refresh(p);
        }
        return view(p);
    }

    /** The receiving unit of the tree gets the petition in its own register (for a denunciation: the same ref). */
    private Petition transferCopy(Petition p, OrgUnit target, Instant now) {
        LocalDate today = today();
        Petition c = new Petition(target.id(), today.getYear(), petitions.nextSeq(target.id(), today.getYear()), now,
                user.username());
        OrgUnit from = units.byIds(Set.of(p.orgUnitId)).get(p.orgUnitId);
        c.receivedOn = today;
        c.receivedAt = now;
        c.source = PetitionSource.CO_QUAN_KHAC_CHUYEN_DEN;
        c.senderBody = from.name();
        c.senderDocNo = p.transferSlipNo;
        c.senderDocDate = today;
        copyCommon(p, c);
        c.classification = p.classification;
        c.content = p.content;
        c.request = p.request;
        c.respondent = p.respondent;
        c.searchText = searchText(c, c.confidential ? List.of() : currentPeople(p));
        c.processDueOn = deadlines.due(c.receivedOn);
        em().persist(c);
        em().flush();
        copyPeople(p, c);
        c.processDueOn = deadlines.start(c);
        em().flush();
        audit.record(AuditAction.CREATE, ENTITY, c.id, null, Map.of("petitionNo", c.petitionNo, "source",
                c.source.name(), "transferredFrom", p.id.toString(), "confidential", c.confidential));
        return c;
    }

    /** A part of a mixed petition becomes a petition of its own (TT 05/2021 Arts. 21–27). */
    private Petition splitPart(Petition p, PetitionDtos.PartInput part, Instant now) {
        Petition c = new Petition(p.orgUnitId, p.petitionYear, petitions.nextSeq(p.orgUnitId, p.petitionYear), now,
                user.username());
        c.receivedOn = p.receivedOn;
        c.receivedAt = now;
        c.source = p.source;
        c.senderBody = p.senderBody;
        c.senderDocNo = p.senderDocNo;
        c.senderDocDate = p.senderDocDate;
        c.visitId = null;
        copyCommon(p, c);
        c.parentPetitionId = p.id;
        c.classification = part.classification();
        c.respondent = p.respondent;
        c.request = p.request;
        c.content = redact(c, VietnameseText.nfc(part.content()), null);
        c.searchText = searchText(c, c.confidential ? List.of() : currentPeople(p));
        c.processDueOn = deadlines.due(c.receivedOn);
        em().persist(c);
        em().flush();
        copyPeople(p, c);
        c.processDueOn = deadlines.start(c);
        em().flush();
        audit.record(AuditAction.CREATE, ENTITY, c.id, null, Map.of("petitionNo", c.petitionNo, "splitFrom",
                p.id.toString(), "confidential", c.confidential));
        return c;
    }

    private static void copyCommon(Petition p, Petition c) {
        c.writtenDate = p.writtenDate;
        c.language = p.language;
        c.translationNotarised = p.translationNotarised;
        c.signed = p.signed;
        c.signerClass = p.signerClass;
        c.anonymous = p.anonymous;
        c.pseudonymous = p.pseudonymous;
        c.petitionerCount = p.petitionerCount;
        c.confidential = p.confidential;
        c.denouncerRef = p.denouncerRef;
        c.incidentUnitCode = p.incidentUnitCode;
        c.fieldCode = p.fieldCode;
        c.handlerUsername = null;
    }

    private void copyPeople(Petition from, Petition to) {
        List<PetitionerInput> people = from.confidential ? List.of() : currentPeople(from);
        storePeople(to, people, true);
    }

    // ---------------------------------------------------------------- destroy

    @Transactional
    PetitionView destroy(UUID id, PetitionDtos.DestroyRequest r) {
        Violations v = new Violations();
        v.require(r.version(), "version");
        v.require(r.recordNo(), "recordNo");
        v.maxLength(r.recordNo(), 64, "recordNo");
        v.maxLength(r.approvedBy(), 255, "approvedBy");
        v.throwIfAny();
        Petition p = find(id);
        if (p.version != r.version()) {
            throw ProblemException.staleVersion(p.version);
        }
        Optional<String> refusal = FilingRule.refusal(p.status, p.destroyAfter, today(),
                user.hasRole(Roles.UNIT_LEADER));
        if (refusal.isPresent()) {
            List<String> allowed = allowedActions(p).stream().map(Enum::name).toList();
            throw ProblemException.actionNotAllowed("status", allowed, "petition.destroy." + refusal.get().toLowerCase()
                    .replace('_', '-'), p.destroyAfter == null ? "-" : p.destroyAfter.toString());
        }
        Instant now = clock.instant();
        p.content = DESTROYED_TEXT;
        p.request = p.request == null ? null : DESTROYED_TEXT;
        p.status = PetitionStatus.DESTROYED;
        p.destroyApprovedBy = r.approvedBy() == null || r.approvedBy().isBlank() ? user.username()
                : r.approvedBy().strip();
        p.destroyApprovedAt = now;
        p.destroyedAt = now;
        p.destructionRecordNo = r.recordNo().strip();
        p.searchText = searchText(p, p.confidential ? List.of() : currentPeople(p));
        p.touch(now, user.username());
        em().flush();
        audit.record(AuditAction.STATE_CHANGE, ENTITY, p.id, null, Map.of("action", "DESTROY", "recordNo",
                p.destructionRecordNo, "approvedBy", p.destroyApprovedBy));
        return view(p);
    }

    // ---------------------------------------------------------------- transfer reply

    /**
     * Records the reply received from the body a petition was transferred to (TT 01/2024 Biểu 01/XLD column 22);
     * a later reply replaces the earlier one. Only for a petition decided CHUYEN_DON.
     */
    @Transactional
    PetitionView transferReply(UUID id, PetitionDtos.TransferReplyRequest r) {
        Violations v = new Violations();
        v.require(r.version(), "version");
        v.require(r.replyDocNo(), "replyDocNo");
        v.maxLength(r.replyDocNo(), 64, "replyDocNo");
        v.require(r.replyOn(), "replyOn");
        v.throwIfAny();
        Petition p = find(id);
        requireAction(p, PetitionAction.RECORD_TRANSFER_REPLY);
        if (p.version != r.version()) {
            throw ProblemException.staleVersion(p.version);
        }
        if (r.replyOn().isAfter(today())) {
            throw ProblemException.invalid("replyOn", "FUTURE", "petition.transfer-reply.future");
        }
        LocalDate decidedOn = p.decidedAt == null ? null : LocalDate.ofInstant(p.decidedAt, clock.getZone());
        if (decidedOn != null && r.replyOn().isBefore(decidedOn)) {
            throw ProblemException.invalid("replyOn", "BEFORE_TRANSFER", "petition.transfer-reply.before-transfer");
        }
        p.transferReplyDocNo = r.replyDocNo().strip();
        p.transferReplyOn = r.replyOn();
        p.touch(clock.instant(), user.username());
        em().flush();
        audit.record(AuditAction.UPDATE, ENTITY, p.id, null, Map.of("action", "TRANSFER_REPLY", "replyDocNo",
                p.transferReplyDocNo, "replyOn", p.transferReplyOn.toString()));
        return view(p);
    }

    // ---------------------------------------------------------------- reveal

    @Transactional
    PetitionDtos.RevealedIdentity reveal(UUID id, PetitionDtos.RevealRequest r) {
        String purpose = r == null || r.purpose() == null ? null : r.purpose().strip();
        if (purpose == null || purpose.length() < 10) {
            throw ProblemException.invalid("purpose", purpose == null || purpose.isEmpty() ? "REQUIRED" : "TOO_SHORT",
                    "petition.reveal.purpose");
        }
        if (purpose.length() > 1000) {
            throw ProblemException.invalid("purpose", "TOO_LONG", "validation.too-long", 1000);
        }
        Petition p = audit.revealChecked(ENTITY, id, purpose, () -> {
            if (!user.hasRole(Roles.CONFIDENTIAL_CUSTODIAN)) {
                throw new ProblemException(ProblemType.FORBIDDEN, "problem.forbidden.detail");
            }
            return find(id);
        });
        if (!p.confidential) {
            throw ProblemException.conflict("confidential", "NOT_CONFIDENTIAL", "petition.reveal.not-confidential");
        }
        List<PetitionerView> people = vault.reveal(p.denouncerRef).stream().map(PetitionService::view).toList();
        audit.record(AuditAction.VIEW, ENTITY, p.id, purpose, Map.of("action", "REVEAL_IDENTITY", "people",
                people.size()));
        return new PetitionDtos.RevealedIdentity(p.id, people);
    }

    // ---------------------------------------------------------------- actions and views

    private void requireAction(Petition p, PetitionAction action) {
        List<PetitionAction> allowed = allowedActions(p);
        if (!allowed.contains(action)) {
            List<String> names = allowed.stream().map(Enum::name).toList();
            throw ProblemException.actionNotAllowed("status", names, "petition.action.not-allowed", action.name(),
                    p.status.name(), names.isEmpty() ? "-" : String.join(", ", names));
        }
    }

    List<PetitionAction> allowedActions(Petition p) {
        List<PetitionAction> actions = new ArrayList<>();
        if (p.undecided() && WRITERS.stream().anyMatch(user::hasRole)) {
            actions.add(PetitionAction.PATCH);
        }
        if (p.undecided() && DECIDERS.stream().anyMatch(user::hasRole)) {
            actions.add(PetitionAction.CLASSIFY);
            if (p.status == PetitionStatus.CLASSIFIED) {
                actions.add(PetitionAction.DECIDE);
            }
        }
        if (user.hasRole(Roles.UNIT_LEADER) && FilingRule.refusal(p.status, p.destroyAfter, today(), true).isEmpty()) {
            actions.add(PetitionAction.DESTROY);
        }
        if (p.confidential && user.hasRole(Roles.CONFIDENTIAL_CUSTODIAN)) {
            actions.add(PetitionAction.REVEAL_IDENTITY);
        }
        if (p.decision == PetitionDecision.CHUYEN_DON && p.status != PetitionStatus.DESTROYED
                && DECIDERS.stream().anyMatch(user::hasRole)) {
            actions.add(PetitionAction.RECORD_TRANSFER_REPLY);
        }
        return actions;
    }

    /** Integrations see no petitioner's personal data. */
    private boolean masksAll() {
        return user.hasRole(Roles.INTEGRATOR) && WRITERS.stream().noneMatch(user::hasRole)
                && !user.hasRole(Roles.INSPECTOR) && !user.hasRole(Roles.CONFIDENTIAL_CUSTODIAN);
    }

    private Map<UUID, List<PetitionParty>> parties(Collection<UUID> ids) {
        Map<UUID, List<PetitionParty>> map = new HashMap<>();
        if (ids.isEmpty()) {
            return map;
        }
        em().createQuery("from PetitionParty x where x.petitionId in :ids order by x.petitionId, x.ordinal",
                PetitionParty.class).setParameter("ids", List.copyOf(new HashSet<>(ids))).getResultList()
                .forEach(x -> map.computeIfAbsent(x.petitionId, k -> new ArrayList<>()).add(x));
        return map;
    }

    private String displayName(Petition p, List<PetitionParty> people) {
        if (p.confidential) {
            return PetitionDtos.MASKED_LABEL;
        }
        if (masksAll() || people == null || people.isEmpty()) {
            return null;
        }
        return people.size() > 1 ? people.get(0).fullName + " và " + (people.size() - 1) + " người khác"
                : people.get(0).fullName;
    }

    private boolean overdue(Petition p) {
        return p.undecided() && p.processDueOn != null && p.processDueOn.isBefore(today());
    }

    List<PetitionSummary> summaries(List<Petition> list) {
        Map<UUID, OrgUnit> unitById = units.byIds(list.stream().map(x -> x.orgUnitId).collect(Collectors.toSet()));
        Map<UUID, List<PetitionParty>> people = parties(list.stream().filter(x -> !x.confidential).map(x -> x.id)
                .toList());
        return list.stream().map(x -> new PetitionSummary(x.id, x.petitionNo, ref(unitById.get(x.orgUnitId)),
                x.receivedOn, x.source, x.status, x.classification, x.decision, x.confidential,
                displayName(x, people.get(x.id)), x.content, x.processDueOn, overdue(x), x.duplicateOfId,
                x.handlerUsername, x.caseId, x.version)).toList();
    }

    PetitionView view(Petition x) {
        Set<UUID> unitIds = new HashSet<>();
        unitIds.add(x.orgUnitId);
        if (x.transferToUnitId != null) {
            unitIds.add(x.transferToUnitId);
        }
        Map<UUID, OrgUnit> unitById = units.byIds(unitIds);
        boolean masked = x.confidential || masksAll();
        List<PetitionParty> people = x.confidential ? List.of() : parties(List.of(x.id)).getOrDefault(x.id, List.of());
        List<PetitionerView> petitioners = masked ? List.of() : people.stream().map(pp -> new PetitionerView(pp.role,
                pp.fullName, pp.idDocType, pp.idNumber, pp.address, pp.phone, pp.email)).toList();
        Petition master = x.duplicateOfId == null ? null : petitions.findById(x.duplicateOfId);
        Petition parent = x.parentPetitionId == null ? null : petitions.findById(x.parentPetitionId);
        List<PetitionRef> duplicates = petitions.duplicatesOf(x.id).stream().map(PetitionService::pref).toList();
        List<PetitionRef> parts = petitions.partsOf(x.id).stream().map(PetitionService::pref).toList();
        String caseNo = x.caseId == null ? null : caseNo(x.caseId);
        List<String> issues = x.classification == null ? List.of() : ProcessableRule.check(facts(x, x.classification))
                .unmet();
        OrgUnit target = x.transferToUnitId == null ? null : unitById.get(x.transferToUnitId);
        return new PetitionView(x.id, x.petitionNo, ref(unitById.get(x.orgUnitId)), x.receivedOn, x.receivedAt,
                x.source, x.senderBody, x.senderDocNo, x.senderDocDate, x.visitId, x.writtenDate, x.language,
                x.translationNotarised, x.signed, x.signerClass, x.anonymous, x.pseudonymous, x.confidential, masked,
                displayName(x, people), petitioners, x.petitionerCount, x.content, x.request, x.respondent,
                x.incidentUnitCode, x.fieldCode, x.classification, x.processable, x.notProcessableReason, issues,
                x.competence, x.status, x.decision, x.decisionGround, x.decisionNote,
                target == null ? null : new UnitRef(target.id(), target.code(), target.name()), x.transferToBody,
                x.transferSlipNo, x.transferRedacted, x.decidedAt, x.decidedBy, x.handlerUsername, x.processDueOn,
                deadlines.processDue(x.id).orElse(null), overdue(x), master == null ? null : pref(master), duplicates,
                parent == null ? null : pref(parent), parts, x.caseId, caseNo, x.filedAt, x.destroyAfter,
                x.destroyApprovedBy, x.destroyedAt, x.destructionRecordNo, x.priorResolution, x.transferReplyDocNo,
                x.transferReplyOn, allowedActions(x), x.version, x.createdAt,
                x.createdBy);
    }

    @SuppressWarnings("unchecked")
    private String caseNo(UUID caseId) {
        List<Object> rows = em().createNativeQuery("select case_no from case_file where id = ?1")
                .setParameter(1, caseId).getResultList();
        return rows.isEmpty() ? null : rows.get(0).toString();
    }

    private static PetitionRef pref(Petition p) {
        return new PetitionRef(p.id, p.petitionNo);
    }

    private static UnitRef ref(OrgUnit u) {
        return u == null ? null : new UnitRef(u.id(), u.code(), u.name());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
