import { foldVietnamese } from '@/lib/text';
import type { OrgTreeNode } from '../api/types';

/** What the search box leaves of the tree, and which branches to open so every match shows. */
export interface FilteredTree {
  nodes: OrgTreeNode[];
  /** Ids of the units on the way to a match (opened in the tree). */
  expandedKeys: string[];
  matches: number;
}

const matches = (node: OrgTreeNode, folded: string) =>
  foldVietnamese(node.name ?? '').includes(folded) ||
  foldVietnamese(node.code ?? '').includes(folded);

/**
 * Keeps the units whose name or code contains `query` (accent- and case-insensitive), each with
 * its whole subtree, plus the units above them so the tree stays a tree. An empty query keeps all.
 */
export function filterTree(nodes: readonly OrgTreeNode[], query: string): FilteredTree {
  const folded = foldVietnamese(query);
  if (folded === '') return { nodes: [...nodes], expandedKeys: [], matches: 0 };
  const expandedKeys: string[] = [];
  let count = 0;

  const visit = (node: OrgTreeNode): OrgTreeNode | undefined => {
    if (matches(node, folded)) {
      count += 1;
      // The subtree of a match may hold further matches; count them, keep everything.
      (node.children ?? []).forEach(visit);
      return node;
    }
    const children = (node.children ?? []).map(visit).filter((child) => child !== undefined);
    if (children.length === 0) return undefined;
    if (node.id) expandedKeys.push(node.id);
    return { ...node, children };
  };

  const kept = nodes.map(visit).filter((node) => node !== undefined);
  return { nodes: kept, expandedKeys, matches: count };
}

/** The ids from a root down to the unit `id` (itself excluded); undefined when not in the tree. */
export function pathTo(nodes: readonly OrgTreeNode[], id: string): string[] | undefined {
  for (const node of nodes) {
    if (node.id === id) return [];
    const below = pathTo(node.children ?? [], id);
    if (below && node.id) return [node.id, ...below];
  }
  return undefined;
}

/** Number of units in the tree. */
export const countUnits = (nodes: readonly OrgTreeNode[]): number =>
  nodes.reduce((sum, node) => sum + 1 + countUnits(node.children ?? []), 0);
