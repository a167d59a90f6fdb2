package vn.tiepdan.report;

import java.util.Map;

/**
 * The SQL shared by the case forms 01/KQGQ and 03/KQGQ (run by {@link PetitionFormSql}'s runner).
 *
 * <p>Dates are the legal acts' signing dates ({@code case_decision.signed_on}); a decision belongs to the unit of the
 * case event that recorded it ({@code case_event.decision_id}, {@code case_event.org_unit_id}: the unit handling the
 * case at that step, so a transferred case is reported by the unit that accepted or resolved it).
 *
 * <ul>
 * <li>{@code acc}: every acceptance (ACCEPTANCE decision: the ACCEPT event, and for complaints ACCEPT_SECOND) of a
 * case of the type signed by the end of the window; each acceptance is one "đơn thuộc thẩm quyền". It ends at the
 * case's next decision that closes it: a resolution (RESOLUTION_L1/L2, CONCLUSION), a full withdrawal
 * (WITHDRAWAL with resolved_by WITHDRAWAL), a termination, a criminal referral, or the next acceptance (a second
 * complaint supersedes the first).</li>
 * <li>{@code item}: acceptances open at the start of the window (accepted before {@code from}, not ended before it:
 * carried over) or accepted in it (received).</li>
 * <li>{@code icase}: one row per case and unit among the items (its latest acceptance): the "vụ việc".</li>
 * <li>{@code res}: the resolving decisions signed in the window: RESOLUTION_L1/L2 and CONCLUSION (resolved_by
 * DECISION), full withdrawals (resolved_by WITHDRAWAL) and terminations.</li>
 * </ul>
 */
final class CaseFormSql {
    private CaseFormSql() {
    }

    /** Closing decisions of an acceptance item (besides a later acceptance). */
    private static final String ENDS = "(d2.kind in ('RESOLUTION_L1', 'RESOLUTION_L2', 'CONCLUSION', 'TERMINATION', "
            + "'CRIMINAL_REFERRAL', 'ACCEPTANCE') or (d2.kind = 'WITHDRAWAL' and d2.resolved_by = 'WITHDRAWAL'))";

    static String ctes(String caseType) {
        return "acc as (select d.id as acc_id, d.case_id, d.signed_on as a_on, d.created_at as a_created, "
                + "e.org_unit_id as unit_id from case_decision d join case_file c on c.id = d.case_id "
                + "join case_event e on e.decision_id = d.id where d.kind = 'ACCEPTANCE' and c.case_type = '" + caseType
                + "' and d.signed_on <= :to and e.org_unit_id = " + ReportSql.ANY_UNIT_IDS + "), "
                + "item as (select acc.*, (acc.a_on < :from) as carried, (acc.a_on >= :from) as recv, c.case_no, "
                + "c.case_type, c.status, c.confidential, c.field_code, c.repeat_of_case_id, "
                + "c_p.prior_resolution as c_p_prior, c_p.duplicate_of_id as c_p_dup from acc "
                + "join case_file c on c.id = acc.case_id left join petition c_p on c_p.id = c.petition_id "
                + "where acc.a_on >= :from or not exists (select 1 from case_decision d2 where d2.case_id = acc.case_id "
                + "and d2.id <> acc.acc_id and d2.signed_on < :from and (d2.signed_on > acc.a_on or (d2.signed_on = "
                + "acc.a_on and d2.created_at > acc.a_created)) and " + ENDS + ")), "
                + "icase as (select distinct on (item.case_id, item.unit_id) item.* from item "
                + "order by item.case_id, item.unit_id, item.a_on desc, item.a_created desc), "
                + "res as (select d.*, e.org_unit_id as unit_id, c.case_no, c.case_type, c.status as case_status, "
                + "c.confidential as case_confidential, c.field_code, c.repeat_of_case_id, "
                + "res_p.prior_resolution as res_p_prior, res_p.duplicate_of_id as res_p_dup "
                + "from case_decision d join case_file c on c.id = d.case_id join case_event e on e.decision_id = d.id "
                + "left join petition res_p on res_p.id = c.petition_id where d.signed_on between :from and :to and "
                + "c.case_type = '" + caseType + "' and e.org_unit_id = " + ReportSql.ANY_UNIT_IDS + " and (d.kind in "
                + "('RESOLUTION_L1', 'RESOLUTION_L2', 'CONCLUSION', 'TERMINATION') or (d.kind = 'WITHDRAWAL' and "
                + "d.resolved_by = 'WITHDRAWAL')))";
    }

    /** Confidential when a denunciation or flagged confidential: no title. */
    private static String confidential(String alias, String flag) {
        return "(" + alias + "." + flag + " or " + alias + ".case_type = 'TO_CAO')";
    }

    /** A part over the acceptance items or the cases (item, icase): the case, dated by its acceptance. */
    static PetitionFormSql.Part itemPart(String alias, Map<Integer, String> values) {
        String conf = confidential(alias, "confidential");
        return new PetitionFormSql.Part(alias + " left join field_category f on f.code = " + alias + ".field_code",
                "CASE", alias + ".case_id", alias + ".case_no", alias + ".a_on", alias + ".unit_id",
                alias + ".case_type", alias + ".status", "case when " + conf + " then null else f.label_vi end", conf,
                values);
    }

    /** A part over the resolving decisions: the case, dated by the decision's signing day, status = its result. */
    static PetitionFormSql.Part resolutionPart(Map<Integer, String> values) {
        String conf = confidential("res", "case_confidential");
        return new PetitionFormSql.Part("res left join field_category f on f.code = res.field_code", "CASE",
                "res.case_id", "res.case_no", "res.signed_on", "res.unit_id", "res.case_type",
                "coalesce(res.result, res.kind)", "case when " + conf + " then null else f.label_vi end", conf, values);
    }

    /** The repeat-denunciation test on item/icase rows (petition columns c_p_prior, c_p_dup). */
    static String itemRepeat(String alias) {
        return repeat(alias, alias + ".c_p_prior", alias + ".c_p_dup");
    }

    /** The repeat-denunciation test on res rows. */
    static String resRepeat() {
        return repeat("res", "res.res_p_prior", "res.res_p_dup");
    }

    private static String repeat(String alias, String prior, String dup) {
        return "(" + alias + ".repeat_of_case_id is not null or coalesce(" + prior + " in "
                + PetitionFormSql.RESOLVED_BEFORE + ", false) or " + dup + " is not null)";
    }

    static String num(String expr) {
        return "coalesce(" + expr + ", 0)";
    }
}
