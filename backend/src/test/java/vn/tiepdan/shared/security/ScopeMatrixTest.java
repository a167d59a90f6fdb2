package vn.tiepdan.shared.security;

import vn.tiepdan.support.TestClock;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;
import vn.tiepdan.support.Fixtures.Tree;
import vn.tiepdan.support.Fixtures.Unit;

/**
 * Who reaches what (shared/design/ROLES.md): every endpoint of the organisation and audit features, for every
 * role, against five targets around the caller's unit O of a fresh tree
 * (R = parent of O and S; C below O; X elsewhere in the province).
 * For a list, 200 means the target is listed, 404 that it is left out. Unit-scoped callers carry org_unit = O.
 */
@QuarkusTest
class ScopeMatrixTest {

    @Inject
    Fixtures fixtures;

    @ParameterizedTest(name = "{0} as {1}: own {2}, below {3}, sibling {4}, parent {5}, elsewhere {6}")
    @TestSecurity(user = "matrix")
    @CsvSource(delimiter = '|', textBlock = """
            # endpoint      | caller                     | own | below | sibling | parent | elsewhere
            UNITS_LIST      | reception_officer          | 200 | 200   | 404     | 404    | 404
            UNITS_LIST      | unit_leader                | 200 | 200   | 404     | 404    | 404
            UNITS_LIST      | petition_handler           | 200 | 200   | 404     | 404    | 404
            UNITS_LIST      | confidential_custodian     | 200 | 200   | 404     | 404    | 404
            UNITS_LIST      | integrator                 | 200 | 200   | 404     | 404    | 404
            UNITS_LIST      | reception_officer@no-unit  | 404 | 404   | 404     | 404    | 404
            UNITS_LIST      | inspector                  | 200 | 200   | 200     | 200    | 200
            UNITS_LIST      | mobilization_viewer        | 200 | 200   | 200     | 200    | 200
            UNITS_LIST      | home_affairs_inspector     | 200 | 200   | 200     | 200    | 200
            UNITS_LIST      | auditor                    | 200 | 200   | 200     | 200    | 200
            UNITS_LIST      | admin                      | 200 | 200   | 200     | 200    | 200
            UNITS_LIST      | citizen                    | 403 | 403   | 403     | 403    | 403
            UNITS_TREE      | reception_officer          | 200 | 200   | 404     | 404    | 404
            UNITS_TREE      | integrator                 | 200 | 200   | 404     | 404    | 404
            UNITS_TREE      | reception_officer@no-unit  | 404 | 404   | 404     | 404    | 404
            UNITS_TREE      | inspector                  | 200 | 200   | 200     | 200    | 200
            UNITS_TREE      | mobilization_viewer        | 200 | 200   | 200     | 200    | 200
            UNITS_TREE      | admin                      | 200 | 200   | 200     | 200    | 200
            UNITS_TREE      | citizen                    | 403 | 403   | 403     | 403    | 403
            UNIT_GET        | reception_officer          | 200 | 200   | 404     | 404    | 404
            UNIT_GET        | unit_leader                | 200 | 200   | 404     | 404    | 404
            UNIT_GET        | petition_handler           | 200 | 200   | 404     | 404    | 404
            UNIT_GET        | confidential_custodian     | 200 | 200   | 404     | 404    | 404
            UNIT_GET        | integrator                 | 200 | 200   | 404     | 404    | 404
            UNIT_GET        | reception_officer@no-unit  | 404 | 404   | 404     | 404    | 404
            UNIT_GET        | inspector                  | 200 | 200   | 200     | 200    | 200
            UNIT_GET        | mobilization_viewer        | 200 | 200   | 200     | 200    | 200
            UNIT_GET        | home_affairs_inspector     | 200 | 200   | 200     | 200    | 200
            UNIT_GET        | auditor                    | 200 | 200   | 200     | 200    | 200
            UNIT_GET        | admin                      | 200 | 200   | 200     | 200    | 200
            UNIT_GET        | citizen                    | 403 | 403   | 403     | 403    | 403
            UNIT_CREATE     | reception_officer          | 403 | 403   | 403     | 403    | 403
            UNIT_CREATE     | unit_leader                | 403 | 403   | 403     | 403    | 403
            UNIT_CREATE     | integrator                 | 403 | 403   | 403     | 403    | 403
            UNIT_CREATE     | inspector                  | 403 | 403   | 403     | 403    | 403
            UNIT_CREATE     | auditor                    | 403 | 403   | 403     | 403    | 403
            UNIT_CREATE     | admin                      | 201 | 201   | 201     | 201    | 201
            UNIT_UPDATE     | reception_officer          | 403 | 403   | 403     | 403    | 403
            UNIT_UPDATE     | unit_leader                | 403 | 403   | 403     | 403    | 403
            UNIT_UPDATE     | petition_handler           | 403 | 403   | 403     | 403    | 403
            UNIT_UPDATE     | confidential_custodian     | 403 | 403   | 403     | 403    | 403
            UNIT_UPDATE     | integrator                 | 403 | 403   | 403     | 403    | 403
            UNIT_UPDATE     | inspector                  | 403 | 403   | 403     | 403    | 403
            UNIT_UPDATE     | mobilization_viewer        | 403 | 403   | 403     | 403    | 403
            UNIT_UPDATE     | home_affairs_inspector     | 403 | 403   | 403     | 403    | 403
            UNIT_UPDATE     | auditor                    | 403 | 403   | 403     | 403    | 403
            UNIT_UPDATE     | admin                      | 200 | 200   | 200     | 200    | 200
            UNIT_CLOSE      | reception_officer          | 403 | 403   | 403     | 403    | 403
            UNIT_CLOSE      | unit_leader                | 403 | 403   | 403     | 403    | 403
            UNIT_CLOSE      | integrator                 | 403 | 403   | 403     | 403    | 403
            UNIT_CLOSE      | inspector                  | 403 | 403   | 403     | 403    | 403
            UNIT_CLOSE      | auditor                    | 403 | 403   | 403     | 403    | 403
            UNIT_CLOSE      | admin                      | 409 | 200   | 200     | 409    | 200
            UNITS_IMPORT    | reception_officer          | 403 | 403   | 403     | 403    | 403
            UNITS_IMPORT    | unit_leader                | 403 | 403   | 403     | 403    | 403
            UNITS_IMPORT    | inspector                  | 403 | 403   | 403     | 403    | 403
            UNITS_IMPORT    | auditor                    | 403 | 403   | 403     | 403    | 403
            UNITS_IMPORT    | admin                      | 200 | 200   | 200     | 200    | 200
            OFFICIALS_LIST  | reception_officer          | 200 | 200   | 404     | 404    | 404
            OFFICIALS_LIST  | unit_leader                | 200 | 200   | 404     | 404    | 404
            OFFICIALS_LIST  | petition_handler           | 200 | 200   | 404     | 404    | 404
            OFFICIALS_LIST  | confidential_custodian     | 200 | 200   | 404     | 404    | 404
            OFFICIALS_LIST  | integrator                 | 200 | 200   | 404     | 404    | 404
            OFFICIALS_LIST  | reception_officer@no-unit  | 404 | 404   | 404     | 404    | 404
            OFFICIALS_LIST  | inspector                  | 200 | 200   | 200     | 200    | 200
            OFFICIALS_LIST  | mobilization_viewer        | 403 | 403   | 403     | 403    | 403
            OFFICIALS_LIST  | home_affairs_inspector     | 200 | 200   | 200     | 200    | 200
            OFFICIALS_LIST  | auditor                    | 200 | 200   | 200     | 200    | 200
            OFFICIALS_LIST  | admin                      | 200 | 200   | 200     | 200    | 200
            OFFICIAL_GET    | reception_officer          | 200 | 200   | 404     | 404    | 404
            OFFICIAL_GET    | unit_leader                | 200 | 200   | 404     | 404    | 404
            OFFICIAL_GET    | integrator                 | 200 | 200   | 404     | 404    | 404
            OFFICIAL_GET    | reception_officer@no-unit  | 404 | 404   | 404     | 404    | 404
            OFFICIAL_GET    | inspector                  | 200 | 200   | 200     | 200    | 200
            OFFICIAL_GET    | mobilization_viewer        | 403 | 403   | 403     | 403    | 403
            OFFICIAL_GET    | home_affairs_inspector     | 200 | 200   | 200     | 200    | 200
            OFFICIAL_GET    | admin                      | 200 | 200   | 200     | 200    | 200
            OFFICIAL_GET    | citizen                    | 403 | 403   | 403     | 403    | 403
            OFFICIAL_UPDATE | reception_officer          | 403 | 403   | 403     | 403    | 403
            OFFICIAL_UPDATE | unit_leader                | 403 | 403   | 403     | 403    | 403
            OFFICIAL_UPDATE | inspector                  | 403 | 403   | 403     | 403    | 403
            OFFICIAL_UPDATE | home_affairs_inspector     | 403 | 403   | 403     | 403    | 403
            OFFICIAL_UPDATE | admin                      | 200 | 200   | 200     | 200    | 200
            OFFICIAL_CLOSE  | reception_officer          | 403 | 403   | 403     | 403    | 403
            OFFICIAL_CLOSE  | unit_leader                | 403 | 403   | 403     | 403    | 403
            OFFICIAL_CLOSE  | inspector                  | 403 | 403   | 403     | 403    | 403
            OFFICIAL_CLOSE  | admin                      | 200 | 200   | 200     | 200    | 200
            AUDIT_LIST      | reception_officer          | 403 | 403   | 403     | 403    | 403
            AUDIT_LIST      | unit_leader                | 403 | 403   | 403     | 403    | 403
            AUDIT_LIST      | confidential_custodian     | 403 | 403   | 403     | 403    | 403
            AUDIT_LIST      | integrator                 | 403 | 403   | 403     | 403    | 403
            AUDIT_LIST      | inspector                  | 403 | 403   | 403     | 403    | 403
            AUDIT_LIST      | mobilization_viewer        | 403 | 403   | 403     | 403    | 403
            AUDIT_LIST      | home_affairs_inspector     | 403 | 403   | 403     | 403    | 403
            AUDIT_LIST      | auditor                    | 200 | 200   | 200     | 200    | 200
            AUDIT_LIST      | admin                      | 200 | 200   | 200     | 200    | 200
            AUDIT_VERIFY    | reception_officer          | 403 | 403   | 403     | 403    | 403
            AUDIT_VERIFY    | inspector                  | 403 | 403   | 403     | 403    | 403
            AUDIT_VERIFY    | home_affairs_inspector     | 403 | 403   | 403     | 403    | 403
            AUDIT_VERIFY    | auditor                    | 200 | 200   | 200     | 200    | 200
            AUDIT_VERIFY    | admin                      | 200 | 200   | 200     | 200    | 200
            SCHEDULES_LIST  | reception_officer          | 200 | 200   | 404     | 404    | 404
            SCHEDULES_LIST  | unit_leader                | 200 | 200   | 404     | 404    | 404
            SCHEDULES_LIST  | integrator                 | 200 | 200   | 404     | 404    | 404
            SCHEDULES_LIST  | reception_officer@no-unit  | 404 | 404   | 404     | 404    | 404
            SCHEDULES_LIST  | inspector                  | 200 | 200   | 200     | 200    | 200
            SCHEDULES_LIST  | mobilization_viewer        | 403 | 403   | 403     | 403    | 403
            SCHEDULES_LIST  | admin                      | 200 | 200   | 200     | 200    | 200
            SCHEDULE_GET    | reception_officer          | 200 | 200   | 404     | 404    | 404
            SCHEDULE_GET    | unit_leader                | 200 | 200   | 404     | 404    | 404
            SCHEDULE_GET    | petition_handler           | 200 | 200   | 404     | 404    | 404
            SCHEDULE_GET    | home_affairs_inspector     | 200 | 200   | 200     | 200    | 200
            SCHEDULE_GET    | auditor                    | 200 | 200   | 200     | 200    | 200
            SCHEDULE_GET    | citizen                    | 403 | 403   | 403     | 403    | 403
            SCHEDULE_CREATE | reception_officer          | 403 | 403   | 403     | 403    | 403
            SCHEDULE_CREATE | unit_leader                | 201 | 201   | 400     | 400    | 400
            SCHEDULE_CREATE | inspector                  | 403 | 403   | 403     | 403    | 403
            SCHEDULE_CREATE | admin                      | 201 | 201   | 201     | 201    | 201
            SCHEDULE_UPDATE | reception_officer          | 403 | 403   | 403     | 403    | 403
            SCHEDULE_UPDATE | unit_leader                | 200 | 200   | 404     | 404    | 404
            SCHEDULE_UPDATE | admin                      | 200 | 200   | 200     | 200    | 200
            SCHEDULE_END    | unit_leader                | 200 | 200   | 404     | 404    | 404
            SCHEDULE_END    | inspector                  | 403 | 403   | 403     | 403    | 403
            SESSIONS_LIST   | reception_officer          | 200 | 200   | 404     | 404    | 404
            SESSIONS_LIST   | unit_leader                | 200 | 200   | 404     | 404    | 404
            SESSIONS_LIST   | confidential_custodian     | 200 | 200   | 404     | 404    | 404
            SESSIONS_LIST   | reception_officer@no-unit  | 404 | 404   | 404     | 404    | 404
            SESSIONS_LIST   | inspector                  | 200 | 200   | 200     | 200    | 200
            SESSIONS_LIST   | mobilization_viewer        | 403 | 403   | 403     | 403    | 403
            SESSIONS_LIST   | home_affairs_inspector     | 200 | 200   | 200     | 200    | 200
            SESSION_GET     | reception_officer          | 200 | 200   | 404     | 404    | 404
            SESSION_GET     | integrator                 | 200 | 200   | 404     | 404    | 404
            SESSION_GET     | auditor                    | 200 | 200   | 200     | 200    | 200
            SESSION_GET     | citizen                    | 403 | 403   | 403     | 403    | 403
            SESSION_CANCEL  | reception_officer          | 403 | 403   | 403     | 403    | 403
            SESSION_CANCEL  | unit_leader                | 200 | 200   | 404     | 404    | 404
            SESSION_CANCEL  | inspector                  | 403 | 403   | 403     | 403    | 403
            SESSION_CANCEL  | admin                      | 200 | 200   | 200     | 200    | 200
            SESSION_DELEGATE| unit_leader                | 400 | 400   | 404     | 404    | 404
            SESSION_DELEGATE| reception_officer          | 403 | 403   | 403     | 403    | 403
            SESSION_CHECKIN | inspector                  | 403 | 403   | 403     | 403    | 403
            SESSION_CHECKIN | unit_leader                | 409 | 409   | 404     | 404    | 404
            SESSION_CREATE  | reception_officer          | 403 | 403   | 403     | 403    | 403
            SESSION_CREATE  | unit_leader                | 201 | 201   | 400     | 400    | 400
            SESSION_CREATE  | admin                      | 201 | 201   | 201     | 201    | 201
            CALENDAR_DAYS   | reception_officer          | 200 | 200   | 200     | 200    | 200
            CALENDAR_DAYS   | mobilization_viewer        | 200 | 200   | 200     | 200    | 200
            CALENDAR_DAYS   | admin                      | 200 | 200   | 200     | 200    | 200
            CALENDAR_DAYS   | citizen                    | 403 | 403   | 403     | 403    | 403
            CALENDAR_CREATE | unit_leader                | 403 | 403   | 403     | 403    | 403
            CALENDAR_CREATE | inspector                  | 403 | 403   | 403     | 403    | 403
            COMPLIANCE      | reception_officer          | 200 | 200   | 404     | 404    | 404
            COMPLIANCE      | unit_leader                | 200 | 200   | 404     | 404    | 404
            COMPLIANCE      | reception_officer@no-unit  | 404 | 404   | 404     | 404    | 404
            COMPLIANCE      | inspector                  | 200 | 200   | 200     | 200    | 200
            COMPLIANCE      | mobilization_viewer        | 200 | 200   | 200     | 200    | 200
            COMPLIANCE      | citizen                    | 403 | 403   | 403     | 403    | 403
            VISITS_LIST     | reception_officer          | 200 | 200   | 404     | 404    | 404
            VISITS_LIST     | unit_leader                | 200 | 200   | 404     | 404    | 404
            VISITS_LIST     | petition_handler           | 200 | 200   | 404     | 404    | 404
            VISITS_LIST     | confidential_custodian     | 200 | 200   | 404     | 404    | 404
            VISITS_LIST     | integrator                 | 200 | 200   | 404     | 404    | 404
            VISITS_LIST     | reception_officer@no-unit  | 404 | 404   | 404     | 404    | 404
            VISITS_LIST     | inspector                  | 200 | 200   | 200     | 200    | 200
            VISITS_LIST     | mobilization_viewer        | 403 | 403   | 403     | 403    | 403
            VISITS_LIST     | home_affairs_inspector     | 403 | 403   | 403     | 403    | 403
            VISITS_LIST     | auditor                    | 403 | 403   | 403     | 403    | 403
            VISITS_LIST     | admin                      | 403 | 403   | 403     | 403    | 403
            VISITS_LIST     | citizen                    | 403 | 403   | 403     | 403    | 403
            VISIT_GET       | reception_officer          | 200 | 200   | 404     | 404    | 404
            VISIT_GET       | unit_leader                | 200 | 200   | 404     | 404    | 404
            VISIT_GET       | petition_handler           | 200 | 200   | 404     | 404    | 404
            VISIT_GET       | confidential_custodian     | 200 | 200   | 404     | 404    | 404
            VISIT_GET       | integrator                 | 200 | 200   | 404     | 404    | 404
            VISIT_GET       | reception_officer@no-unit  | 404 | 404   | 404     | 404    | 404
            VISIT_GET       | inspector                  | 200 | 200   | 200     | 200    | 200
            VISIT_GET       | mobilization_viewer        | 403 | 403   | 403     | 403    | 403
            VISIT_GET       | home_affairs_inspector     | 403 | 403   | 403     | 403    | 403
            VISIT_GET       | auditor                    | 403 | 403   | 403     | 403    | 403
            VISIT_GET       | admin                      | 403 | 403   | 403     | 403    | 403
            VISIT_CREATE    | reception_officer          | 201 | 201   | 400     | 400    | 400
            VISIT_CREATE    | unit_leader                | 201 | 201   | 400     | 400    | 400
            VISIT_CREATE    | petition_handler           | 201 | 201   | 400     | 400    | 400
            VISIT_CREATE    | reception_officer@no-unit  | 400 | 400   | 400     | 400    | 400
            VISIT_CREATE    | confidential_custodian     | 403 | 403   | 403     | 403    | 403
            VISIT_CREATE    | integrator                 | 403 | 403   | 403     | 403    | 403
            VISIT_CREATE    | inspector                  | 403 | 403   | 403     | 403    | 403
            VISIT_CREATE    | auditor                    | 403 | 403   | 403     | 403    | 403
            VISIT_CREATE    | admin                      | 403 | 403   | 403     | 403    | 403
            VISIT_PATCH     | reception_officer          | 200 | 200   | 404     | 404    | 404
            VISIT_PATCH     | unit_leader                | 200 | 200   | 404     | 404    | 404
            VISIT_PATCH     | petition_handler           | 200 | 200   | 404     | 404    | 404
            VISIT_PATCH     | confidential_custodian     | 403 | 403   | 403     | 403    | 403
            VISIT_PATCH     | inspector                  | 403 | 403   | 403     | 403    | 403
            VISIT_PATCH     | integrator                 | 403 | 403   | 403     | 403    | 403
            VISIT_PATCH     | admin                      | 403 | 403   | 403     | 403    | 403
            VISIT_NOTICE    | reception_officer          | 200 | 200   | 404     | 404    | 404
            VISIT_NOTICE    | petition_handler           | 200 | 200   | 404     | 404    | 404
            VISIT_NOTICE    | reception_officer@no-unit  | 404 | 404   | 404     | 404    | 404
            VISIT_NOTICE    | inspector                  | 403 | 403   | 403     | 403    | 403
            VISIT_NOTICE    | admin                      | 403 | 403   | 403     | 403    | 403
            VISIT_CASE_LINK | unit_leader                | 200 | 200   | 404     | 404    | 404
            VISIT_CASE_LINK | reception_officer          | 200 | 200   | 404     | 404    | 404
            VISIT_CASE_LINK | inspector                  | 403 | 403   | 403     | 403    | 403
            VISIT_CASE_LINK | confidential_custodian     | 403 | 403   | 403     | 403    | 403
            VISIT_LOOKUP    | reception_officer          | 200 | 200   | 404     | 404    | 404
            VISIT_LOOKUP    | unit_leader                | 200 | 200   | 404     | 404    | 404
            VISIT_LOOKUP    | confidential_custodian     | 200 | 200   | 404     | 404    | 404
            VISIT_LOOKUP    | reception_officer@no-unit  | 404 | 404   | 404     | 404    | 404
            VISIT_LOOKUP    | inspector                  | 200 | 200   | 200     | 200    | 200
            VISIT_LOOKUP    | integrator                 | 403 | 403   | 403     | 403    | 403
            VISIT_LOOKUP    | auditor                    | 403 | 403   | 403     | 403    | 403
            VISIT_LOOKUP    | admin                      | 403 | 403   | 403     | 403    | 403
            VISIT_REVEAL    | confidential_custodian     | 200 | 200   | 404     | 404    | 404
            VISIT_REVEAL    | reception_officer          | 403 | 403   | 403     | 403    | 403
            VISIT_REVEAL    | unit_leader                | 403 | 403   | 403     | 403    | 403
            VISIT_REVEAL    | inspector                  | 403 | 403   | 403     | 403    | 403
            VISIT_REVEAL    | auditor                    | 403 | 403   | 403     | 403    | 403
            VISIT_REVEAL    | admin                      | 403 | 403   | 403     | 403    | 403
            VISIT_EXPORT    | reception_officer          | 200 | 200   | 400     | 400    | 400
            VISIT_EXPORT    | unit_leader                | 200 | 200   | 400     | 400    | 400
            VISIT_EXPORT    | petition_handler           | 200 | 200   | 400     | 400    | 400
            VISIT_EXPORT    | confidential_custodian     | 200 | 200   | 400     | 400    | 400
            VISIT_EXPORT    | reception_officer@no-unit  | 400 | 400   | 400     | 400    | 400
            VISIT_EXPORT    | inspector                  | 200 | 200   | 200     | 200    | 200
            VISIT_EXPORT    | integrator                 | 403 | 403   | 403     | 403    | 403
            VISIT_EXPORT    | mobilization_viewer        | 403 | 403   | 403     | 403    | 403
            VISIT_EXPORT    | auditor                    | 403 | 403   | 403     | 403    | 403
            VISIT_EXPORT    | admin                      | 403 | 403   | 403     | 403    | 403
            VISIT_EXPORT    | citizen                    | 403 | 403   | 403     | 403    | 403
            VISIT_FIELDS    | reception_officer          | 200 | 200   | 200     | 200    | 200
            VISIT_FIELDS    | inspector                  | 200 | 200   | 200     | 200    | 200
            VISIT_FIELDS    | admin                      | 403 | 403   | 403     | 403    | 403
            VISIT_FIELDS    | citizen                    | 403 | 403   | 403     | 403    | 403
            DEADLINE_RULES  | reception_officer          | 200 | 200   | 200     | 200    | 200
            DEADLINE_RULES  | unit_leader                | 200 | 200   | 200     | 200    | 200
            DEADLINE_RULES  | petition_handler           | 200 | 200   | 200     | 200    | 200
            DEADLINE_RULES  | confidential_custodian     | 200 | 200   | 200     | 200    | 200
            DEADLINE_RULES  | integrator                 | 200 | 200   | 200     | 200    | 200
            DEADLINE_RULES  | inspector                  | 200 | 200   | 200     | 200    | 200
            DEADLINE_RULES  | mobilization_viewer        | 200 | 200   | 200     | 200    | 200
            DEADLINE_RULES  | home_affairs_inspector     | 200 | 200   | 200     | 200    | 200
            DEADLINE_RULES  | auditor                    | 200 | 200   | 200     | 200    | 200
            DEADLINE_RULES  | admin                      | 200 | 200   | 200     | 200    | 200
            DEADLINE_RULES  | citizen                    | 403 | 403   | 403     | 403    | 403
            DEADLINE_COMPUTE | reception_officer          | 200 | 200   | 200     | 200    | 200
            DEADLINE_COMPUTE | unit_leader                | 200 | 200   | 200     | 200    | 200
            DEADLINE_COMPUTE | petition_handler           | 200 | 200   | 200     | 200    | 200
            DEADLINE_COMPUTE | confidential_custodian     | 200 | 200   | 200     | 200    | 200
            DEADLINE_COMPUTE | integrator                 | 200 | 200   | 200     | 200    | 200
            DEADLINE_COMPUTE | inspector                  | 200 | 200   | 200     | 200    | 200
            DEADLINE_COMPUTE | mobilization_viewer        | 200 | 200   | 200     | 200    | 200
            DEADLINE_COMPUTE | home_affairs_inspector     | 200 | 200   | 200     | 200    | 200
            DEADLINE_COMPUTE | auditor                    | 200 | 200   | 200     | 200    | 200
            DEADLINE_COMPUTE | admin                      | 200 | 200   | 200     | 200    | 200
            DEADLINE_COMPUTE | citizen                    | 403 | 403   | 403     | 403    | 403
            DEADLINE_PATCH  | reception_officer          | 403 | 403   | 403     | 403    | 403
            DEADLINE_PATCH  | unit_leader                | 403 | 403   | 403     | 403    | 403
            DEADLINE_PATCH  | petition_handler           | 403 | 403   | 403     | 403    | 403
            DEADLINE_PATCH  | confidential_custodian     | 403 | 403   | 403     | 403    | 403
            DEADLINE_PATCH  | integrator                 | 403 | 403   | 403     | 403    | 403
            DEADLINE_PATCH  | inspector                  | 403 | 403   | 403     | 403    | 403
            DEADLINE_PATCH  | mobilization_viewer        | 403 | 403   | 403     | 403    | 403
            DEADLINE_PATCH  | home_affairs_inspector     | 403 | 403   | 403     | 403    | 403
            DEADLINE_PATCH  | auditor                    | 403 | 403   | 403     | 403    | 403
            DEADLINE_PATCH  | admin                      | 200 | 200   | 200     | 200    | 200
            DEADLINE_PATCH  | citizen                    | 403 | 403   | 403     | 403    | 403
            DEADLINE_VERSION | reception_officer          | 403 | 403   | 403     | 403    | 403
            DEADLINE_VERSION | unit_leader                | 403 | 403   | 403     | 403    | 403
            DEADLINE_VERSION | petition_handler           | 403 | 403   | 403     | 403    | 403
            DEADLINE_VERSION | confidential_custodian     | 403 | 403   | 403     | 403    | 403
            DEADLINE_VERSION | integrator                 | 403 | 403   | 403     | 403    | 403
            DEADLINE_VERSION | inspector                  | 403 | 403   | 403     | 403    | 403
            DEADLINE_VERSION | mobilization_viewer        | 403 | 403   | 403     | 403    | 403
            DEADLINE_VERSION | home_affairs_inspector     | 403 | 403   | 403     | 403    | 403
            DEADLINE_VERSION | auditor                    | 403 | 403   | 403     | 403    | 403
            DEADLINE_VERSION | admin                      | 201 | 201   | 201     | 201    | 201
            DEADLINE_VERSION | citizen                    | 403 | 403   | 403     | 403    | 403
            """)
    void eachRoleReachesExactlyItsScope(Endpoint endpoint, String caller, int own, int below, int sibling,
            int parent, int elsewhere) {
        Tree tree = fixtures.tree();
        String[] roleAndUnit = caller.split("@");
        String unit = roleAndUnit.length > 1 ? null : tree.own().code();
        Caller.as("matrix." + roleAndUnit[0], unit, roleAndUnit[0]);

        List<Integer> actual = new ArrayList<>();
        for (Unit target : List.of(tree.own(), tree.below(), tree.sibling(), tree.parent(), tree.elsewhere())) {
            actual.add(endpoint.call.apply(target, tree));
        }
        assertEquals(List.of(own, below, sibling, parent, elsewhere), actual,
                endpoint + " as " + caller + " (own, below, sibling, parent, elsewhere)");
    }

