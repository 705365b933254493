// Weekly means of the questionnaire's personal and work-related burnout beside the week's mean model risk (0–100).
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { SCALE_NAMES } from '../../../../src/questionnaire/cbi-items.ts';
import type { WeekStats } from '../../api/types.ts';
import { shortDate } from '../../lib/format.ts';

const round1 = (v: number | null) => (v === null ? undefined : Math.round(v * 10) / 10);

/** The chart (weeks without a value leave gaps). */
export function WeeklyCbi({ weeks }: { weeks: WeekStats[] }) {
  const data = weeks.map((w) => ({
    week: `w/c ${shortDate(w.weekStart)}`,
    risk: w.meanRisk === null ? undefined : Math.round(w.meanRisk * 100),
    personal: round1(w.meanCbiPersonal),
    work: round1(w.meanCbiWork),
  }));
  return (
    <figure className="chart" role="group" aria-labelledby="weekly-cbi-caption" data-testid="weekly-cbi">
      <figcaption id="weekly-cbi-caption">Questionnaire (CBI, 0–100) and the model&apos;s mean risk (0 = Low, 100 = High) per week</figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="week" />
          <YAxis domain={[0, 100]} width={40} />
          <Tooltip />
          <Legend itemSorter={null} />
          <Line dataKey="risk" name="Model's mean risk" stroke="#5e5e5e" strokeWidth={2} strokeDasharray="5 3" dot={{ r: 3, strokeDasharray: '' }} connectNulls isAnimationActive={false} />
          <Line dataKey="personal" name={SCALE_NAMES.personal} stroke="#7b3fa0" strokeWidth={2} dot={{ r: 5, fill: '#7b3fa0' }} connectNulls isAnimationActive={false} />
          <Line dataKey="work" name={SCALE_NAMES.work} stroke="#d9822b" strokeWidth={2} dot={{ r: 5, fill: '#d9822b' }} connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
