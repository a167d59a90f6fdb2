import type { ReactNode } from 'react';
import { ForbiddenPage } from '@/components/errors/StatusPages';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { PageLoading } from '@/components/feedback/PageLoading';
import { useCurrentUser } from '@/lib/auth/current-user';
import { hasAnyRole } from '@/lib/authorization';
import type { Role } from '@/lib/roles';

/** Shows the page only to holders of one of `roles`; the API checks again on every call. */
export function RouteGuard({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const { data: me, error, isPending } = useCurrentUser();
  if (!roles || roles.length === 0) return children;
  if (isPending) return <PageLoading />;
  if (error) return <ProblemAlert error={error} />;
  return hasAnyRole(me.roles ?? [], roles) ? children : <ForbiddenPage />;
}
