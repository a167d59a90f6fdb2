package vn.tiepdan.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one source of "now": inject {@link Clock}, so tests can fix the date of a legal deadline. */
@ApplicationScoped
public class ClockProducer {
    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "tiepdan.time-zone") ZoneId zone) {
        return Clock.system(zone);
    }
}
