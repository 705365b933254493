// History: the trend now (as of the latest check-in, the same value as its alert), charts of risk and self-report over
// time, the questionnaire beside the model's risk, and the diary of check-ins by day with kept text and notes, edit and delete.
import { getProfile, getQuestionnaires, getTrend, listAssessments } from '../api/client.ts';
import { CbiBesideRisk } from '../components/history/cbi-beside-risk.tsx';
import { QuestionnaireDue } from '../components/questionnaire/questionnaire-due.tsx';
import { DiaryList } from '../components/history/diary-list.tsx';
import { RiskChart } from '../components/history/risk-chart.tsx';
import { SelfReportChart } from '../components/history/self-report-chart.tsx';
import { StatusMessage } from '../components/layout/status-message.tsx';
import { TrendSummary } from '../components/result/trend-summary.tsx';
import { browserTimeZone } from '../lib/dates.ts';
import { href } from '../lib/router.ts';
import { useFetch } from '../lib/use-fetch.ts';

/** Loads up to 500 check-ins (oldest first for the charts), the current trend and the profile. */
export function HistoryPage() {
  const list = useFetch(async (signal) => (await listAssessments(500, 0, signal)).items.slice().sort((a, b) => a.at.localeCompare(b.at)));
  const trend = useFetch(getTrend);
  const profile = useFetch(getProfile);
  const cbi = useFetch(getQuestionnaires);
  const items = list.data ?? [];
  const reload = () => {
    list.reload();
    trend.reload();
    cbi.reload();
  };
  return (
    <section aria-labelledby="history-title">
      <h1 id="history-title">History</h1>
      <QuestionnaireDue overview={cbi.data} />
      {trend.data && <TrendSummary trend={trend.data.trend} minSteps={trend.data.minDays} />}
      {trend.data && trend.data.trend.direction !== 'insufficient_history' && (
        <p className="muted small">Over the {trend.data.windowDays} days up to your latest check-in; several check-ins on one day count as one day.</p>
      )}
      <StatusMessage loading={list.loading && !list.data} error={list.error} what="your check-ins" />
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
          {cbi.data && <CbiBesideRisk items={items} overview={cbi.data} timeZone={profile.data?.timeZone ?? browserTimeZone()} />}
          <DiaryList items={items} timeZone={profile.data?.timeZone ?? browserTimeZone()} canKeepText={profile.data?.storage.text ?? false} onChanged={reload} />
        </>
      )}
      {items.length === 0 && cbi.data && cbi.data.items.length > 0 && <CbiBesideRisk items={items} overview={cbi.data} timeZone={profile.data?.timeZone ?? browserTimeZone()} />}
    </section>
  );
}
