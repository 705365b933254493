// History: the trend now, charts of risk and self-report over time, and the table of check-ins.
import { getTrend, listAssessments } from '../api/client.ts';
import { HistoryTable } from '../components/history/history-table.tsx';
import { RiskChart } from '../components/history/risk-chart.tsx';
import { SelfReportChart } from '../components/history/self-report-chart.tsx';
import { StatusMessage } from '../components/layout/status-message.tsx';
import { TrendSummary } from '../components/result/trend-summary.tsx';
import { href } from '../lib/router.ts';
import { useFetch } from '../lib/use-fetch.ts';

/** Loads up to 200 check-ins (oldest first for the charts) and the current trend. */
export function HistoryPage() {
  const list = useFetch(async () => (await listAssessments(200)).items.slice().sort((a, b) => a.at.localeCompare(b.at)));
  const trend = useFetch(getTrend);
  const items = list.data ?? [];
  return (
    <section aria-labelledby="history-title">
      <h1 id="history-title">History</h1>
      {trend.data && <TrendSummary trend={trend.data.trend} minSteps={trend.data.minSteps} />}
      <StatusMessage loading={list.loading} error={list.error} what="your check-ins" />
      {list.data && items.length === 0 && (
        <p data-testid="history-empty">
          No check-ins yet. <a href={href({ page: 'checkin' })}>Make your first check-in</a>.
        </p>
      )}
      {items.length > 0 && (
        <>
          <p className="muted">{items.length === 1 ? '1 check-in' : `${items.length} check-ins`}</p>
          <RiskChart items={items} />
          <SelfReportChart items={items} />
          <HistoryTable items={items} />
        </>
      )}
    </section>
  );
}
