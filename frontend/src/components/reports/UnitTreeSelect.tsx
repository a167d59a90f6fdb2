import { TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUnitTree, type OrgTreeNode } from '@/lib/reports/units';

interface TreeOption {
  value: string;
  title: string;
  children?: TreeOption[];
}

const toOptions = (nodes: readonly OrgTreeNode[] | undefined): TreeOption[] =>
  (nodes ?? [])
    .filter((node) => node.id && node.level !== 'EXTERNAL')
    .map((node) => ({
      value: node.id!,
      title: node.name ?? node.code ?? '',
      children: node.children?.length ? toOptions(node.children) : undefined,
    }));

/** The report's unit, chosen in the tree the caller may see. */
export function UnitTreeSelect({
  id,
  value,
  onChange,
  allowClear,
  placeholder,
}: {
  id: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  allowClear?: boolean;
  placeholder?: string;
}) {
  const { t } = useTranslation('reports');
  const tree = useUnitTree();
  return (
    <TreeSelect
      id={id}
      style={{ minWidth: 300 }}
      value={value}
      onChange={(next?: string) => onChange?.(next ?? undefined)}
      allowClear={allowClear}
      placeholder={placeholder ?? t('unit.choose')}
      loading={tree.isLoading}
      treeData={toOptions(tree.data)}
      treeDefaultExpandedKeys={tree.data?.[0]?.id ? [tree.data[0].id] : undefined}
      showSearch={{ treeNodeFilterProp: 'title' }}
      popupMatchSelectWidth={false}
    />
  );
}
