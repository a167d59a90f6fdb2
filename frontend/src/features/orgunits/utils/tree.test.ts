import { describe, expect, it } from 'vitest';
import type { OrgTreeNode } from '../api/types';
import { countUnits, filterTree, pathTo } from './tree';

const unit = (id: string, name: string, children: OrgTreeNode[] = []): OrgTreeNode => ({
  id,
  code: id,
  name,
  kind: 'COMMUNE_PEOPLES_COMMITTEE',
  level: 'COMMUNE',
  validFrom: '2025-07-01',
  children,
});

const tree = [
  unit('DN', 'UBND tỉnh Đồng Nai', [
    unit('DN-TTT', 'Thanh tra tỉnh Đồng Nai'),
    unit('DN-SNV', 'Sở Nội vụ', [unit('DN-SNV-P1', 'Phòng Tổ chức')]),
    unit('DN-TRANBIEN', 'UBND phường Trấn Biên'),
    unit('DN-PHULY', 'UBND xã Phú Lý'),
  ]),
];

const names = (nodes: OrgTreeNode[]): string[] =>
  nodes.flatMap((node) => [node.code ?? '', ...names(node.children ?? [])]);

describe('filtering the unit tree', () => {
  it('keeps everything when the search box is empty', () => {
    const result = filterTree(tree, '  ');
    expect(names(result.nodes)).toEqual(names(tree));
    expect(result.expandedKeys).toEqual([]);
  });

  it('finds a unit without its diacritics and keeps the units above it', () => {
    const result = filterTree(tree, 'phu ly');
    expect(names(result.nodes)).toEqual(['DN', 'DN-PHULY']);
    expect(result.expandedKeys).toEqual(['DN']);
    expect(result.matches).toBe(1);
  });

  it('matches upper-case, accented and đ spellings alike', () => {
    expect(names(filterTree(tree, 'TRẤN BIÊN').nodes)).toEqual(['DN', 'DN-TRANBIEN']);
    expect(filterTree(tree, 'dong nai').matches).toBe(2);
  });

  it('finds a unit by its code too', () => {
    expect(names(filterTree(tree, 'dn-ttt').nodes)).toEqual(['DN', 'DN-TTT']);
  });

  it('keeps the whole subtree of a matching unit', () => {
    expect(names(filterTree(tree, 'nội vụ').nodes)).toEqual(['DN', 'DN-SNV', 'DN-SNV-P1']);
  });

  it('leaves nothing when no unit matches', () => {
    const result = filterTree(tree, 'Hà Nội');
    expect(result.nodes).toEqual([]);
    expect(result.matches).toBe(0);
  });

  it('does not change the tree it was given', () => {
    filterTree(tree, 'phu ly');
    expect(countUnits(tree)).toBe(6);
  });
});

describe('the way down to a unit', () => {
  it('lists the units above it, root first', () => {
    expect(pathTo(tree, 'DN-SNV-P1')).toEqual(['DN', 'DN-SNV']);
    expect(pathTo(tree, 'DN')).toEqual([]);
  });

  it('is undefined for a unit outside the tree', () => {
    expect(pathTo(tree, 'HN')).toBeUndefined();
  });
});
