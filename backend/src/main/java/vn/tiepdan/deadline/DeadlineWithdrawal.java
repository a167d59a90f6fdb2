package vn.tiepdan.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tiepdan.audit.AuditAction;
import vn.tiepdan.audit.AuditTrail;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.api.Violations;
import vn.tiepdan.shared.security.CurrentUser;

/**
 * An administrator withdraws a rule version entered by mistake, as long as it does not apply yet (its first day is
 * after today): it is deleted and the version before it is open again. A version that already applies is history
 * and stays (409). Audited.
 */
@ApplicationScoped
class DeadlineWithdrawal {
    private final DeadlineRuleRepository rules;
    private final AuditTrail audit;
    private final CurrentUser user;
    private final Clock clock;

    DeadlineWithdrawal(DeadlineRuleRepository rules, AuditTrail audit, CurrentUser user, Clock clock) {
        this.rules = rules;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    @Transactional
    DeadlineRule withdraw(String code, LocalDate validFrom, WithdrawDeadlineRuleVersion request) {
        Violations violations = new Violations();
        violations.require(request.version(), "version");
        violations.require(request.reason(), "reason");
        violations.maxLength(request.reason(), 1000, "reason");
        violations.throwIfAny();
        DeadlineRule rule = rules.find(code, validFrom).orElseThrow(ProblemException::notFound);
        if (request.version() != rule.version()) {
            throw ProblemException.staleVersion(rule.version());
        }
        if (!validFrom.isAfter(LocalDate.now(clock))) {
            throw ProblemException.conflict("validFrom", "ALREADY_APPLIES", "deadline.withdraw.applies",
                    validFrom.toString());
        }
        List<DeadlineRule> versions = rules.versions(code);
        int index = versions.indexOf(versions.stream().filter(v -> v.validFrom().equals(validFrom)).findFirst()
                .orElseThrow());
        if (index != versions.size() - 1) {
            throw ProblemException.conflict("validFrom", "NOT_LATEST", "deadline.withdraw.not-latest",
                    versions.get(versions.size() - 1).validFrom().toString());
        }
        if (index == 0) {
            throw ProblemException.conflict("validFrom", "ONLY_VERSION", "deadline.withdraw.only-version");
        }
        DeadlineRule previous = versions.get(index - 1);
        rules.delete(code, validFrom);
        DeadlineRule reopened = new DeadlineRule(previous.code(), previous.validFrom(), rule.validTo(),
                previous.subject(), previous.triggerEvent(), previous.duration(), previous.unit(), previous.variants(),
                previous.pausesExcluded(), previous.needsLegalConfirmation(), previous.legalBasis(), previous.note(),
                previous.version());
        rules.update(reopened, clock.instant(), user.username());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("change", "WITHDRAWN");
        details.put("code", code);
        details.put("validFrom", validFrom.toString());
        details.put("reopened", previous.validFrom().toString());
        audit.record(AuditAction.STATE_CHANGE, DeadlineService.ENTITY, DeadlineService.id(rule),
                request.reason().strip(), details);
        return rules.find(code, previous.validFrom()).orElseThrow();
    }
}
