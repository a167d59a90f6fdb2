package vn.tiepdan.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * Every test starts on the suite's clock, whatever the test before it set, or at the instant its {@link ClockAt}
 * names (registered in META-INF/services).
 */
public class ResetClockBeforeEach implements QuarkusTestBeforeEachCallback {
    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        ClockAt at = context.getTestMethod().getAnnotation(ClockAt.class);
        if (at == null) {
            at = context.getTestInstance().getClass().getAnnotation(ClockAt.class);
        }
        if (at == null) {
            TestClock.reset();
        } else {
            TestClock.set(at.value());
        }
    }
}
