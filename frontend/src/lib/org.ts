import type { components } from '@/api/schema';

type Schemas = components['schemas'];

/**
 * Code lists of the organisation tree (shared/domain/DOMAIN.md §3.3). Their labels live in the
 * "org" translation namespace, which every feature showing a unit uses.
 */
export const ORG_UNIT_KINDS = [
  'PROVINCIAL_PEOPLES_COMMITTEE',
  'PROVINCIAL_OFFICE',
  'DEPARTMENT',
  'PROVINCIAL_INSPECTORATE',
  'CITIZEN_RECEPTION_BOARD',
  'PUBLIC_SERVICE_UNIT',
  'DISTRICT_PEOPLES_COMMITTEE',
  'DISTRICT_DIVISION',
  'DISTRICT_INSPECTORATE',
  'COMMUNE_PEOPLES_COMMITTEE',
  'PARTY_COMMITTEE',
  'PARTY_BOARD',
  'COURT',
  'PROCURACY',
  'POLICE',
  'OTHER_EXTERNAL',
] as const satisfies readonly Schemas['OrgUnitKind'][];
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

/** DISTRICT exists only before 1/7/2025, when the district level was abolished. */
export const ORG_UNIT_LEVELS = [
  'PROVINCE',
  'DISTRICT',
  'COMMUNE',
  'EXTERNAL',
] as const satisfies readonly Schemas['OrgUnitLevel'][];
export type OrgUnitLevel = (typeof ORG_UNIT_LEVELS)[number];

export const SUCCESSION_KINDS = [
  'MERGE',
  'SPLIT',
  'RENAME',
  'ABOLISH_TRANSFER',
] as const satisfies readonly Schemas['SuccessionKind'][];
export type SuccessionKind = (typeof SUCCESSION_KINDS)[number];

/** Luật Tiếp công dân 2013, Art. 2(3). */
export const RECEPTION_PLACE_KINDS = [
  'RECEPTION_OFFICE',
  'RECEPTION_POINT',
  'OTHER_WORKPLACE',
] as const;
export type ReceptionPlaceKind = (typeof RECEPTION_PLACE_KINDS)[number];
