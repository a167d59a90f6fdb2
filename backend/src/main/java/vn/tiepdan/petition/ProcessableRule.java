package vn.tiepdan.petition;

import java.util.ArrayList;
import java.util.List;

/**
 * Conditions of a processable petition (TT 05/2021/TT-TTCP Art. 6(2)(a); DOMAIN.md §6.2.1), with the exception of
 * anonymous denunciation information that names the violator and can be verified (Luật Tố cáo 2018 Art. 25(2)).
 */
final class ProcessableRule {
    private ProcessableRule() {
    }

    /** What the rule looks at. {@code namedSender}: at least one petitioner with a name and an address. */
    record Facts(PetitionContentType classification, String language, Boolean translationNotarised,
            boolean writtenDate, boolean signed, boolean anonymous, boolean pseudonymous, boolean namedSender,
            boolean respondent, boolean content, boolean request) {
    }

    /** The result: unmet conditions (codes) and whether the Art. 25(2) exception applies. */
    record Result(List<String> unmet, boolean anonymousDenunciationInfo) {
        boolean processable() {
            return unmet.isEmpty() || anonymousDenunciationInfo;
        }
    }

    static Result check(Facts f) {
        List<String> unmet = new ArrayList<>();
        if (f.language() != null && !"vi".equalsIgnoreCase(f.language())
                && !Boolean.TRUE.equals(f.translationNotarised())) {
            unmet.add("LANGUAGE");
        }
        if (!f.writtenDate()) {
            unmet.add("WRITTEN_DATE");
        }
        if (f.anonymous() || f.pseudonymous() || !f.namedSender()) {
            unmet.add("SENDER");
        }
        if (!f.signed()) {
            unmet.add("SIGNATURE");
        }
        if (!f.content()) {
            unmet.add("CONTENT");
        }
        PetitionContentType c = f.classification();
        if ((c == PetitionContentType.KHIEU_NAI || c == PetitionContentType.TO_CAO) && !f.respondent()) {
            unmet.add("RESPONDENT");
        }
        if (c == PetitionContentType.KHIEU_NAI && !f.request()) {
            unmet.add("REQUEST");
        }
        boolean exception = c == PetitionContentType.TO_CAO && (f.anonymous() || f.pseudonymous()
                || !f.namedSender()) && f.respondent() && f.content();
        return new Result(List.copyOf(unmet), exception);
    }
}
