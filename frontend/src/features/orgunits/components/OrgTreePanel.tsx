import { Alert, Card, DatePicker, Empty, Flex, Input, Tag, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { PageLoading } from '@/components/feedback/PageLoading';
import { DATE_FORMAT, fromApiDate, toApiDate } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import { useOrgTree } from '../api/org-tree';
import type { OrgTreeNode } from '../api/types';
import { filterTree, pathTo } from '../utils/tree';

function toTreeData(nodes: readonly OrgTreeNode[], closedLabel: string): TreeDataNode[] {
  return nodes.map((node) => ({
    key: node.id ?? node.code ?? '',
    title: (
      <span className="org-tree-node" data-code={node.code}>
        {node.name} <span className="org-tree-code">({node.code})</span>
        {node.validTo && (
          <Tag className="org-tree-closed">{`${closedLabel} ${formatDate(node.validTo)}`}</Tag>
        )}
      </span>
    ),
    children: toTreeData(node.children ?? [], closedLabel),
  }));
}

/** Search box, "view the structure on a date" picker and the tree of units the caller may see. */
export function OrgTreePanel({
  selectedId,
  onSelect,
}: {
  selectedId?: string;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation('orgunits');
  const [params, setParams] = useSearchParams();
  const at = params.get('at') ?? undefined;
  // The search text and the date live in the address: they survive opening a unit.
  const query = params.get('q') ?? '';
  const setQuery = (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set('q', value);
    else next.delete('q');
    setParams(next, { replace: true });
  };
  const { data: tree, error, isPending } = useOrgTree(at);
  const [opened, setOpened] = useState<string[] | undefined>(undefined);

  const filtered = useMemo(() => filterTree(tree ?? [], query), [tree, query]);
  const defaultOpen = useMemo(() => {
    const roots = (tree ?? []).flatMap((node) => (node.id ? [node.id] : []));
    const toSelected = selectedId ? (pathTo(tree ?? [], selectedId) ?? []) : [];
    return [...new Set([...roots, ...toSelected])];
  }, [tree, selectedId]);
  const expandedKeys = query ? filtered.expandedKeys : (opened ?? defaultOpen);

  const changeDate = (value: Dayjs | null) => {
    const next = new URLSearchParams(params);
    const date = toApiDate(value);
    if (date) next.set('at', date);
    else next.delete('at');
    setParams(next);
    setOpened(undefined);
  };

  return (
    <Card title={<h2 className="card-title">{t('tree.title')}</h2>}>
      <Flex vertical gap={12}>
        <Input.Search
          allowClear
          value={query}
          aria-label={t('tree.search')}
          placeholder={t('tree.searchPlaceholder')}
          onChange={(event) => setQuery(event.target.value)}
          onSearch={setQuery}
        />
        <Flex vertical gap={4}>
          <label htmlFor="org-tree-at">{t('tree.at')}</label>
          <DatePicker
            id="org-tree-at"
            format={DATE_FORMAT}
            value={fromApiDate(at) ?? null}
            onChange={changeDate}
            placeholder={t('tree.today')}
            allowClear
            style={{ width: '100%' }}
          />
          {at && (
            <Typography.Text type="secondary">
              {t('tree.viewingAt', { date: formatDate(at) })}
            </Typography.Text>
          )}
        </Flex>
        {isPending && <PageLoading />}
        {error && <ProblemAlert error={error} />}
        {tree && query && filtered.nodes.length === 0 && (
          <Alert type="info" title={t('tree.noMatch', { query })} />
        )}
        {tree && tree.length === 0 && <Empty description={t('tree.empty')} />}
        {tree && filtered.nodes.length > 0 && (
          <Tree
            aria-label={t('tree.title')}
            showLine
            blockNode
            treeData={toTreeData(filtered.nodes, t('closedOn'))}
            selectedKeys={selectedId ? [selectedId] : []}
            expandedKeys={expandedKeys}
            onExpand={(keys) => setOpened(keys.map(String))}
            onSelect={(keys) => {
              if (keys[0] !== undefined) onSelect(String(keys[0]));
            }}
          />
        )}
      </Flex>
    </Card>
  );
}
