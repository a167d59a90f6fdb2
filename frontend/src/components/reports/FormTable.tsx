import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormResult, FormRow } from '@/lib/reports/types';
import { failingCells, isFailing } from './checks';
import { formatCell, isNonZero } from './format';
import { buildHeaderRows } from './header-tree';
import './reports.css';

interface Props {
  result: FormResult;
  /** Opens the records behind a cell; absent in a frozen snapshot. */
  onCell?: (row: FormRow, column: number) => void;
  /** Opens a child unit's own report (the drill along the tree). */
  onUnit?: (row: FormRow) => void;
}

/**
 * An official form as printed: the multi-level header from the columns' paths, the "MS" row with
 * the column numbers (and formulas), then the OWN row, one row per child unit and the TOTAL row.
 * Cells that take part in a failing cross-check are highlighted.
 */
export function FormTable({ result, onCell, onUnit }: Props) {
  const { t, i18n } = useTranslation('reports');
  const columns = result.form.columns;
  const header = useMemo(() => buildHeaderRows(columns), [columns]);
  const failing = useMemo(() => failingCells(result.checks), [result.checks]);

  return (
    <div className="report-table-wrap" role="region" aria-label={result.form.title} tabIndex={0}>
      <table className="report-table">
        <caption className="sr-only">
          {t('table.caption', {
            form: result.form.formNo,
            unit: result.unitName,
            period: result.period.label,
          })}
        </caption>
        <thead>
          {header.map((row, level) => (
            <tr key={level}>
              {level === 0 && (
                <th scope="col" rowSpan={header.length} className="report-unit-col">
                  {t('table.unit')}
                </th>
              )}
              {row.map((cell) => (
                <th
                  key={cell.key}
                  scope={cell.colSpan > 1 ? 'colgroup' : 'col'}
                  colSpan={cell.colSpan}
                  rowSpan={cell.rowSpan}
                >
                  {cell.label}
                </th>
              ))}
            </tr>
          ))}
          <tr className="report-ms-row">
            <th scope="row">{t('table.ms')}</th>
            {columns.map((column) => (
              <th key={column.no} scope="col" className="report-ms">
                {column.no}
                {column.formula && (
                  <div className="report-formula">{`(${column.no}=${column.formula})`}</div>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row) => (
            <tr
              key={`${row.kind}-${row.unitId}`}
              className={`report-row report-row-${row.kind.toLowerCase()}`}
            >
              <th scope="row" className="report-unit-col">
                {row.kind === 'CHILD' && onUnit ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onUnit(row)}
                    title={t('table.openUnit', { unit: row.label })}
                  >
                    {row.label}
                  </button>
                ) : (
                  row.label
                )}
                {row.kind === 'OWN' && <span className="report-row-kind">{t('table.own')}</span>}
              </th>
              {columns.map((column, index) => {
                const value = row.values[index];
                const text = formatCell(value, column.unit, i18n.language);
                const bad = isFailing(failing, row, column.no);
                return (
                  <td
                    key={column.no}
                    className={bad ? 'report-cell report-cell-failing' : 'report-cell'}
                  >
                    {onCell && isNonZero(value) ? (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => onCell(row, column.no)}
                        aria-label={t('table.openCell', {
                          column: column.no,
                          unit: row.label,
                          value: text,
                        })}
                      >
                        {text}
                      </button>
                    ) : (
                      text
                    )}
                    {bad && <span className="sr-only">{t('table.failingCell')}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
