import type { components } from '@/api/schema';

type Schemas = components['schemas'];

export type UnitRef = Schemas['UnitRef'];
/** A node of GET /api/v1/org-units/tree: only the units the caller may see. */
export type OrgTreeNode = Schemas['OrgUnitNode'];
export type OrgUnit = Schemas['OrgUnit'];
export type OrgUnitSummary = Schemas['OrgUnitSummary'];
export type ReceptionPlace = Schemas['ReceptionPlace'];
export type ReceptionPlaceInput = Schemas['ReceptionPlaceInput'];
export type Succession = Schemas['Succession'];
export type CreateOrgUnitRequest = Schemas['CreateOrgUnitRequest'];
export type UpdateOrgUnitRequest = Schemas['UpdateOrgUnitRequest'];
export type CloseOrgUnitRequest = Schemas['CloseOrgUnitRequest'];
export type Official = Schemas['Official'];
export type CreateOfficialRequest = Schemas['CreateOfficialRequest'];
export type UpdateOfficialRequest = Schemas['UpdateOfficialRequest'];
export type CloseOfficialRequest = Schemas['CloseOfficialRequest'];

/** The answer of POST /api/v1/org-units/import, dry run or applied. */
export type ImportReport = Schemas['OrgUnitImportReport'];
/** One bad cell: line of the file (the header is line 1), column name and reason. */
export type ImportError = Schemas['OrgUnitImportError'];
