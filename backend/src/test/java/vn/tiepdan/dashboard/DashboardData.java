package vn.tiepdan.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import vn.tiepdan.support.Fixtures;

/** Rows for the dashboard tests, written straight to the database. */
@ApplicationScoped
class DashboardData {
    private static final AtomicInteger SEQ = new AtomicInteger(700_000);
    private final Fixtures fixtures;

    DashboardData(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    /** Makes a fixture unit a commune People's Committee. */
    void commune(UUID unit) {
        fixtures.sql("update org_unit set kind = 'COMMUNE_PEOPLES_COMMITTEE', level = 'COMMUNE' where id = ?1", unit);
    }

    void session(UUID unit, UUID official, String date, String start, String program, String status,
            boolean delegated) {
        String end = start.equals("07:00") ? "08:00" : "16:00";
        fixtures.sql("insert into reception_session (id, org_unit_id, session_date, planned_start, planned_end, "
                + "place_text, channel, kind, program, status, obligated_head_id, presiding_official_id, delegated, "
                + "delegation_reason, notice) values (?1, ?2, cast(?3 as date), cast(?4 as time), cast(?5 as time), "
                + "'Trụ sở', 'IN_PERSON', 'PERIODIC', ?6, ?7, ?8, ?8, ?9, case when ?9 then 'Bận họp' end, "
                + "case when ?7 in ('CANCELLED', 'POSTPONED') then 'Thông báo' end)", UUID.randomUUID(), unit, date,
                start, end, program, status, official, delegated);
    }

    UUID matter(UUID unit) {
        UUID id = UUID.randomUUID();
        fixtures.sql("insert into reception_matter (id, org_unit_id, summary, first_visit_at, last_visit_at) values "
                + "(?1, ?2, 'Nội dung', timestamptz '2026-01-01 08:00+07', timestamptz '2026-01-01 08:00+07')", id,
                unit);
        return id;
    }

    /** A visit; status HANDLED/RESULT_NOTIFIED need a direction; withPetition false records a signed statement. */
    UUID visit(UUID unit, UUID matter, String receivedAt, String status, String direction, Boolean firstTime,
            int headcount, boolean largeGroup, boolean withPetition, String noticeDue, String noticeSentAt) {
        UUID id = UUID.randomUUID();
        fixtures.sql("insert into reception_visit (id, org_unit_id, book_year, book_seq, received_at, reception_kind, "
                + "program, status, party_kind, headcount, large_group, classification, content_summary, "
                + "with_petition, statement_confirmation, handling_direction, matter_id, first_time, "
                + "result_notice_due, result_notice_sent_at) values (?1, ?2, 2026, ?3, cast(?4 as timestamptz), "
                + "'PERIODIC', 'BUOI_SANG_VOI_NHAN_DAN', ?5, ?6, ?7, ?8, 'KHIEU_NAI', 'Khiếu nại', ?9, "
                + "case when ?9 then null else 'SIGNED' end, cast(?10 as varchar), cast(cast(?11 as varchar) as uuid), cast(?12 as boolean), cast(?13 as date), "
                + "cast(?14 as timestamptz))", id, unit, SEQ.incrementAndGet(), receivedAt, status,
                headcount > 1 ? "GROUP" : "PERSON", headcount, largeGroup, withPetition, direction, matter == null ? null : matter.toString(),
                firstTime == null ? null : firstTime.toString(), noticeDue, noticeSentAt);
        return id;
    }

    UUID caseIn(UUID unit) {
        return fixtures.caseIn(unit);
    }

    void deadline(UUID caseId, UUID unit, String kind, String dueOn, String status, String metOn, Boolean onTime) {
        boolean complaint = !"INTAKE".equals(kind);
        fixtures.sql("insert into legal_deadline (id, case_id, org_unit_id, kind, rule_code, rule_valid_from, start_on, "
                + "due_on, status, met_on, on_time) values (?1, ?2, ?3, ?4, ?5, cast(?6 as date), date '2026-01-01', "
                + "cast(?7 as date), ?8, cast(?9 as date), cast(?10 as boolean))", UUID.randomUUID(), caseId, unit,
                kind, complaint ? "KN.RESOLVE_L1" : "TC.INTAKE", complaint ? "2012-07-01" : "2019-01-01", dueOn,
                status, metOn, onTime == null ? null : onTime.toString());
    }

    void caseEvent(UUID caseId, UUID unit, String action, String at) {
        fixtures.sql("insert into case_event (id, case_id, seq, at, action, actor_username, org_unit_id) values (?1, "
                + "?2, ?3, cast(?4 as timestamptz), ?5, 'test', ?6)", UUID.randomUUID(), caseId, SEQ.incrementAndGet(),
                at, action, unit);
    }

    void petition(UUID unit, String receivedOn, String decision) {
        int seq = SEQ.incrementAndGet();
        fixtures.sql("insert into petition (id, org_unit_id, petition_year, petition_seq, petition_no, received_on, "
                + "received_at, source, signer_class, content, status, decision) values (?1, ?2, 2026, ?3, ?4, "
                + "cast(?5 as date), cast(?5 as timestamptz), 'BUU_CHINH', 'MOT_NGUOI_DUNG_TEN', 'Nội dung', "
                + "case when cast(?6 as varchar) is null then 'RECEIVED' else 'DECIDED' end, cast(?6 as varchar))", UUID.randomUUID(), unit, seq,
                seq + "/2026/Đ", receivedOn, decision);
    }

    void inspection(UUID unit, String on) {
        fixtures.sql("insert into inspection_record (id, org_unit_id, inspected_on, rating, findings_discipline, "
                + "findings_conduct, inspector_username) values (?1, ?2, cast(?3 as date), 'GOOD', 'Đúng giờ', "
                + "'Niềm nở', 'noivu')", UUID.randomUUID(), unit, on);
    }

    void recognition(UUID unit, UUID official, String kind, String form, String on) {
        fixtures.sql("insert into recognition (id, org_unit_id, official_id, kind, form, decided_on, decision_no, "
                + "reason) values (?1, ?2, cast(cast(?3 as varchar) as uuid), ?4, ?5, cast(?6 as date), '12/QĐ-SNV', 'Lý do')",
                UUID.randomUUID(), unit, official == null ? null : official.toString(), kind, form, on);
    }
}
