import { describe, expect, it } from 'vitest';
import { appRoutes, navigationFor, publicRoutes, routesFor, type AppRoute } from './routes';

const page = async () => () => null;
const table: AppRoute[] = [
  { path: '/', titleKey: 'nav.home', page },
  { path: '/profile', titleKey: 'nav.profile', page },
  { path: '/visits', titleKey: 'visits', roles: ['reception_officer', 'unit_leader'], page },
  { path: '/visits/new', titleKey: 'newVisit', roles: ['reception_officer'], nav: false, page },
  { path: '/audit', titleKey: 'audit', roles: ['auditor'], page },
];
const paths = (routes: readonly AppRoute[]) => routes.map((route) => route.path);

describe('route table access', () => {
  it('gives a user without roles only the routes that need none', () => {
    expect(paths(routesFor(table, []))).toEqual(['/', '/profile']);
  });

  it('opens a route to a holder of any one of its roles', () => {
    expect(paths(routesFor(table, ['unit_leader']))).toEqual(['/', '/profile', '/visits']);
    expect(paths(routesFor(table, ['reception_officer']))).toEqual([
      '/',
      '/profile',
      '/visits',
      '/visits/new',
    ]);
  });

  it('combines the routes of several roles', () => {
    expect(paths(routesFor(table, ['auditor', 'unit_leader']))).toEqual([
      '/',
      '/profile',
      '/visits',
      '/audit',
    ]);
  });

  it('ignores roles the table does not know', () => {
    expect(paths(routesFor(table, ['default-roles-tiepdan', 'offline_access']))).toEqual([
      '/',
      '/profile',
    ]);
  });

  it('keeps pages marked nav: false out of the side navigation', () => {
    expect(paths(navigationFor(table, ['reception_officer']))).toEqual([
      '/',
      '/profile',
      '/visits',
    ]);
  });
});