    enum Endpoint {
        UNITS_LIST((t, tree) -> listed(given().queryParam("code", t.code()).get("/api/v1/org-units"))),
        UNITS_TREE((t, tree) -> {
            Response r = given().get("/api/v1/org-units/tree");
            return r.statusCode() != 200 ? r.statusCode() : r.asString().contains(t.id().toString()) ? 200 : 404;
        }),
        UNIT_GET((t, tree) -> given().get("/api/v1/org-units/" + t.id()).statusCode()),
        UNIT_CREATE((t, tree) -> given().contentType(ContentType.JSON).body("""
                {"code":"%s","name":"Phòng thử","kind":"DEPARTMENT","level":"PROVINCE","parentId":"%s",
                 "validFrom":"2025-08-01"}""".formatted(Fixtures.uniqueCode("NEW"), t.id()))
                .post("/api/v1/org-units").statusCode()),
        UNIT_UPDATE((t, tree) -> given().contentType(ContentType.JSON).body("{\"version\":0,\"phone\":\"0251 3822 888\"}")
                .patch("/api/v1/org-units/" + t.id()).statusCode()),
        UNIT_CLOSE((t, tree) -> given().contentType(ContentType.JSON)
                .body("{\"version\":0,\"validTo\":\"2026-01-31\",\"reason\":\"Thử nghiệm\"}")
                .post("/api/v1/org-units/" + t.id() + "/close").statusCode()),
        UNITS_IMPORT((t, tree) -> given().contentType("text/csv; charset=UTF-8").body((
                "code,name,kind,level,parentCode,adminUnitCode,address,phone,receptionPlace,validFrom\n"
                        + Fixtures.uniqueCode("CSV") + ",Phòng thử,DEPARTMENT,PROVINCE," + t.code() + ",,,,,2025-08-01\n")
                        .getBytes(StandardCharsets.UTF_8))
                .queryParam("dryRun", true).post("/api/v1/org-units/import").statusCode()),
        OFFICIALS_LIST((t, tree) -> listed(given().queryParam("unit", t.id()).get("/api/v1/officials"))),
        OFFICIAL_GET((t, tree) -> given().get("/api/v1/officials/" + t.officialId()).statusCode()),
        OFFICIAL_UPDATE((t, tree) -> given().contentType(ContentType.JSON)
                .body("{\"version\":0,\"position\":\"Chuyên viên chính\"}")
                .patch("/api/v1/officials/" + t.officialId()).statusCode()),
        OFFICIAL_CLOSE((t, tree) -> given().contentType(ContentType.JSON)
                .body("{\"version\":0,\"validTo\":\"2026-01-31\",\"reason\":\"Chuyển công tác\"}")
                .post("/api/v1/officials/" + t.officialId() + "/close").statusCode()),
        AUDIT_LIST((t, tree) -> given().queryParam("entityId", t.id()).get("/api/v1/audit-events").statusCode()),
        AUDIT_VERIFY((t, tree) -> given().get("/api/v1/audit-events/verify").statusCode()),
        SCHEDULES_LIST((t, tree) -> {
            planned(t);
            return listed(given().queryParam("unit", t.id()).get("/api/v1/schedules"));
        }),
        SCHEDULE_GET((t, tree) -> given().get("/api/v1/schedules/" + planned(t).scheduleId()).statusCode()),
        SCHEDULE_CREATE((t, tree) -> given().contentType(ContentType.JSON).body("""
                {"unitId":"%s","presidingOfficialId":"%s","rrule":"FREQ=WEEKLY;BYDAY=TH","startTime":"15:00",
                 "endTime":"16:00","placeText":"Trụ sở","validFrom":"2026-12-01","validTo":"2026-12-31"}"""
                .formatted(t.id(), t.officialId())).post("/api/v1/schedules").statusCode()),
        SCHEDULE_UPDATE((t, tree) -> given().contentType(ContentType.JSON).body("{\"version\":0,\"title\":\"Lịch mới\"}")
                .patch("/api/v1/schedules/" + planned(t).scheduleId()).statusCode()),
        SCHEDULE_END((t, tree) -> given().contentType(ContentType.JSON)
                .body("{\"version\":0,\"validTo\":\"2026-12-31\",\"reason\":\"Thay lịch\"}")
                .post("/api/v1/schedules/" + planned(t).scheduleId() + "/end").statusCode()),
        SESSIONS_LIST((t, tree) -> {
            planned(t);
            return listed(given().queryParam("unit", t.id()).get("/api/v1/sessions"));
        }),
        SESSION_GET((t, tree) -> given().get("/api/v1/sessions/" + planned(t).sessionId()).statusCode()),
        SESSION_CANCEL((t, tree) -> given().contentType(ContentType.JSON)
                .body("{\"version\":0,\"notice\":\"Lãnh đạo đi công tác\"}")
                .post("/api/v1/sessions/" + planned(t).sessionId() + "/cancel").statusCode()),
        SESSION_DELEGATE((t, tree) -> given().contentType(ContentType.JSON)
                .body("{\"version\":0,\"presidingOfficialId\":\"" + t.officialId() + "\",\"reason\":\"Bận họp\"}")
                .post("/api/v1/sessions/" + planned(t).sessionId() + "/delegate").statusCode()),
        SESSION_CHECKIN((t, tree) -> given().contentType(ContentType.JSON).body("{\"version\":0}")
                .post("/api/v1/sessions/" + planned(t).sessionId() + "/check-in").statusCode()),
        SESSION_CREATE((t, tree) -> given().contentType(ContentType.JSON).body("""
                {"unitId":"%s","presidingOfficialId":"%s","date":"%s","start":"20:00","end":"21:00",
                 "kind":"URGENT","reason":"Vụ việc phức tạp","placeText":"Trụ sở"}"""
                .formatted(t.id(), t.officialId(), TestClock.today().plusDays(30))).post("/api/v1/sessions").statusCode()),
        COMPLIANCE((t, tree) -> {
            io.quarkus.arc.Arc.container().instance(Fixtures.class).get().official(t.id(), "Thủ trưởng", true, null);
            Response r = given().queryParam("unit", t.id()).get("/api/v1/compliance");
            return r.statusCode() != 200 ? r.statusCode() : r.jsonPath().getList("items").isEmpty() ? 404 : 200;
        }),
        CALENDAR_DAYS((t, tree) -> given().queryParam("year", 2026).get("/api/v1/calendar/days").statusCode()),
        CALENDAR_CREATE((t, tree) -> given().contentType(ContentType.JSON)
                .body("{\"day\":\"2030-01-01\",\"kind\":\"DAY_OFF\",\"name\":\"Tết Dương lịch\"}")
                .post("/api/v1/calendar/days").statusCode()),
        VISITS_LIST((t, tree) -> {
            visit(t, false);
            return listed(given().queryParam("unit", t.id()).get("/api/v1/visits"));
        }),
        VISIT_GET((t, tree) -> given().get("/api/v1/visits/" + visit(t, false)).statusCode()),
        VISIT_CREATE((t, tree) -> given().contentType(ContentType.JSON).body("""
                {"orgUnitId":"%s","receivedAt":"2026-11-20T08:00:00+07:00","partyKind":"PERSON",
                 "parties":[{"role":"VISITOR","fullName":"Nguyễn Văn Ma Trận"}],"classification":"KHIEU_NAI",
                 "contentSummary":"Khiếu nại","withPetition":true}""".formatted(t.id()))
                .post("/api/v1/visits").statusCode()),
        VISIT_PATCH((t, tree) -> given().contentType(ContentType.JSON).body("{\"version\":0,\"notes\":\"Ghi chú\"}")
                .patch("/api/v1/visits/" + visit(t, false)).statusCode()),
        VISIT_NOTICE((t, tree) -> given().contentType(ContentType.JSON)
                .body("{\"version\":0,\"sentAt\":\"2026-11-21T03:00:00Z\",\"kind\":\"DA_THU_LY\"}")
                .post("/api/v1/visits/" + visit(t, false) + "/result-notice").statusCode()),
        VISIT_CASE_LINK((t, tree) -> given().contentType(ContentType.JSON)
                .body("{\"version\":0,\"caseId\":\"" + io.quarkus.arc.Arc.container().instance(Fixtures.class).get()
                        .caseIn(t.id()) + "\"}")
                .post("/api/v1/visits/" + visit(t, false) + "/case-link").statusCode()),
        VISIT_LOOKUP((t, tree) -> {
            visit(t, false);
            Response r = given().queryParam("idNumber", idOf(t)).get("/api/v1/visits/lookup");
            return r.statusCode() != 200 ? r.statusCode() : r.jsonPath().getList("matches").isEmpty() ? 404 : 200;
        }),
        VISIT_REVEAL((t, tree) -> given().contentType(ContentType.JSON)
                .body("{\"purpose\":\"Xác minh theo yêu cầu của Chánh Thanh tra\"}")
                .post("/api/v1/visits/" + visit(t, true) + "/identity/reveal").statusCode()),
        VISIT_EXPORT((t, tree) -> given().queryParam("format", "xlsx").queryParam("unit", t.id())
                .get("/api/v1/visits/export").statusCode()),
        VISIT_FIELDS((t, tree) -> given().get("/api/v1/visits/field-categories").statusCode()),
        DEADLINE_RULES((t, tree) -> given().queryParam("at", "2026-07-01").get("/api/v1/deadline-rules").statusCode()),
        DEADLINE_COMPUTE((t, tree) -> given().contentType(ContentType.JSON)
                .body("{\"ruleCode\":\"TC.RESOLVE\",\"startDate\":\"2026-08-03\"}")
                .post("/api/v1/deadlines/compute").statusCode()),
        DEADLINE_PATCH((t, tree) -> given().contentType(ContentType.JSON).body("{\"version\":0,\"duration\":31}")
                .patch("/api/v1/deadline-rules/" + deadlineRule() + "/2026-01-01").statusCode()),
        DEADLINE_VERSION((t, tree) -> given().contentType(ContentType.JSON).body("{\"code\":\"" + deadlineRule()
                + "\",\"validFrom\":\"2027-01-01\",\"reason\":\"Luật mới\"}").post("/api/v1/deadline-rules")
                .statusCode());

