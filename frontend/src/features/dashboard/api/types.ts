import type { PeriodView } from '@/lib/reports/types';

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
  score?: number | null;
  rank?: number | null;
}

export interface DashboardUnitRow extends DashboardFigures {
  unitId: string;
  code: string;
  name: string;
  level?: string;
  hasChildren?: boolean;
}

export interface DashboardOverview {
  unitId?: string;
  unitCode?: string;
  unitName?: string;
  period?: PeriodView;
  totals: DashboardFigures;
  children: DashboardUnitRow[];
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
  points?: TrendPoint[];
  months?: TrendPoint[];
}

export interface InspectionSummary {
  id?: string;
  unitName?: string;
  inspectedOn?: string;
  date?: string;
  unannounced?: boolean;
  sessionHeld?: boolean | null;
  rating?: string;
  findings?: string;
}

export interface RecognitionSummary {
  id?: string;
  unitName?: string;
  decidedOn?: string;
  date?: string;
  kind?: 'COMMENDATION' | 'CORRECTION';
  form?: string;
  decisionNo?: string | null;
  reason?: string;
  /** For an official: their position title only, never the name. */
  officialPosition?: string | null;
}

export interface DashboardRecognition {
  inspections?: InspectionSummary[];
  recognitions?: RecognitionSummary[];
}
