// Self-reported energy, stress and work hours over time (line chart); check-ins without answers leave gaps.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { StoredAssessment } from '../../api/types.ts';
import { dateTime, timeTickFormatter } from '../../lib/format.ts';
import { SELF_REPORT_COLOURS } from '../../lib/chart-colours.ts';

/** Energy and stress (0–10) and hours worked, per check-in. */
export function SelfReportChart({ items }: { items: StoredAssessment[] }) {
  const data = items.map((a) => ({ t: new Date(a.at).getTime(), ...a.selfReport }));
  if (!data.some((d) => d.energy !== undefined || d.stress !== undefined || d.work !== undefined)) {
    return <p className="muted">No self-reported energy, stress or hours yet.</p>;
  }
  return (
    <figure className="chart" role="group" aria-labelledby="self-chart-caption">
      <figcaption id="self-chart-caption">How you said you felt: energy and stress (0–10), hours worked</figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="t" type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={timeTickFormatter(data.map((d) => d.t))} padding={{ left: 16, right: 16 }} />
          <YAxis domain={[0, 'auto']} width={48} />
          <Tooltip labelFormatter={(t) => dateTime(new Date(Number(t)).toISOString())} />
          <Legend itemSorter={null} />
          <Line dataKey="energy" name="Energy" stroke={SELF_REPORT_COLOURS.energy} strokeWidth={2} dot={{ r: 4 }} connectNulls isAnimationActive={false} />
          <Line dataKey="stress" name="Stress" stroke={SELF_REPORT_COLOURS.stress} strokeWidth={2} dot={{ r: 4 }} connectNulls isAnimationActive={false} />
          <Line dataKey="work" name="Hours worked" stroke={SELF_REPORT_COLOURS.work} strokeWidth={2} strokeDasharray="5 3" dot={{ r: 4, strokeDasharray: '' }} connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
