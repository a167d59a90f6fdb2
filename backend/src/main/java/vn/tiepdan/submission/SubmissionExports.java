package vn.tiepdan.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tiepdan.report.FormResult;
import vn.tiepdan.report.ReportPeriod;
import vn.tiepdan.report.ReportPeriods;
import vn.tiepdan.report.ReportWindow;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.security.CurrentUser;
import vn.tiepdan.shared.security.Scope;

/** The official-layout files of live forms and of reports (counts only: no personal data to audit). */
@ApplicationScoped
class SubmissionExports {
    private final SubmissionService submissions;
    private final ReportPeriods periods;
    private final vn.tiepdan.report.ReportUnits units;
    private final Scope scope;
    private final CurrentUser user;
    private final Clock clock;

    SubmissionExports(SubmissionService submissions, ReportPeriods periods, vn.tiepdan.report.ReportUnits units,
            Scope scope, CurrentUser user, Clock clock) {
        this.submissions = submissions;
        this.periods = periods;
        this.units = units;
        this.scope = scope;
        this.user = user;
        this.clock = clock;
    }

    record File(List<FormSheet> sheets, boolean pdf, String fileName) {
    }

    private static boolean pdf(String format) {
        if ("pdf".equalsIgnoreCase(format)) {
            return true;
        }
        if ("xlsx".equalsIgnoreCase(format)) {
            return false;
        }
        throw ProblemException.invalid("format", format == null ? "REQUIRED" : "INVALID", "submission.export.format");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ReportWindow.ZONE));
    }

    @Transactional
    File submission(UUID id, String form, String format) {
        boolean pdf = pdf(format);
        ReportSubmission s = submissions.readable(id);
        boolean frozen = SubmissionMachine.FROZEN.contains(s.status);
        List<FormResult> forms;
        LocalDate signedOn;
        if (frozen) {
            forms = submissions.frozenForms(s);
            signedOn = LocalDate.ofInstant(s.submittedAt, ReportWindow.ZONE);
        } else {
            ReportPeriods.Kind kind = periods.kind(s.periodKind).orElseThrow();
            List<String> codes = submissions.formsFor(kind);
            if (form != null && !form.isBlank()) {
                codes = codes.stream().filter(c -> c.equals(form.trim())).toList();
            }
            forms = submissions.compute(s.orgUnitId, submissions.periodOf(s), codes);
            signedOn = today();
        }
        if (form != null && !form.isBlank()) {
            forms = forms.stream().filter(f -> f.form().code().equals(form.trim())).toList();
            if (forms.isEmpty()) {
                throw ProblemException.invalid("form", "NOT_IN_REPORT", "submission.export.form");
            }
        }
        List<FormSheet> sheets = forms.stream().map(f -> FormSheet.of(f, s.docNo, s.signerName, s.signerTitle,
                signedOn)).toList();
        String unitCode = forms.isEmpty() ? "report" : forms.get(0).unitCode();
        String name = (form == null || form.isBlank() ? "bao-cao" : form.trim()) + "_" + unitCode + "_"
                + s.periodCode + (pdf ? ".pdf" : ".xlsx");
        return new File(sheets, pdf, name);
    }

    @Transactional
    File live(String code, UUID unit, String period, LocalDate from, LocalDate to, String format) {
        boolean pdf = pdf(format);
        var engine = submissions.engine();
        engine.definition(code);
        vn.tiepdan.report.ReportUnits.ReportUnit u;
        if (unit != null) {
            u = units.find(unit).orElseThrow(ProblemException::notFound);
        } else if (scope.provinceWide()) {
            u = units.provinceRoot().orElseThrow(ProblemException::notFound);
        } else {
            u = user.orgUnitCode().flatMap(units::current).orElseThrow(ProblemException::notFound);
        }
        if (!scope.reaches(u.path())) {
            throw ProblemException.notFound();
        }
        ReportPeriod p = periods.resolve(period, from, to);
        FormResult r = engine.compute(code, u.id(), p);
        FormSheet sheet = FormSheet.of(r, null, null, null, today());
        String name = code + "_" + u.code() + "_" + p.code() + (pdf ? ".pdf" : ".xlsx");
        return new File(List.of(sheet), pdf, name);
    }
}
