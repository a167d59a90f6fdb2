package vn.tiepdan.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test written for fixed dates runs at the instant it was written for, whatever TIEPDAN_TEST_NOW says: an ISO date
 * (09:00 that day), local date-time or offset date-time in Asia/Ho_Chi_Minh. On a class it applies to every test of
 * the class; on a method it wins over the class. Tests without it follow the suite's clock.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ClockAt {
    String value();
}
