// One check-in's result: risk (or why it is unclear), what it rests on, each input, the trend, alerts and — for High or
// when the journal used safety language — where to get help.
import { MODALITIES } from '../../../src/analysis/types.ts';
import { weakInputs } from '../../../src/fusion/evidence.ts';
import { FUSION_INPUTS } from '../../../src/fusion/types.ts';
import { getAssessment } from '../api/client.ts';
import type { StoredAssessment } from '../api/types.ts';
import { StatusMessage } from '../components/layout/status-message.tsx';
import { HelpBox } from '../components/result/help-box.tsx';
import { ModalityCard } from '../components/result/modality-card.tsx';
import { PersonalContext } from '../components/result/personal-context.tsx';
import { ResultAlerts } from '../components/result/result-alerts.tsx';
import { RiskSummary } from '../components/result/risk-summary.tsx';
import { SelfReportCard } from '../components/result/self-report-card.tsx';
import { TrendSummary } from '../components/result/trend-summary.tsx';
import { WeightBar } from '../components/result/weight-bar.tsx';
import { dateTime } from '../lib/format.ts';
import { recalledResult } from '../lib/result-cache.ts';
import { href } from '../lib/router.ts';
import { useFetch } from '../lib/use-fetch.ts';

/** Loads a check-in by id (or takes the one just submitted) and shows it. */
export function ResultPage({ id }: { id: string }) {
  const fresh = recalledResult(id);
  const { data, error, loading } = useFetch((signal) => (fresh ? Promise.resolve(fresh) : getAssessment(id, signal)), id);
  return (
    <section aria-labelledby="result-title">
      <h1 id="result-title">Your check-in result</h1>
      <StatusMessage loading={loading && !data} error={error} what="this check-in" />
      {data && <ResultView a={data} />}
    </section>
  );
}

/** The result itself. */
export function ResultView({ a }: { a: StoredAssessment }) {
  const showHelp = a.risk.level === 'high' || a.safetyLanguage === true;
  const weak = weakInputs(a.modalities, FUSION_INPUTS.filter((i) => a.risk.modalityWeights[i] > 0));
  return (
    <div className="result" data-testid="result">
      <p className="muted">
        {dateTime(a.at)} · {a.explanation.summary}
      </p>
      <div className="grid">
        {a.safetyLanguage && <HelpBox help={a.help} safetyLanguage />}
        <RiskSummary risk={a.risk} fusionModel={a.models.fusion} />
        {showHelp && !a.safetyLanguage && <HelpBox help={a.help} />}
        <WeightBar weights={a.risk.modalityWeights} weak={weak} />
      </div>
      <PersonalContext a={a} />
      <ResultAlerts key={a.id} initial={a.alerts} helpShown={showHelp} />
      {a.trend && <TrendSummary trend={a.trend} />}
      <h2>Per input</h2>
      <div className="grid">
        {MODALITIES.map((m) => (
          <ModalityCard key={m} modality={m} result={a.modalities[m]} />
        ))}
        <SelfReportCard report={a.selfReport} weight={a.risk.modalityWeights.selfReport} />
      </div>
      <p className="row">
        <a className="button" href={href({ page: 'checkin' })}>New check-in</a>
        <a className="button secondary" href={href({ page: 'history' })}>See history</a>
      </p>
    </div>
  );
}
