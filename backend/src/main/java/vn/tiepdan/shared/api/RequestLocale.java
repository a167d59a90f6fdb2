package vn.tiepdan.shared.api;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/** The locale of the current request's Accept-Language, for messages built outside the exception mappers. */
@ApplicationScoped
public class RequestLocale {
    private final CurrentVertxRequest request;

    RequestLocale(CurrentVertxRequest request) {
        this.request = request;
    }

    public Locale get() {
        if (!Arc.container().requestContext().isActive() || request.getCurrent() == null) {
            return Messages.VIETNAMESE;
        }
        return Messages.localeFor(RequestFilters.languages(request.getCurrent().request()
                .getHeader("Accept-Language")));
    }

    /** The warning with its message in the request's language. */
    public Warning warning(String code, String key, Object... args) {
        return new Warning(code, Messages.text(get(), key, args));
    }
}
