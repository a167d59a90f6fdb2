package vn.tiepdan.visit;

import java.util.Collection;

/** A denouncer's identity is kept confidential (Luật TC Art. 9(1)(b), Art. 56): any visit carrying a denunciation. */
final class ConfidentialityRule {
    private ConfidentialityRule() {
    }

    static boolean confidential(Classification classification, Collection<Classification> mixedKinds) {
        return classification == Classification.TO_CAO || (classification == Classification.NHIEU_NOI_DUNG
                && mixedKinds != null && mixedKinds.contains(Classification.TO_CAO));
    }
}
