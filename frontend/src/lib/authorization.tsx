import type { ReactNode } from 'react';
import { useCurrentUser } from './auth/current-user';
import type { Role } from './roles';

/**
 * True when no role is required, or the user holds at least one of the required roles.
 * This only decides what the UI shows: the API enforces roles and unit scope on every call.
 */
export function hasAnyRole(userRoles: readonly string[], required?: readonly Role[]): boolean {
  if (!required || required.length === 0) return true;
  return required.some((role) => userRoles.includes(role));
}

/** The signed-in user's realm roles, as reported by GET /api/v1/me (empty while loading). */
export function useRoles(): readonly string[] {
  const { data } = useCurrentUser();
  return data?.roles ?? [];
}

interface CanProps {
  roles: readonly Role[];
  children: ReactNode;
  fallback?: ReactNode;
}

/** Renders its children only for users holding one of `roles`. */
export function Can({ roles, children, fallback = null }: CanProps) {
  return hasAnyRole(useRoles(), roles) ? children : fallback;
}
