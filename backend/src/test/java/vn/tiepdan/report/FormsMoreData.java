package vn.tiepdan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test records for the forms of part B, written as the application writes them: petitions as the petition service
 * leaves them after classify/decide (decided_at, decision, processable, competence, prior_resolution), cases with
 * the ACCEPTANCE / RESOLUTION_L1/L2 / CONCLUSION / WITHDRAWAL / TERMINATION / REPLY decisions CaseService writes and
 * the case_event that records each (action, from/to status, org_unit_id, decision_id).
 */
@ApplicationScoped
public class FormsMoreData {
    /** The window used by the hand counts: Q2 2026 under TT 01/2024 (15/3 – 14/6). */
    public static final ReportWindow Q2 = new ReportWindow(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 6, 14));
    private static final AtomicInteger SEQ = new AtomicInteger(1000);
    private static final ZoneOffset HCM = ZoneOffset.ofHours(7);

    private final EntityManager em;

    FormsMoreData(EntityManager em) {
        this.em = em;
    }

    /** A petition and its handling, all optional but the unit, classification and received day. */
    public static final class P {
        final UUID id = UUID.randomUUID();
        UUID unit;
        String classification;
        LocalDate received;
        LocalDate decided;
        String decision;
        String processable;
        String competence;
        String field;
        String prior;
        UUID duplicateOf;
        LocalDate replyOn;
        UUID caseId;

        public P(UUID unit, String classification, String received) {
            this.unit = unit;
            this.classification = classification;
            this.received = LocalDate.parse(received);
        }

        /** Decided on the day (10:00 in Hà Nội time) with the decision, processable, in/out of competence. */
        public P decided(String day, String decision, boolean processable, Boolean within) {
            this.decided = LocalDate.parse(day);
            this.decision = decision;
            this.processable = processable ? "DU_DIEU_KIEN" : "KHONG_DU_DIEU_KIEN";
            this.competence = within == null ? null : within ? "THUOC_THAM_QUYEN" : "KHONG_THUOC_THAM_QUYEN";
            return this;
        }

        public P field(String code) {
            this.field = code;
            return this;
        }

        public P prior(String value) {
            this.prior = value;
            return this;
        }

        public P duplicateOf(P master) {
            this.duplicateOf = master.id;
            return this;
        }

        public P reply(String day) {
            this.replyOn = LocalDate.parse(day);
            return this;
        }

        public UUID id() {
            return id;
        }
    }

    @Transactional
    public P save(P p) {
        int seq = SEQ.incrementAndGet();
        String status = p.decided == null ? "CLASSIFIED" : "LUU_DON".equals(p.decision) ? "FILED" : "DECIDED";
        em.createNativeQuery("insert into petition (id, org_unit_id, petition_year, petition_seq, petition_no, "
                + "received_on, received_at, source, signer_class, content, classification, processable, competence, "
                + "status, decision, decided_at, decided_by, duplicate_of_id, prior_resolution, field_code, "
                + "transfer_reply_on, transfer_reply_doc_no) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'BUU_CHINH', "
                + "'MOT_NGUOI_DUNG_TEN', 'Nội dung đơn thử', ?8, ?9, ?10, ?11, ?12, ?13, 'xuly.test', ?14, ?15, ?16, "
                + "?17, ?18)")
                .setParameter(1, p.id).setParameter(2, p.unit).setParameter(3, p.received.getYear())
                .setParameter(4, seq).setParameter(5, seq + "/" + p.received.getYear() + "/Đ")
                .setParameter(6, p.received).setParameter(7, p.received.atTime(8, 0).atOffset(HCM))
                .setParameter(8, p.classification).setParameter(9, p.processable).setParameter(10, p.competence)
                .setParameter(11, status).setParameter(12, p.decision)
                .setParameter(13, p.decided == null ? null : p.decided.atTime(10, 0).atOffset(HCM))
                .setParameter(14, p.duplicateOf).setParameter(15, p.prior).setParameter(16, p.field)
                .setParameter(17, p.replyOn).setParameter(18, p.replyOn == null ? null : "PD-" + seq).executeUpdate();
        return p;
    }

    /** A case of the type opened in the unit (RECEIVED / INTAKE_CHECK), optionally from a petition. */
    @Transactional
    public UUID openCase(UUID unit, String type, String received, P petition, UUID repeatOf) {
        UUID id = UUID.randomUUID();
        int seq = SEQ.incrementAndGet();
        String suffix = switch (type) {
            case "KHIEU_NAI" -> "KN";
            case "TO_CAO" -> "TC";
            default -> "KNPA";
        };
        em.createNativeQuery("insert into case_file (id, origin_unit_id, case_year, case_seq, case_no, case_type, "
                + "org_unit_id, status, received_on, title, summary, petition_id, repeat_of_case_id, instance) values "
                + "(?1, ?2, 2026, ?3, ?4, ?5, ?2, ?6, ?7, 'Vụ việc thử', 'Vụ việc thử', ?8, ?9, ?10)")
                .setParameter(1, id).setParameter(2, unit).setParameter(3, seq)
                .setParameter(4, seq + "/2026/" + suffix).setParameter(5, type)
                .setParameter(6, "TO_CAO".equals(type) ? "INTAKE_CHECK" : "RECEIVED")
                .setParameter(7, LocalDate.parse(received)).setParameter(8, petition == null ? null : petition.id)
                .setParameter(9, repeatOf).setParameter(10, "KHIEU_NAI".equals(type) ? 1 : null).executeUpdate();
        event(id, unit, "OPEN", null, "RECEIVED", LocalDate.parse(received), null);
        if (petition != null) {
            petition.caseId = id;
            em.createNativeQuery("update petition set case_id = ?1 where id = ?2").setParameter(1, id)
                    .setParameter(2, petition.id).executeUpdate();
        }
        return id;
    }

    /** A decision of the case and the event recording it, by the unit, as CaseService.act writes them. */
    public static final class D {
        String kind;
        String action;
        String from;
        String to;
        LocalDate signed;
        String result;
        String ground;
        String scope;
        String resolvedBy;
        Boolean onTime;
        BigDecimal moneyRecover;
        BigDecimal landRecover;
        BigDecimal moneyReturn;
        BigDecimal landReturn;
        Integer orgs;
        Integer persons;
        Integer sanctioned;
        Integer sanctionedOfficials;
        Integer casesInv;
        Integer personsInv;
        Integer personsInvOfficials;

        public D(String kind, String action, String from, String to, String signed) {
            this.kind = kind;
            this.action = action;
            this.from = from;
            this.to = to;
            this.signed = LocalDate.parse(signed);
        }

        public D result(String result, Boolean onTime) {
            this.result = result;
            this.onTime = onTime;
            this.resolvedBy = "DECISION";
            return this;
        }

        public D recover(String money, String land) {
            this.moneyRecover = money == null ? null : new BigDecimal(money);
            this.landRecover = land == null ? null : new BigDecimal(land);
            return this;
        }

        public D giveBack(String money, String land, Integer orgs, Integer persons) {
            this.moneyReturn = money == null ? null : new BigDecimal(money);
            this.landReturn = land == null ? null : new BigDecimal(land);
            this.orgs = orgs;
            this.persons = persons;
            return this;
        }

        public D sanctions(Integer persons, Integer officials) {
            this.sanctioned = persons;
            this.sanctionedOfficials = officials;
            return this;
        }

        public D investigation(Integer cases, Integer persons, Integer officials) {
            this.casesInv = cases;
            this.personsInv = persons;
            this.personsInvOfficials = officials;
            return this;
        }

        public D ground(String ground) {
            this.ground = ground;
            return this;
        }

        /** A full withdrawal that ends the case (resolved_by WITHDRAWAL). */
        public D fullWithdrawal() {
            this.scope = "FULL";
            this.resolvedBy = "WITHDRAWAL";
            return this;
        }
    }

    @Transactional
    public UUID decide(UUID caseId, UUID unit, D d) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into case_decision (id, case_id, kind, doc_no, signed_on, signer_name, result, "
                + "ground, scope, money_recover_state, land_recover_state, money_return, land_return, orgs_restored, "
                + "persons_restored, persons_sanctioned, persons_sanctioned_officials, cases_to_investigation, "
                + "persons_to_investigation, persons_to_investigation_officials, resolved_by, on_time, created_at, "
                + "created_by) values (?1, ?2, ?3, ?4, ?5, 'Chủ tịch', ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
                + "?16, ?17, ?18, ?19, ?20, ?21, ?22, 'lanhdao.test')")
                .setParameter(1, id).setParameter(2, caseId).setParameter(3, d.kind)
                .setParameter(4, SEQ.incrementAndGet() + "/QĐ").setParameter(5, d.signed).setParameter(6, d.result)
                .setParameter(7, d.ground).setParameter(8, d.scope).setParameter(9, d.moneyRecover)
                .setParameter(10, d.landRecover).setParameter(11, d.moneyReturn).setParameter(12, d.landReturn)
                .setParameter(13, d.orgs).setParameter(14, d.persons).setParameter(15, d.sanctioned)
                .setParameter(16, d.sanctionedOfficials).setParameter(17, d.casesInv).setParameter(18, d.personsInv)
                .setParameter(19, d.personsInvOfficials).setParameter(20, d.resolvedBy).setParameter(21, d.onTime)
                .setParameter(22, d.signed.atTime(15, 0).atOffset(HCM)).executeUpdate();
        event(caseId, unit, d.action, d.from, d.to, d.signed, id);
        em.createNativeQuery("update case_file set status = ?1 where id = ?2").setParameter(1, d.to)
                .setParameter(2, caseId).executeUpdate();
        return id;
    }

    private void event(UUID caseId, UUID unit, String action, String from, String to, LocalDate on, UUID decision) {
        Number seq = (Number) em.createNativeQuery("select coalesce(max(seq), 0) + 1 from case_event where case_id = ?1")
                .setParameter(1, caseId).getSingleResult();
        em.createNativeQuery("insert into case_event (id, case_id, seq, at, action, from_status, to_status, "
                + "actor_username, org_unit_id, decision_id) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'lanhdao.test', ?8, ?9)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, caseId).setParameter(3, seq.intValue())
                .setParameter(4, OffsetDateTime.of(on.atTime(16, 0), HCM)).setParameter(5, action)
                .setParameter(6, from).setParameter(7, to).setParameter(8, unit).setParameter(9, decision)
                .executeUpdate();
    }

    // ------------------------------------------------------------------ assertions

    /** Asserts every cell of a row: expected[i] is column i+1. */
    public static void assertRow(String form, BigDecimal[] actual, String... expected) {
        assertEquals(expected.length, actual.length, form + ": number of columns");
        List<String> diffs = new ArrayList<>();
        for (int i = 0; i < expected.length; i++) {
            if (new BigDecimal(expected[i]).compareTo(actual[i]) != 0) {
                diffs.add("col " + (i + 1) + " expected " + expected[i] + " got " + actual[i].toPlainString());
            }
        }
        assertEquals(List.of(), diffs, form + " row " + Arrays.toString(actual));
    }

    /** Asserts that every check of the form holds on the row (sides are sums of columns). */
    public static void assertChecks(FormDefinition def, BigDecimal[] row) {
        for (String rule : def.checks()) {
            BigDecimal first = null;
            for (String side : rule.replace(" ", "").split("=")) {
                BigDecimal sum = BigDecimal.ZERO;
                for (String n : side.split("\\+")) {
                    sum = sum.add(row[Integer.parseInt(n) - 1]);
                }
                if (first == null) {
                    first = sum;
                } else {
                    assertEquals(0, first.compareTo(sum), def.code() + " check " + rule + " on " + Arrays.toString(row));
                }
            }
        }
    }
}
