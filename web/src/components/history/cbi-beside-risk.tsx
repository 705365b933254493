// History's questionnaire section: the CBI scores as their own series beside the model's daily risk (both on 0–100),
// the agreement in words once there are enough pairs, the risk calibrated to the person's questionnaire once there are
// K of them (beside, never instead of, the model's own level), and a table with the same numbers.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { insightDays } from '../../../../src/insights/associations.ts';
import { SCALE_NAMES } from '../../../../src/questionnaire/cbi-items.ts';
import type { QuestionnaireOverview, StoredAssessment } from '../../api/types.ts';
import { capitalise, dateTime, dayTitle, pct, timeTickFormatter } from '../../lib/format.ts';
import { href } from '../../lib/router.ts';

const COLOURS = { risk: '#5e5e5e', personal: '#7b3fa0', work: '#d9822b' } as const;
const noon = (day: string) => Date.parse(`${day}T12:00:00Z`);
const round1 = (v: number | null) => (v === null ? undefined : Math.round(v * 10) / 10);

/** The chart, the agreement, the calibration and the table. */
export function CbiBesideRisk({ items, overview, timeZone }: { items: StoredAssessment[]; overview: QuestionnaireOverview; timeZone: string }) {
  if (overview.items.length === 0) {
    return (
      <p className="muted" data-testid="cbi-none">
        No questionnaire yet. <a href={href({ page: 'questionnaire' })}>Answer the weekly questionnaire</a> to see it beside the model&apos;s risk.
      </p>
    );
  }
  const days = insightDays(items, timeZone).map((d) => ({ t: noon(d.day), risk: Math.round(d.risk * 100) }));
  const cbi = overview.items.map((q) => ({ t: Date.parse(q.at), personal: round1(q.scores.personal), work: round1(q.scores.work) }));
  const data = [...days, ...cbi].sort((a, b) => a.t - b.t);
  const c = overview.calibration;
  return (
    <section aria-labelledby="cbi-history-title" data-testid="cbi-history">
      <h2 id="cbi-history-title">Your questionnaire beside the model</h2>
      <p className="muted small">
        Both run from 0 to 100 but measure different things: the questionnaire is how you rated the past week, the risk is
        the model&apos;s reading of a day&apos;s check-ins. Compare how they move together, not their values.
      </p>
      <figure className="chart" role="group" aria-labelledby="cbi-chart-caption">
        <figcaption id="cbi-chart-caption">Questionnaire scores (CBI, 0–100) and the model&apos;s daily risk (0 = Low, 100 = High)</figcaption>
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="t" type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={timeTickFormatter(data.map((d) => d.t))} padding={{ left: 16, right: 16 }} />
            <YAxis domain={[0, 100]} width={40} />
            <Tooltip labelFormatter={(t) => dateTime(new Date(Number(t)).toISOString())} />
            <Legend itemSorter={null} />
            <Line dataKey="risk" name="Model's daily risk" stroke={COLOURS.risk} strokeWidth={2} strokeDasharray="5 3" dot={{ r: 3, strokeDasharray: '' }} connectNulls isAnimationActive={false} />
            <Line dataKey="personal" name={SCALE_NAMES.personal} stroke={COLOURS.personal} strokeWidth={2} dot={{ r: 6, fill: COLOURS.personal }} connectNulls isAnimationActive={false} />
            <Line dataKey="work" name={SCALE_NAMES.work} stroke={COLOURS.work} strokeWidth={2} dot={{ r: 6, fill: COLOURS.work }} connectNulls isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </figure>
      {overview.agreement && <p className="card" data-testid="cbi-agreement">{overview.agreement.sentence}</p>}
      {c?.now && (
        <div className="card" data-testid="cbi-calibration">
          <p>
            <strong>{dayTitle(c.now.day)}:</strong> the model&apos;s own estimate for that day is {capitalise(c.now.population.band)} (daily risk{' '}
            {Math.round(c.now.risk * 100)} of 100). <strong>{capitalise(c.label)}: {capitalise(c.now.calibrated.band)}</strong>{' '}
            (Low {pct(c.now.calibrated.probabilities.low)}, Moderate {pct(c.now.calibrated.probabilities.moderate)}, High {pct(c.now.calibrated.probabilities.high)}).
          </p>
          <p className="muted small">
            Fitted on your {c.n} questionnaires ({SCALE_NAMES[c.scale].toLowerCase()}, from {c.k} on) and pulled towards the model&apos;s own levels
            while they are few. It shows how your questionnaire tends to read days like this; the model&apos;s estimate stays as it is.
          </p>
        </div>
      )}
      <div className="table-wrap">
        <table data-testid="cbi-table">
          <caption className="sr-only">Questionnaires</caption>
          <thead><tr><th scope="col">Answered</th><th scope="col">{SCALE_NAMES.personal}</th><th scope="col">{SCALE_NAMES.work}</th><th scope="col">{SCALE_NAMES.client}</th></tr></thead>
          <tbody>
            {[...overview.items].reverse().map((q) => (
              <tr key={q.id} data-testid="cbi-row">
                <td>{dateTime(q.at)}</td>
                {(['personal', 'work', 'client'] as const).map((s) => (
                  <td key={s} className={q.scores.bands[s] ? `band-${q.scores.bands[s]}` : undefined}>
                    {q.scores[s] === null ? '–' : `${(q.scores[s] as number).toFixed(1)} (${q.scores.bands[s]})`}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
