// Stats: the /api/stats aggregates as charts — check-ins and risk levels per week, mean self-report, trend and
// alert counts, and the weekly questionnaire scores beside the model's mean risk.
import { getStats } from '../api/client.ts';
import { StatusMessage } from '../components/layout/status-message.tsx';
import { CountTiles } from '../components/stats/count-tiles.tsx';
import { DriftNote } from '../components/stats/drift-note.tsx';
import { SelfReportWeeks } from '../components/stats/self-report-weeks.tsx';
import { TrendCounts } from '../components/stats/trend-counts.tsx';
import { WeeklyCbi } from '../components/stats/weekly-cbi.tsx';
import { WeeklyRisk } from '../components/stats/weekly-risk.tsx';
import { useFetch } from '../lib/use-fetch.ts';

/** The stats page. */
export function StatsPage() {
  const { data, error, loading } = useFetch(getStats);
  return (
    <section aria-labelledby="stats-title">
      <h1 id="stats-title">Stats</h1>
      <StatusMessage loading={loading && !data} error={error} what="stats" />
      {data && data.checkIns === 0 && <p>No check-ins yet, so there is nothing to count.</p>}
      {data && data.checkIns > 0 && (
        <>
          <DriftNote />
          <CountTiles stats={data} />
          <WeeklyRisk weeks={data.weeks} />
          {data.questionnaires > 0 && <WeeklyCbi weeks={data.weeks} />}
          <SelfReportWeeks weeks={data.weeks} />
          <TrendCounts counts={data.trends} />
        </>
      )}
    </section>
  );
}
