package vn.tiepdan.shared.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * JAX-RS answers a query or path parameter that cannot be converted (size=abc) with a bare 404 (spec §3.2). This
 * finds which parameter of the matched method was unreadable, so the API can answer a 400 that names it.
 */
final class BadParameters {
    private BadParameters() {
    }

    static Optional<String> find(Method method, UriInfo uri) {
        if (method == null) {
            return Optional.empty();
        }
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                Optional<String> inBean = findInBean(parameter.getType(), uri);
                if (inBean.isPresent()) {
                    return inBean;
                }
            }
            for (Annotation annotation : parameter.getAnnotations()) {
                String name = null;
                String value = null;
                if (annotation instanceof QueryParam query) {
                    name = query.value();
                    value = uri.getQueryParameters().getFirst(name);
                } else if (annotation instanceof PathParam path) {
                    name = path.value();
                    value = uri.getPathParameters().getFirst(name);
                }
                if (name != null && value != null && !converts(parameter.getType(), value)) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

    /** The query parameters of a {@code @BeanParam} (e.g. {@link PageParams}) are its fields. */
    private static Optional<String> findInBean(Class<?> bean, UriInfo uri) {
        for (Field field : bean.getDeclaredFields()) {
            QueryParam query = field.getAnnotation(QueryParam.class);
            if (query != null) {
                String value = uri.getQueryParameters().getFirst(query.value());
                if (value != null && !converts(field.getType(), value)) {
                    return Optional.of(query.value());
                }
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean converts(Class<?> type, String value) {
        try {
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(value);
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value);
            } else if (type == UUID.class) {
                UUID.fromString(value);
            } else if (type == LocalDate.class) {
                DateParams.parse(value);
            } else if (type == OffsetDateTime.class) {
                OffsetDateTime.parse(value);
            } else if (type == boolean.class || type == Boolean.class) {
                return "true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value);
            } else if (type.isEnum()) {
                Enum.valueOf((Class<Enum>) type, value);
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