        final BiFunction<Unit, Tree, Integer> call;

        Endpoint(BiFunction<Unit, Tree, Integer> call) {
            this.call = call;
        }

        /** A deadline rule of its own (code T.RULE-...), valid from 1/1/2026, version 0. */
        private static String deadlineRule() {
            String code = Fixtures.uniqueCode("T.RULE");
            io.quarkus.arc.Arc.container().instance(Fixtures.class).get().sql("insert into deadline_rule (code, "
                    + "valid_from, subject, trigger_event, duration, unit, legal_basis, created_by) values (?1, "
                    + "date '2026-01-01', 'COMPLAINT', 'Thử', 30, 'CALENDAR_DAY', 'Luật thử, Điều 1', 'test')", code);
            return code;
        }

        private static Fixtures.Planned planned(Unit unit) {
            return io.quarkus.arc.Arc.container().instance(Fixtures.class).get().schedule(unit);
        }

        /** A HANDLED (THU_LY) visit of the unit, written straight to the tables; its visitor's ID is idOf(unit). */
        private static UUID visit(Unit unit, boolean confidential) {
            Fixtures f = io.quarkus.arc.Arc.container().instance(Fixtures.class).get();
            UUID matter = UUID.randomUUID();
            UUID visit = UUID.randomUUID();
            f.sql("insert into reception_matter (id, org_unit_id, summary, first_visit_at, last_visit_at, visits_count) "
                    + "values (?1, ?2, 'Khiếu nại', timestamptz '2026-11-20 08:00+07', timestamptz '2026-11-20 08:00+07', 1)",
                    matter, unit.id());
            f.sql("insert into reception_visit (id, org_unit_id, book_year, book_seq, received_at, reception_kind, status, "
                    + "party_kind, classification, content_summary, handling_direction, matter_id, first_time, "
                    + "confidential, denouncer_ref) values (?1, ?2, 2026, ?3, timestamptz '2026-11-20 08:00+07', "
                    + "'REGULAR', 'HANDLED', 'PERSON', ?4, 'Khiếu nại', 'THU_LY', ?5, true, ?6, "
                    + (confidential ? "gen_random_uuid()" : "null") + ")", visit, unit.id(),
                    (int) (Math.random() * 1_000_000) + 1, confidential ? "TO_CAO" : "KHIEU_NAI", matter, confidential);
            if (!confidential) {
                f.sql("insert into visit_party (id, visit_id, ordinal, role, full_name, id_doc_type, id_number, id_key) "
                        + "values (?1, ?2, 1, 'VISITOR', 'Nguyễn Văn Ma Trận', 'OTHER', ?3, ?3)", UUID.randomUUID(), visit,
                        idOf(unit));
            }
            return visit;
        }

        private static String idOf(Unit unit) {
            return "MT" + unit.id().toString().replace("-", "").substring(0, 20).toUpperCase();
        }

        /** 200 when the list holds an item, 404 when the target is left out, else the status. */
        private static int listed(Response response) {
            if (response.statusCode() != 200) {
                return response.statusCode();
            }
            return response.jsonPath().getInt("totalItems") > 0 ? 200 : 404;
        }
    }
}
