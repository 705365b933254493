// Mean self-reported energy, stress and work hours per week (grouped bars).
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { WeekStats } from '../../api/types.ts';
import { shortDate } from '../../lib/format.ts';
import { SELF_REPORT_COLOURS } from '../../lib/chart-colours.ts';

/** Weekly means; weeks without answers show no bar. */
export function SelfReportWeeks({ weeks }: { weeks: WeekStats[] }) {
  if (!weeks.some((w) => w.meanEnergy !== null || w.meanStress !== null || w.meanWork !== null)) return null;
  const data = weeks.map((w) => ({ ...w, week: `w/c ${shortDate(w.weekStart)}` }));
  return (
    <figure className="chart" role="group" aria-labelledby="weekly-self-caption">
      <figcaption id="weekly-self-caption">Weekly means of what you reported</figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={data} maxBarSize={48} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="week" />
          <YAxis width={40} />
          <Tooltip formatter={(v) => (typeof v === 'number' ? v.toFixed(1) : String(v))} />
          <Legend itemSorter={null} />
          <Bar dataKey="meanEnergy" name="Energy" fill={SELF_REPORT_COLOURS.energy} isAnimationActive={false} />
          <Bar dataKey="meanStress" name="Stress" fill={SELF_REPORT_COLOURS.stress} isAnimationActive={false} />
          <Bar dataKey="meanWork" name="Hours worked" fill={SELF_REPORT_COLOURS.work} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
