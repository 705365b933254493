// Risk probabilities of each check-in over time (line chart).
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { StoredAssessment } from '../../api/types.ts';
import { dateTime, timeTickFormatter } from '../../lib/format.ts';
import { RISK_COLOURS } from '../../lib/chart-colours.ts';

/** Probability of low / moderate / high per check-in, oldest left. */
export function RiskChart({ items }: { items: StoredAssessment[] }) {
  const data = items.map((a) => ({
    t: new Date(a.at).getTime(),
    high: Math.round(a.risk.probabilities.high * 100),
    moderate: Math.round(a.risk.probabilities.moderate * 100),
    low: Math.round(a.risk.probabilities.low * 100),
  }));
  return (
    <figure className="chart" role="group" aria-labelledby="risk-chart-caption">
      <figcaption id="risk-chart-caption">Risk probabilities per check-in (%)</figcaption>
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="t" type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={timeTickFormatter(data.map((d) => d.t))} padding={{ left: 16, right: 16 }} />
          <YAxis domain={[0, 100]} unit="%" width={56} />
          <Tooltip labelFormatter={(t) => dateTime(new Date(Number(t)).toISOString())} formatter={(v) => `${String(v)} %`} />
          <Legend itemSorter={null} />
          <Line type="monotone" dataKey="high" name="High" stroke={RISK_COLOURS.high} strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} />
          <Line type="monotone" dataKey="moderate" name="Moderate" stroke={RISK_COLOURS.moderate} strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} />
          <Line type="monotone" dataKey="low" name="Low" stroke={RISK_COLOURS.low} strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
