import { Card, Col, Row } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrendPoint } from '../api/types';
import { formatCount, monthLabel, niceMax } from '../utils/figures';

/**
 * The dashboard's monthly charts, drawn as SVG (no chart library: the page prints the same as it
 * shows, and the chunk stays small). Loaded lazily with the dashboard. Each chart carries a
 * visually hidden table with its figures for screen readers.
 */

interface Series {
  key: keyof TrendPoint;
  label: string;
  colour: string;
}

const WIDTH = 560;
const HEIGHT = 240;
const PAD = { top: 16, right: 28, bottom: 36, left: 48 };

function Axis({ max, language }: { max: number; language: string }) {
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  return (
    <g aria-hidden>
      {ticks.map((tick) => {
        const y = PAD.top + plotHeight * (1 - tick);
        return (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y} y2={y} stroke="#e5e5e5" />
            <text x={PAD.left - 6} y={y + 4} textAnchor="end" fontSize="11" fill="#595959">
              {formatCount(Math.round(max * tick), language)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function MonthLabels({
  points,
  x,
}: {
  points: readonly TrendPoint[];
  x: (index: number) => number;
}) {
  const every = Math.max(1, Math.ceil(points.length / 7));
  return (
    <g aria-hidden>
      {points.map((point, index) =>
        index % every === 0 ? (
          <text
            key={point.month}
            x={x(index)}
            y={HEIGHT - PAD.bottom + 16}
            textAnchor="middle"
            fontSize="11"
            fill="#595959"
          >
            {monthLabel(point.month)}
          </text>
        ) : null,
      )}
    </g>
  );
}

function Legend({ series }: { series: readonly Series[] }) {
  return (
    <ul className="chart-legend" aria-hidden>
      {series.map((item) => (
        <li key={item.key}>
          <span className="chart-swatch" style={{ background: item.colour }} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

function DataTable({
  title,
  points,
  series,
}: {
  title: string;
  points: readonly TrendPoint[];
  series: readonly Series[];
}) {
  const { i18n, t } = useTranslation('dashboard');
  return (
    <table className="sr-only">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('trends.month')}</th>
          {series.map((item) => (
            <th scope="col" key={item.key}>
              {item.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {points.map((point) => (
          <tr key={point.month}>
            <th scope="row">{monthLabel(point.month)}</th>
            {series.map((item) => (
              <td key={item.key}>{formatCount(Number(point[item.key] ?? 0), i18n.language)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Grouped bars per month. */
export function BarChart({
  title,
  points,
  series,
}: {
  title: string;
  points: readonly TrendPoint[];
  series: readonly Series[];
}) {
  const { i18n } = useTranslation();
  const id = useId();
  const max = niceMax(
    points.flatMap((point) => series.map((item) => Number(point[item.key] ?? 0))),
  );
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / Math.max(1, points.length);
  const barWidth = Math.max(2, (slot * 0.8) / series.length);
  const x = (index: number) => PAD.left + slot * index + slot / 2;
  return (
    <figure className="chart">
      <figcaption id={id} className="chart-title">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={id} className="chart-svg">
        <Axis max={max} language={i18n.language} />
        {points.map((point, index) =>
          series.map((item, s) => {
            const value = Number(point[item.key] ?? 0);
            const height = (value / max) * plotHeight;
            return (
              <rect
                key={`${point.month}-${item.key}`}
                x={x(index) - (barWidth * series.length) / 2 + s * barWidth}
                y={PAD.top + plotHeight - height}
                width={barWidth}
                height={height}
                fill={item.colour}
              >
                <title>{`${monthLabel(point.month)} · ${item.label}: ${formatCount(value, i18n.language)}`}</title>
              </rect>
            );
          }),
        )}
        <MonthLabels points={points} x={x} />
      </svg>
      <Legend series={series} />
      <DataTable title={title} points={points} series={series} />
    </figure>
  );
}

/** One line per series. */
export function LineChart({
  title,
  points,
  series,
}: {
  title: string;
  points: readonly TrendPoint[];
  series: readonly Series[];
}) {
  const { i18n } = useTranslation();
  const id = useId();
  const max = niceMax(
    points.flatMap((point) => series.map((item) => Number(point[item.key] ?? 0))),
  );
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const step = plotWidth / Math.max(1, points.length - 1);
  const x = (index: number) => PAD.left + (points.length === 1 ? plotWidth / 2 : step * index);
  const y = (value: number) => PAD.top + plotHeight - (value / max) * plotHeight;
  return (
    <figure className="chart">
      <figcaption id={id} className="chart-title">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={id} className="chart-svg">
        <Axis max={max} language={i18n.language} />
        {series.map((item) => (
          <g key={item.key}>
            <polyline
              fill="none"
              stroke={item.colour}
              strokeWidth={2}
              points={points
                .map((point, index) => `${x(index)},${y(Number(point[item.key] ?? 0))}`)
                .join(' ')}
            />
            {points.map((point, index) => (
              <circle
                key={point.month}
                cx={x(index)}
                cy={y(Number(point[item.key] ?? 0))}
                r={3}
                fill={item.colour}
              >
                <title>{`${monthLabel(point.month)} · ${item.label}: ${formatCount(Number(point[item.key] ?? 0), i18n.language)}`}</title>
              </circle>
            ))}
          </g>
        ))}
        <MonthLabels points={points} x={x} />
      </svg>
      <Legend series={series} />
      <DataTable title={title} points={points} series={series} />
    </figure>
  );
}

/** The four monthly charts of the dashboard. */
export default function TrendCharts({ points }: { points: readonly TrendPoint[] }) {
  const { t } = useTranslation('dashboard');
  return (
    <Row gutter={[16, 16]} className="trend-charts">
      <Col xs={24} xl={12}>
        <Card>
          <BarChart
            title={t('trends.sessions')}
            points={points}
            series={[
              { key: 'sessionsRequired', label: t('trends.sessionsRequired'), colour: '#bfbfbf' },
              { key: 'sessionsHeld', label: t('trends.sessionsHeld'), colour: '#1677ff' },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card>
          <LineChart
            title={t('trends.visits')}
            points={points}
            series={[
              { key: 'visits', label: t('trends.visitsLine'), colour: '#1677ff' },
              { key: 'people', label: t('trends.people'), colour: '#13a8a8' },
              { key: 'matters', label: t('trends.matters'), colour: '#d46b08' },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card>
          <LineChart
            title={t('trends.petitionsCases')}
            points={points}
            series={[
              { key: 'petitionsReceived', label: t('trends.petitionsReceived'), colour: '#722ed1' },
              { key: 'casesAccepted', label: t('trends.casesAccepted'), colour: '#d4380d' },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card>
          <BarChart
            title={t('trends.resolved')}
            points={points}
            series={[
              { key: 'resolvedOnTime', label: t('trends.resolvedOnTime'), colour: '#389e0d' },
              { key: 'resolvedLate', label: t('trends.resolvedLate'), colour: '#cf1322' },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
