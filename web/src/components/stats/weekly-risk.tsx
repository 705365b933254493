// Check-ins per week, stacked by risk level (bar chart).
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { WeekStats } from '../../api/types.ts';
import { shortDate } from '../../lib/format.ts';
import { RISK_COLOURS } from '../../lib/chart-colours.ts';

/** Stacked bars of low / moderate / high check-ins per week. */
export function WeeklyRisk({ weeks }: { weeks: WeekStats[] }) {
  const data = weeks.map((w) => ({ week: `w/c ${shortDate(w.weekStart)}`, ...w.levels }));
  return (
    <figure className="chart" role="group" aria-labelledby="weekly-risk-caption">
      <figcaption id="weekly-risk-caption">Check-ins per week by risk level</figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={data} maxBarSize={64} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="week" />
          <YAxis allowDecimals={false} width={40} />
          <Tooltip />
          <Legend itemSorter={null} />
          <Bar dataKey="low" name="Low" stackId="r" fill={RISK_COLOURS.low} isAnimationActive={false} />
          <Bar dataKey="moderate" name="Moderate" stackId="r" fill={RISK_COLOURS.moderate} isAnimationActive={false} />
          <Bar dataKey="high" name="High" stackId="r" fill={RISK_COLOURS.high} isAnimationActive={false} />
          <Bar dataKey="unclear" name="Unclear" stackId="r" fill={RISK_COLOURS.unclear} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
