package vn.tiepdan.cases;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The grounds on which a complaint or a denunciation is not accepted (không thụ lý). */
// Luật Khiếu nại 2011, Điều 11 (KN_ART11_n); Luật Tố cáo 2018, Điều 29(1) (TC_ART29_1_*).
public final class NotAcceptedGroundRule {
    public static final Set<String> COMPLAINT = IntStream.rangeClosed(1, 10).mapToObj(i -> "KN_ART11_" + i)
            .collect(Collectors.toUnmodifiableSet());
    public static final Set<String> DENUNCIATION = Set.of("TC_ART29_1_FORM", "TC_ART29_1_CAPACITY",
            "TC_ART29_1_COMPETENCE", "TC_ART29_1_BASIS", "TC_ART29_1_RESOLVER_NO_EVIDENCE");

    private NotAcceptedGroundRule() {
    }

    public static boolean valid(CaseType type, String ground) {
        return ground != null && switch (type) {
            case KHIEU_NAI -> COMPLAINT.contains(ground);
            case TO_CAO -> DENUNCIATION.contains(ground);
            case KIEN_NGHI_PHAN_ANH -> false;
        };
    }
}
