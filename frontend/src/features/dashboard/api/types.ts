import type { components } from '@/api/schema';
import type { Conforms, Expect, PeriodView } from '@/lib/reports/types';

/**
 * The Mass Mobilization dashboard (issue 7 contract, part D, package vn.tiepdan.dashboard):
 * aggregates only, never names or record numbers. Shares and rates are fractions (0–1).
 */
export interface DashboardFigures {
  sessionsRequired?: number;
  sessionsScheduled?: number;
  heldInPerson?: number;
  delegated?: number;
  missed?: number;
  heldShare?: number | null;
  visits?: number;
  people?: number;
  mattersFirstTime?: number;
  mattersRepeat?: number;
  largeGroups?: number;
  largeGroupPeople?: number;
  handledOnSpot?: number;
  accepted?: number;
  guided?: number;
  transferred?: number;
  noticeDue?: number;
  noticeOnTime?: number;
  noticeCompliance?: number | null;
  resolvedOnTime?: number;
  resolvedLate?: number;
  onTimeRate?: number | null;
  overdueCases?: number;
  repeatVisitors?: number;
  inspections?: number;
  commendations?: number;
  corrections?: number;
  heldDays?: number;
  matters?: number;
  /** 0–100, one decimal; null when no rate applies. */
  score?: number | null;
}

/** A unit of the drill along the tree. */
export interface UnitNode {
  unitId: string;
  code: string;
  name: string;
  level?: string;
  kind?: string;
  hasChildren?: boolean;
}

/** One child unit: its whole subtree's figures and its rank among its siblings. */
export interface ChildRow {
  unit: UnitNode;
  figures: DashboardFigures;
  /** 1 = best; equal scores share a rank; null when unranked. */
  rank?: number | null;
}

export interface DashboardOverview {
  unit: UnitNode;
  period?: PeriodView;
  asOf?: string;
  totals: DashboardFigures;
  own?: DashboardFigures;
  children: ChildRow[];
  /** How the ranking score is computed, as the API documents it. */
  scoreFormula?: string;
}

export interface TrendPoint {
  /** YYYY-MM */
  month: string;
  sessionsRequired?: number;
  sessionsHeld?: number;
  visits?: number;
  people?: number;
  matters?: number;
  petitionsReceived?: number;
  casesAccepted?: number;
  resolvedOnTime?: number;
  resolvedLate?: number;
  overdueAtMonthEnd?: number | null;
}

export interface DashboardTrends {
  unit?: UnitNode;
  from?: string;
  to?: string;
  months: TrendPoint[];
}

export interface InspectionSummary {
  id: string;
  unitId?: string;
  unitName?: string;
  inspectedOn: string;
  unannounced?: boolean;
  sessionHeld?: boolean | null;
  rating?: string;
  findings?: string;
}

export interface RecognitionSummary {
  id: string;
  unitId?: string;
  unitName?: string;
  decidedOn: string;
  decidedBy?: string | null;
  kind?: 'COMMENDATION' | 'CORRECTION';
  form?: string;
  decisionNo?: string | null;
  reason?: string;
  /** For an official: their position title only, never the name. */
  officialPosition?: string | null;
}

export interface DashboardRecognition {
  unit?: UnitNode;
  period?: PeriodView;
  inspectionsTotal?: number;
  commendationsTotal?: number;
  correctionsTotal?: number;
  inspections?: InspectionSummary[];
  recognitions?: RecognitionSummary[];
}

type Schemas = components['schemas'];

/** The views above against the generated OpenAPI schema (vn.tiepdan.dashboard.DashboardDtos). */
export type DashboardContractChecks = [
  Expect<Conforms<DashboardFigures, Schemas['Figures']>>,
  Expect<Conforms<UnitNode, Schemas['UnitNode']>>,
  Expect<Conforms<ChildRow, Schemas['ChildRow']>>,
  Expect<Conforms<DashboardOverview, Schemas['Overview']>>,
  Expect<Conforms<TrendPoint, Schemas['TrendPoint']>>,
  Expect<Conforms<DashboardTrends, Schemas['Trends']>>,
  Expect<Conforms<InspectionSummary, Schemas['InspectionItem']>>,
  Expect<Conforms<RecognitionSummary, Schemas['RecognitionItem']>>,
  Expect<Conforms<DashboardRecognition, Schemas['RecognitionFeed']>>,
];
