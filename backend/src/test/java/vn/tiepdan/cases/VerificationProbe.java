package vn.tiepdan.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the VerificationAssigned events the cases feature fires (the handling feature observes them for real). */
@ApplicationScoped
public class VerificationProbe {
    final List<UUID> cases = new CopyOnWriteArrayList<>();

    public List<UUID> seen() {
        return List.copyOf(cases);
    }

    void on(@Observes VerificationAssigned event) {
        cases.add(event.caseId());
    }
}
