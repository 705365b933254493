// How often each trend direction was seen (bar chart).
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { TREND_COLOURS } from '../../lib/chart-colours.ts';
import { capitalise } from '../../lib/format.ts';

const LABELS: Record<string, string> = { insufficient_history: 'Too few check-ins' };

/** Bars per trend direction. */
export function TrendCounts({ counts }: { counts: Record<string, number> }) {
  const data = Object.entries(counts).map(([k, n]) => ({ key: k, name: LABELS[k] ?? capitalise(k), n }));
  if (data.length === 0) return null;
  return (
    <figure className="chart" role="group" aria-labelledby="trend-counts-caption">
      <figcaption id="trend-counts-caption">Trend directions seen at check-ins</figcaption>
      <ResponsiveContainer width="100%" height={200}>
        <BarChart data={data} maxBarSize={64} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis allowDecimals={false} width={40} />
          <Tooltip />
          <Bar dataKey="n" name="Check-ins" isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.key} fill={TREND_COLOURS[d.key as keyof typeof TREND_COLOURS] ?? '#777'} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
