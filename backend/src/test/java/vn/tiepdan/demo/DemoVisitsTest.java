package vn.tiepdan.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.calendar.WorkingCalendar;

/**
 * The demo reception book (db/demo/040-visits.sql) is coherent at the SQL level: numbered without gaps, counters
 * at the maximum, denouncers only in the confidential table, matter counts right, notice dates on the working-day
 * calendar, and loading it again changes nothing.
 */
@QuarkusTest
class DemoVisitsTest {
    /** The units of the demo book (report and dashboard tests add SQL-written visits to units of their own). */
    private static final String DEMO_UNITS = "(select distinct org_unit_id from reception_visit where created_by = 'demo')";
    private static final String DEMO_PARTY = "visit_id in (select id from reception_visit where org_unit_id in "
            + DEMO_UNITS + ")";

    static final String TRANBIEN = "00000000-0000-4000-8000-000000000006";
    static final String PHULY = "00000000-0000-4000-8000-000000000007";

    @Inject
    vn.tiepdan.confidential.IdentityVault vault;
    @Inject
    DemoData demo;
    @Inject
    EntityManager em;
    @Inject
    WorkingCalendar calendar;

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private long visits(String where) {
        return count("select count(*) from reception_visit where created_by = 'demo' and " + where);
    }

    @Test
    void bothCommunesHaveABookOfVisitsAtTheirHeldSessions() {
        long tranBien = visits("org_unit_id = '" + TRANBIEN + "'");
        long phuLy = visits("org_unit_id = '" + PHULY + "'");
        assertTrue(tranBien >= 40, "Trấn Biên visits: " + tranBien);
        assertTrue(phuLy >= 30, "Phú Lý visits: " + phuLy);
        // only held sessions, 2–5 visits each, 07:00–08:00 local time on the session's day
        assertEquals(0, count("select count(*) from reception_visit v join reception_session s on s.id = v.session_id "
                + "where v.created_by = 'demo' and (s.status <> 'HELD' or (v.received_at at time zone "
                + "'Asia/Ho_Chi_Minh')::date <> s.session_date or (v.received_at at time zone 'Asia/Ho_Chi_Minh')::time "
                + "not between time '07:00' and time '08:00')"));
        assertEquals(0, count("select count(*) from (select session_id, count(*) n from reception_visit "
                + "where created_by = 'demo' group by session_id) x where n not between 2 and 5"));
        assertEquals(0, count("select count(*) from reception_session s where s.status = 'HELD_NO_VISITORS' and "
                + "exists (select 1 from reception_visit v where v.session_id = s.id)"));
        assertEquals(0, count("select count(*) from reception_session s join (select session_id, sum(headcount) p "
                + "from reception_visit group by session_id) x on x.session_id = s.id "
                + "where s.visitors_count is distinct from x.p"), "sessions' visitors_count = the people received");
        // all four kinds, a group and an organisation
        for (String c : List.of("KHIEU_NAI", "TO_CAO", "KIEN_NGHI_PHAN_ANH", "NHIEU_NOI_DUNG")) {
            assertTrue(visits("classification = '" + c + "'") > 0, c);
        }
        assertTrue(visits("party_kind = 'GROUP' and headcount >= 5 and large_group") > 0);
        assertTrue(visits("party_kind = 'ORGANISATION'") > 0);
    }

    @Test
    void bookNumbersHaveNoGapsAndTheCountersStandAtTheMaximum() {
        // Only the demo book's units: report and dashboard tests write visits of their own units by SQL.
        assertEquals(0, count("select count(*) from (select org_unit_id, book_year, count(*) n, min(book_seq) lo, "
                + "max(book_seq) hi from reception_visit where org_unit_id in " + DEMO_UNITS
                + " group by org_unit_id, book_year) x "
                + "where lo <> 1 or hi <> n"));
        assertEquals(0, count("select count(*) from (select org_unit_id, book_year, max(book_seq) hi "
                + "from reception_visit where org_unit_id in " + DEMO_UNITS
                + " group by 1, 2) x left join visit_book_counter c using (org_unit_id, book_year) "
                + "where c.last_seq is distinct from x.hi"));
        // the demo book is numbered in received order (other tests add visits received earlier, numbered later)
        assertEquals(0, count("select count(*) from (select book_seq, lag(received_at) over w prev, received_at "
                + "from reception_visit where created_by = 'demo' window w as (partition by org_unit_id, book_year order by book_seq)) x "
                + "where prev > received_at"));
    }

