import { Box, Group, Paper, Text } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { formatRupiah, monthName, type MonthAbsorption } from '@contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';

const HEIGHT = 300;
const PAD = { top: 16, right: 52, bottom: 30, left: 70 };
const COLORS = {
  plan: 'var(--mantine-color-gray-4)',
  realised: 'var(--mantine-color-brand-7)',
  cumPlan: 'var(--mantine-color-gray-7)',
  cumRealised: 'var(--mantine-color-orange-6)',
  grid: 'var(--mantine-color-gray-2)',
  axis: 'var(--mantine-color-gray-6)',
};

/** Rounds an axis maximum up to 1, 2, 2.5 or 5 × 10^n. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= value)!;
  return step * power;
}

/** "1,2 M" / "350 jt" in Indonesian, "1.2B" / "350M" in English. */
export function compactRupiah(value: number): string {
  const id = currentLanguage() === 'id';
  const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1)).replace('.', id ? ',' : '.');
  if (Math.abs(value) >= 1e9) return `${fmt(value / 1e9)}${id ? ' M' : 'B'}`;
  if (Math.abs(value) >= 1e6) return `${fmt(value / 1e6)}${id ? ' jt' : 'M'}`;
  if (Math.abs(value) >= 1e3) return `${fmt(value / 1e3)}${id ? ' rb' : 'K'}`;
  return String(value);
}

function Swatch({ color, line, dashed, label }: { color: string; line?: boolean; dashed?: boolean; label: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <svg width={18} height={10} aria-hidden>
        {line ? <line x1={0} x2={18} y1={5} y2={5} stroke={color} strokeWidth={2.5} strokeDasharray={dashed ? '4 3' : undefined} /> : <rect width={18} height={10} rx={2} fill={color} />}
      </svg>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Group>
  );
}

/**
 * Monthly plan and realisation as grouped bars (left axis, rupiah) with both cumulative curves as a share
 * of the allocation (right axis, %). Months after `lastMonth` have no realisation yet.
 */
