/** Keycloak realm roles (see shared/design/ROLES.md). Labels live in locales/<lang>/roles.json. */
export const ROLES = [
  'reception_officer',
  'unit_leader',
  'petition_handler',
  'confidential_custodian',
  'inspector',
  'mobilization_viewer',
  'home_affairs_inspector',
  'auditor',
  'admin',
  'integrator',
] as const;

export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role =>
  (ROLES as readonly string[]).includes(value);
