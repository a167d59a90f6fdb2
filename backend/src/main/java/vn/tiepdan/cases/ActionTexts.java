package vn.tiepdan.cases;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import vn.tiepdan.shared.api.Violations;

/**
 * The safety bound on the free texts of every case action body (content, reasons, names): at most
 * {@value #MAX} characters each, like the case summary; the fields with a column limit are checked by their action.
 */
final class ActionTexts {
    static final int MAX = 20_000;

    private ActionTexts() {
    }

    static void check(CaseDtos.ActionRequest request) {
        if (request == null || !request.getClass().isRecord()) {
            return;
        }
        Violations v = new Violations();
        for (RecordComponent component : request.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(request);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (value instanceof String text) {
                v.maxLength(text, MAX, component.getName());
            } else if (value instanceof Collection<?> items) {
                int i = 0;
                for (Object item : items) {
                    if (item instanceof String text) {
                        v.maxLength(text, MAX, component.getName() + "[" + i + "]");
                    }
                    i++;
                }
            }
        }
        v.throwIfAny();
    }
}