export function AbsorptionChart({ months, allocation, lastMonth, year }: { months: MonthAbsorption[]; allocation: number; lastMonth: number; year: number }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { ref, width } = useElementSize();
  const [hover, setHover] = useState<number | null>(null);
  const w = Math.max(width, 480);
  const plotW = w - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const maxBar = niceMax(Math.max(...months.map((m) => Math.max(m.plan, m.realised)), 1));
  const cumPct = (v: number) => (allocation > 0 ? (v / allocation) * 100 : 0);
  const maxPct = Math.max(100, niceMax(Math.max(...months.map((m) => Math.max(cumPct(m.cumulativePlan), cumPct(m.cumulativeRealised))))));
  const slot = plotW / 12;
  const barW = Math.min(18, slot * 0.32);
  const x = (i: number) => PAD.left + slot * i + slot / 2;
  const yBar = (v: number) => PAD.top + plotH - (Math.max(0, v) / maxBar) * plotH;
  const yPct = (p: number) => PAD.top + plotH - (Math.max(0, p) / maxPct) * plotH;
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const shown = months.filter((m) => m.month <= lastMonth);
  const path = (points: [number, number][]) => points.map(([px, py], i) => `${i ? 'L' : 'M'}${px.toFixed(1)},${py.toFixed(1)}`).join(' ');
  const hovered = hover === null ? null : months[hover]!;

  return (
    <Box ref={ref} pos="relative">
      <svg width="100%" viewBox={`0 0 ${w} ${HEIGHT}`} role="img" aria-label={t('budget.overview.chartLabel', { year })} style={{ display: 'block' }}>
        {ticks.map((f) => (
          <g key={f}>
            <line x1={PAD.left} x2={w - PAD.right} y1={PAD.top + plotH * (1 - f)} y2={PAD.top + plotH * (1 - f)} stroke={COLORS.grid} />
            <text x={PAD.left - 8} y={PAD.top + plotH * (1 - f) + 4} textAnchor="end" fontSize={11} fill={COLORS.axis}>
              {compactRupiah(maxBar * f)}
            </text>
            <text x={w - PAD.right + 8} y={PAD.top + plotH * (1 - f) + 4} fontSize={11} fill={COLORS.axis}>
              {Math.round(maxPct * f)}%
            </text>
          </g>
        ))}
        {months.map((m, i) => (
          <g key={m.month}>
            {hover === i ? <rect x={x(i) - slot / 2} y={PAD.top} width={slot} height={plotH} fill="var(--mantine-color-gray-0)" /> : null}
            <rect x={x(i) - barW - 1} y={yBar(m.plan)} width={barW} height={PAD.top + plotH - yBar(m.plan)} rx={2} fill={COLORS.plan} />
            {m.month <= lastMonth ? (
              <rect x={x(i) + 1} y={yBar(m.realised)} width={barW} height={PAD.top + plotH - yBar(m.realised)} rx={2} fill={COLORS.realised} />
            ) : null}
            <text x={x(i)} y={HEIGHT - 10} textAnchor="middle" fontSize={11} fill={COLORS.axis}>
              {monthName(m.month, lang).slice(0, 3)}
            </text>
          </g>
        ))}
        <line x1={PAD.left} x2={w - PAD.right} y1={PAD.top + plotH} y2={PAD.top + plotH} stroke={COLORS.axis} />
        <path d={path(months.map((m, i) => [x(i), yPct(cumPct(m.cumulativePlan))]))} fill="none" stroke={COLORS.cumPlan} strokeWidth={2} strokeDasharray="5 4" />
        <path d={path(shown.map((m, i) => [x(i), yPct(cumPct(m.cumulativeRealised))]))} fill="none" stroke={COLORS.cumRealised} strokeWidth={2.5} />
        {shown.map((m, i) => (
          <circle key={m.month} cx={x(i)} cy={yPct(cumPct(m.cumulativeRealised))} r={3.5} fill="white" stroke={COLORS.cumRealised} strokeWidth={2} />
        ))}
        {months.map((m, i) => (
          <rect key={m.month} x={x(i) - slot / 2} y={PAD.top} width={slot} height={plotH} fill="transparent" onMouseEnter={() => setHover(i)} onMouseLeave={() => setHover(null)} />
        ))}
      </svg>
      {hovered ? (
        <Paper
          withBorder
          shadow="sm"
          p="xs"
          radius="sm"
          style={{ position: 'absolute', top: 8, left: Math.min(Math.max(0, (x(hover!) / w) * width + 12), Math.max(0, width - 240)), width: 228, pointerEvents: 'none' }}
        >
          <Text size="sm" fw={650}>
            {monthName(hovered.month, lang)} {year}
          </Text>
          <Text size="xs">
            {t('budget.overview.tooltipPlan')}: {formatRupiah(hovered.plan)}
          </Text>
          <Text size="xs">
            {t('budget.overview.tooltipRealised')}: {hovered.month <= lastMonth ? formatRupiah(hovered.realised) : '—'}
          </Text>
          <Text size="xs" c="dimmed">
            {t('budget.overview.tooltipCumulative', { realised: formatRupiah(hovered.cumulativeRealised), plan: formatRupiah(hovered.cumulativePlan) })}
          </Text>
        </Paper>
      ) : null}
      <Group gap="lg" justify="center" mt={4}>
        <Swatch color={COLORS.plan} label={t('budget.overview.legendPlan')} />
        <Swatch color={COLORS.realised} label={t('budget.overview.legendRealised')} />
        <Swatch color={COLORS.cumPlan} line dashed label={t('budget.overview.legendCumPlan')} />
        <Swatch color={COLORS.cumRealised} line label={t('budget.overview.legendCumRealised')} />
      </Group>
    </Box>
  );
}
