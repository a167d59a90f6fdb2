package vn.tiepdan.support;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * The services every @QuarkusTest runs against: a real PostgreSQL and the real Keycloak. Declared once here and
 * applied to the whole test run.
 */
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KeycloakResource.class, restrictToAnnotatedClass = false)
public final class Stack {
    private Stack() {
    }
}
