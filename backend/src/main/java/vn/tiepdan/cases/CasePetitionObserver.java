package vn.tiepdan.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.tiepdan.petition.PetitionAccepted;

/** Opens the case of a petition decided DE_XUAT_THU_LY, inside the petition's deciding transaction. */
@ApplicationScoped
class CasePetitionObserver {
    private final CaseService service;

    CasePetitionObserver(CaseService service) {
        this.service = service;
    }

    void onAccepted(@Observes PetitionAccepted event) {
        service.onPetitionAccepted(event);
    }
}
