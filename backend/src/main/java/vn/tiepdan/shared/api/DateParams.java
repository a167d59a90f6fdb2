package vn.tiepdan.shared.api;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;

/**
 * Query and path parameters of type LocalDate follow the same domain range as the bodies (InputDomain): a day outside
 * it does not convert, which ProblemMappers answers as a 400 naming the parameter (BadParameters).
 */
@Provider
public class DateParams implements ParamConverterProvider {
    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != LocalDate.class) {
            return null;
        }
        return (ParamConverter<T>) new ParamConverter<LocalDate>() {
            @Override
            public LocalDate fromString(String value) {
                return value == null || value.isEmpty() ? null : parse(value);
            }

            @Override
            public String toString(LocalDate value) {
                return value == null ? null : value.toString();
            }
        };
    }

    /** The day, or IllegalArgumentException when it is unreadable or outside the domain range. */
    static LocalDate parse(String value) {
        LocalDate day = LocalDate.parse(value);
        if (!InputDomain.dateInRange(day)) {
            throw new IllegalArgumentException("date out of range");
        }
        return day;
    }
}
