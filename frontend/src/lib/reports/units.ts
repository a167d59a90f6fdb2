import { useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { useCurrentUser } from '@/lib/auth/current-user';

export type OrgTreeNode = components['schemas']['OrgUnitNode'];

/** The organisation tree the caller may see (the API applies the unit scope). */
export const useUnitTree = () =>
  useQuery({
    queryKey: ['org-units', 'tree', 'today'],
    queryFn: () => unwrap(api().GET('/api/v1/org-units/tree', { params: { query: {} } })),
    staleTime: 5 * 60_000,
  });

/** Depth-first search of the tree. */
export function findNode(
  nodes: readonly OrgTreeNode[] | undefined,
  test: (node: OrgTreeNode) => boolean,
): OrgTreeNode | undefined {
  for (const node of nodes ?? []) {
    if (test(node)) return node;
    const found = findNode(node.children, test);
    if (found) return found;
  }
  return undefined;
}

/** The caller's own unit in the tree, else the top of what they see (the province root). */
export function useDefaultUnit(): string | undefined {
  const tree = useUnitTree();
  const { data: me } = useCurrentUser();
  const nodes = tree.data ?? [];
  const own = me?.orgUnit?.code
    ? findNode(nodes, (node) => node.code === me.orgUnit?.code)
    : undefined;
  return own?.id ?? nodes[0]?.id;
}
