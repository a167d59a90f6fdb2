import type { components } from '@/api/schema';

/** What an audit event records (the backend's AuditAction). */
export const AUDIT_ACTIONS = [
  'CREATE',
  'UPDATE',
  'CLOSE',
  'IMPORT',
  'VIEW',
  'EXPORT',
  'TRANSFER',
  'STATE_CHANGE',
] as const;

export type AuditEvent = components['schemas']['AuditEvent'];
export type ChainVerification = components['schemas']['AuditChainVerification'];

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
}