    @Test
    void denouncersLiveOnlyInTheConfidentialTable() {
        assertTrue(visits("confidential") >= 2);
        assertEquals(0, visits("(classification = 'TO_CAO') <> confidential or (confidential and denouncer_ref is null)"));
        assertEquals(0, count("select count(*) from visit_party p join reception_visit v on v.id = p.visit_id "
                + "where v.confidential"), "no denouncer in visit_party");
        assertEquals(0, visits("confidential and not exists (select 1 from identity_vault_entry c "
                + "where c.denouncer_ref = reception_visit.denouncer_ref)"));
        assertEquals(0, count("select count(*) from identity_vault_entry c join reception_visit v on "
                + "v.denouncer_ref = c.denouncer_ref where not v.confidential"));
        assertEquals(0, count("select count(*) from confidential_visit_party"), "the intake table was sealed");
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> refs = em.createNativeQuery("select denouncer_ref, search_text from reception_visit "
                    + "where confidential").getResultList();
            for (Object[] r : refs) {
                List<vn.tiepdan.confidential.IdentityVault.Person> people = vault.reveal((UUID) r[0]);
                assertTrue(people.size() >= 1);
                for (var p : people) {
                    assertFalse(((String) r[1]).contains(vn.tiepdan.shared.text.VietnameseText.fold(p.fullName())),
                            "no denouncer name in search_text");
                    assertTrue(p.idNumber() == null || p.idNumber().matches("^075[0-3][0-9]{8}$"));
                }
            }
        });
        assertEquals(0, count("select count(*) from reception_visit v join reception_matter m on m.id = v.matter_id "
                + "where m.confidential <> v.confidential"));
    }

    @Test
    void partiesHaveValidIdsAndLookupKeys() {
        long parties = count("select count(*) from visit_party p join reception_visit v on v.id = p.visit_id "
                + "where v.created_by = 'demo'");
        assertTrue(parties > 0);
        // CCCD: Đồng Nai 075, century-gender digit matching the birth year and gender, two digits of the year
        assertEquals(0, count("select count(*) from (select id_number, birth_year, gender from visit_party "
                + "where id_doc_type = 'CCCD' and " + DEMO_PARTY + ") p where id_number !~ '^075[0-3][0-9]{8}$' "
                + "or substr(id_number, 4, 1)::int <> (case when birth_year >= 2000 then 2 else 0 end) "
                + "+ (case when gender = 'FEMALE' then 1 else 0 end) "
                + "or substr(id_number, 5, 2) <> lpad((birth_year % 100)::text, 2, '0')"));
        assertEquals(0, count("select count(*) from visit_party where " + DEMO_PARTY + " and id_number is not null "
                + "and id_key <> upper(replace(id_number, ' ', ''))"));
        assertEquals(0, count("select count(*) from visit_party where " + DEMO_PARTY + " and name_key <> fold_vi(full_name) || '|' || "
                + "fold_vi(coalesce(address_as_written, ''))"));
        assertEquals(0, visits("not confidential and search_text <> fold_vi(search_text)"));
        assertTrue(visits("search_text like '%nguyen%'") > 0, "accent-free names are searchable");
    }

    @Test
    void mattersRepeatsRefusalsAndNoticesAreCoherent() {
        assertEquals(0, count("select count(*) from reception_matter m where m.created_by = 'demo' and "
                + "m.visits_count <> (select count(*) from reception_visit v where v.matter_id = m.id)"));
        assertTrue(count("select count(*) from reception_matter where created_by = 'demo' and visits_count >= 3") > 0,
                "some matters were visited three times");
        assertEquals(0, count("select count(*) from reception_visit v where v.matter_id is not null and "
                + "v.org_unit_id in " + DEMO_UNITS + " and v.first_time <> (v.received_at = (select min(received_at) from reception_visit o "
                + "where o.matter_id = v.matter_id))"), "first_time only on a matter's first visit");
        assertEquals(1, count("select count(*) from visit_refusal r join reception_visit v on v.id = r.visit_id "
                + "join official o on o.id = r.issued_by_official_id where r.ground = 'R3_VEXATIOUS_REPEAT' and "
                + "v.status = 'REFUSED' and o.is_head and o.org_unit_id = v.org_unit_id and r.notice_no is not null "
                + "and r.notice_date <= (v.received_at at time zone 'Asia/Ho_Chi_Minh')::date "
                + "and (select visits_count from reception_matter m where m.id = r.matter_id) >= 2"));
        assertEquals(1, count("select count(*) from visit_refusal where ground = 'R1_INCAPACITATED'"));
        assertEquals(visits("status = 'REFUSED'"), count("select count(*) from visit_refusal"));
        assertTrue(visits("status = 'RESULT_NOTIFIED' and result_notice_sent_at is not null "
                + "and result_notice_kind is not null") > 0);
        assertTrue(visits("status = 'HANDLED' and result_notice_due < date '2026-11-27' "
                + "and result_notice_sent_at is null") > 0, "some notices are overdue");
        assertEquals(0, visits("(status = 'RESULT_NOTIFIED') <> (result_notice_sent_at is not null)"));
        assertEquals(0, visits("handling_direction = 'TRA_LAI_VA_HUONG_DAN' and guidance is null"));
        assertEquals(0, visits("handling_direction = 'CHUYEN_DON' and transfer_to_name is null"));
        assertEquals(0, visits("(receipt_no is not null) <> exists (select 1 from visit_document d "
                + "where d.visit_id = reception_visit.id)"));

        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("select (received_at at time zone 'Asia/Ho_Chi_Minh')::date, "
                + "result_notice_due from reception_visit where created_by = 'demo' and status <> 'REFUSED'")
                .getResultList();
        assertFalse(due.isEmpty());
        for (Object[] row : due) {
            LocalDate received = toDate(row[0]);
            assertEquals(calendar.plusWorkingDays(received, 10), toDate(row[1]), "due date of a visit of " + received);
        }
    }

    private static LocalDate toDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    @Test
    void loadingAgainChangesNothing() throws Exception {
        String snapshot = "select (select count(*) from reception_visit) || '/' || (select count(*) from visit_party) "
                + "|| '/' || (select count(*) from identity_vault_entry) || '/' || "
                + "(select count(*) from reception_matter) || '/' || (select count(*) from visit_document) || '/' || "
                + "(select string_agg(org_unit_id || ':' || book_year || ':' || last_seq, ',' order by org_unit_id) "
                + "from visit_book_counter) || '/' || (select sum(visits_count) from reception_matter) || '/' || "
                + "(select sum(visitors_count) from reception_session)";
        Object before = em.createNativeQuery(snapshot).getSingleResult();
        demo.load(null);
        assertEquals(before, em.createNativeQuery(snapshot).getSingleResult());
    }
}
