package vn.tiepdan.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/** Every test starts on the suite's clock, whatever the test before it set (registered in META-INF/services). */
public class ResetClockBeforeEach implements QuarkusTestBeforeEachCallback {
    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        TestClock.reset();
    }
}
