// Headline numbers: check-ins, questionnaires, mean energy/stress/work, alerts.
import type { Stats } from '../../api/types.ts';

const fmt = (v: number | null, unit = '') => (v === null ? '–' : `${v.toFixed(1)}${unit}`);

/** A row of number tiles. */
export function CountTiles({ stats }: { stats: Stats }) {
  const tiles: Array<[string, string]> = [
    ['Check-ins', String(stats.checkIns)],
    ['Questionnaires', String(stats.questionnaires)],
    ['Mean energy (0–10)', fmt(stats.means.energy)],
    ['Mean stress (0–10)', fmt(stats.means.stress)],
    ['Mean hours worked', fmt(stats.means.work, ' h')],
    ['Open alerts (not yet acknowledged)', `${stats.alerts.open} (${stats.alerts.unacknowledged})`],
  ];
  return (
    <dl className="tiles">
      {tiles.map(([k, v]) => (
        <div key={k} className="tile">
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