describe('the application route table', () => {
  it('shows the organisation tree to every official, the import only to the admin', () => {
    expect(paths(navigationFor(appRoutes, ['petition_handler']))).toEqual([
      '/',
      '/org-units',
      '/visits/desk',
      '/visits',
      '/petitions',
      '/cases',
      '/overdue',
      '/reports/forms',
      '/deadline-rules',
      '/profile',
    ]);
    expect(paths(navigationFor(appRoutes, ['admin']))).toEqual([
      '/',
      '/org-units',
      '/org-units/import',
      '/audit',
      '/sessions',
      '/sessions/today',
      '/schedules',
      '/compliance',
      '/petitions',
      '/cases',
      '/overdue',
      '/dashboard',
      '/reports/forms',
      '/reports/submissions',
      '/reports/consolidation',
      '/reports/periods',
      '/inspections',
      '/recognitions',
      '/calendar',
      '/deadline-rules',
      '/profile',
    ]);
  });

  it('opens the working-day calendar to admins only', () => {
    for (const role of ['unit_leader', 'auditor', 'inspector', 'reception_officer']) {
      expect(paths(routesFor(appRoutes, [role]))).not.toContain('/calendar');
    }
  });

  it('opens the deadline rules to every official role', () => {
    for (const role of [
      'reception_officer',
      'unit_leader',
      'petition_handler',
      'confidential_custodian',
      'inspector',
      'home_affairs_inspector',
      'auditor',
      'admin',
      'mobilization_viewer',
    ]) {
      expect(paths(navigationFor(appRoutes, [role]))).toContain('/deadline-rules');
    }
    expect(paths(routesFor(appRoutes, ['integrator']))).not.toContain('/deadline-rules');
  });

  it('opens the audit trail to auditors and admins only', () => {
    expect(paths(routesFor(appRoutes, ['auditor']))).toContain('/audit');
    expect(paths(routesFor(appRoutes, ['inspector']))).not.toContain('/audit');
  });

  it('opens sessions and schedules to the unit and the province-wide readers', () => {
    expect(paths(navigationFor(appRoutes, ['reception_officer']))).toEqual([
      '/',
      '/org-units',
      '/sessions',
      '/sessions/today',
      '/schedules',
      '/visits/desk',
      '/visits',
      '/petitions',
      '/cases',
      '/overdue',
      '/reports/forms',
      '/deadline-rules',
      '/profile',
    ]);
    for (const role of ['inspector', 'home_affairs_inspector', 'mobilization_viewer']) {
      expect(paths(routesFor(appRoutes, [role]))).toEqual(
        expect.arrayContaining(['/sessions', '/schedules']),
      );
      expect(paths(routesFor(appRoutes, [role]))).not.toContain('/sessions/today');
    }
    expect(paths(routesFor(appRoutes, ['auditor']))).not.toContain('/sessions');
  });

  it('opens compliance to leaders, inspectors, home affairs, mobilization and admins', () => {
    for (const role of [
      'unit_leader',
      'inspector',
      'home_affairs_inspector',
      'mobilization_viewer',
      'admin',
    ]) {
      expect(paths(routesFor(appRoutes, [role]))).toContain('/compliance');
    }
    expect(paths(routesFor(appRoutes, ['reception_officer']))).not.toContain('/compliance');
  });

  it('opens the desk to the writers, the book also to the custodian and inspectors', () => {
    for (const role of ['reception_officer', 'unit_leader', 'petition_handler']) {
      expect(paths(routesFor(appRoutes, [role]))).toEqual(
        expect.arrayContaining(['/visits/desk', '/visits', '/visits/:id']),
      );
    }
    for (const role of ['confidential_custodian', 'inspector']) {
      expect(paths(routesFor(appRoutes, [role]))).toEqual(
        expect.arrayContaining(['/visits', '/visits/:id']),
      );
      expect(paths(routesFor(appRoutes, [role]))).not.toContain('/visits/desk');
    }
    for (const role of ['admin', 'auditor', 'mobilization_viewer', 'home_affairs_inspector']) {
      expect(paths(routesFor(appRoutes, [role]))).not.toContain('/visits');
    }
  });

  it('opens petitions and cases to the unit and the province-wide readers, not to mobilization or home affairs', () => {
    for (const role of [
      'reception_officer',
      'unit_leader',
      'petition_handler',
      'confidential_custodian',
      'inspector',
      'auditor',
      'admin',
    ]) {
      expect(paths(routesFor(appRoutes, [role]))).toEqual(
        expect.arrayContaining([
          '/petitions',
          '/petitions/:id',
          '/cases',
          '/cases/:id',
          '/overdue',
        ]),
      );
    }
    for (const role of ['mobilization_viewer', 'home_affairs_inspector', 'integrator']) {
      expect(paths(routesFor(appRoutes, [role]))).not.toContain('/cases');
      expect(paths(routesFor(appRoutes, [role]))).not.toContain('/petitions');
    }
    // Receiving a petition is for the unit's writers only.
    expect(paths(routesFor(appRoutes, ['inspector']))).not.toContain('/petitions/new');
    expect(paths(routesFor(appRoutes, ['reception_officer']))).toContain('/petitions/new');
  });

  it('keeps the public pages outside the signed-in routes, open to everyone', () => {
    expect(paths(publicRoutes)).toEqual(['/danh-ba', '/lich-tiep-cong-dan']);
    expect(publicRoutes.every((route) => !route.roles)).toBe(true);
    expect(paths(appRoutes)).not.toContain('/danh-ba');
  });

  it('opens the issue 7 reports by role: forms to the units, the dashboard to Dân vận, review to the inspectorate', () => {
    const danvan = paths(navigationFor(appRoutes, ['mobilization_viewer']));
    expect(danvan).toEqual(
      expect.arrayContaining(['/dashboard', '/reports/submissions', '/reports/consolidation']),
    );
    expect(danvan).not.toContain('/reports/forms');
    expect(danvan).not.toContain('/reports/review');
    const noivu = paths(navigationFor(appRoutes, ['home_affairs_inspector']));
    expect(noivu).toEqual(expect.arrayContaining(['/dashboard', '/inspections', '/recognitions']));
    expect(noivu).not.toContain('/reports/forms');
    const leader = paths(routesFor(appRoutes, ['unit_leader']));
    expect(leader).toEqual(
      expect.arrayContaining([
        '/dashboard',
        '/reports/forms',
        '/reports/submissions',
        '/reports/submissions/:id',
      ]),
    );
    expect(leader).not.toContain('/reports/review');
    expect(paths(routesFor(appRoutes, ['inspector']))).toContain('/reports/review');
    expect(paths(routesFor(appRoutes, ['reception_officer']))).not.toContain('/dashboard');
  });
});
