// One model card in plain words: what it does, how good it is, for whom it does worse, and — folded — what it may and
// may not be used for, its data, its figures with the commands that reproduce them, and its limitations.
import type { CardGroups, CardMetric, ModelCard } from '../../../../src/model-cards/types.ts';

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(3));

function Metrics({ rows, caption }: { rows: readonly CardMetric[]; caption: string }) {
  return (
    <table className="small">
      <caption>{caption}</caption>
      <thead><tr><th>figure</th><th>value</th><th>data</th><th>reproduce with</th></tr></thead>
      <tbody>
        {rows.map((m, i) => (
          <tr key={i}><td>{m.figure}</td><td>{fmt(m.value)}</td><td>{m.data}</td><td><code>{m.command}</code></td></tr>
        ))}
      </tbody>
    </table>
  );
}

function Groups({ g }: { g: CardGroups }) {
  return (
    <div>
      <table className="small">
        <caption>By {g.by}: {g.metric} on {g.data} ({g.date})</caption>
        <thead><tr><th>{g.by}</th><th>n</th><th>{g.metric}</th><th>95 % interval</th></tr></thead>
        <tbody>
          {g.groups.map((r) => (
            <tr key={r.group}><td>{r.group}</td><td>{r.n}</td><td>{fmt(r.value)}</td><td>{fmt(r.interval[0])}–{fmt(r.interval[1])}</td></tr>
          ))}
        </tbody>
      </table>
      <p className="small">{g.note} <code>{g.command}</code></p>
    </div>
  );
}

/** The card; `focused` marks the one a result linked to. */
export function ModelCardView({ card, focused }: { card: ModelCard & { path: string }; focused: boolean }) {
  return (
    <section id={`card-${card.name}`} className={`card model-card${focused ? ' focused' : ''}`} aria-labelledby={`card-title-${card.name}`} data-testid={`model-card-${card.name}`} aria-current={focused ? 'true' : undefined}>
      <h2 id={`card-title-${card.name}`}>{card.title}</h2>
      <p>{card.summary}</p>
      <h3>How good is it?</h3>
      <p>{card.howGood}</p>
      <details>
        <summary>Uses, data, figures and limits</summary>
        <h4>Meant for</h4>
        <ul>{card.intendedUse.map((s) => <li key={s}>{s}</li>)}</ul>
        <h4>Not meant for</h4>
        <ul>{card.notIntendedUse.map((s) => <li key={s}>{s}</li>)}</ul>
        <h4>Data it learned from or was measured on</h4>
        <ul>{card.trainingData.map((d) => <li key={d.name}><strong>{d.name}</strong> — licence: {d.licence} {d.provenance}</li>)}</ul>
        {card.metadataMetrics.length > 0 && <Metrics rows={card.metadataMetrics} caption="Figures from the model's metadata" />}
        {card.recordedMetrics && card.recordedMetrics.length > 0 && <Metrics rows={card.recordedMetrics} caption="Figures measured separately" />}
        {card.disaggregated && card.disaggregated.length > 0 && <h4>For whom it does better or worse</h4>}
        {card.disaggregated?.map((g) => <Groups key={g.by + g.metric} g={g} />)}
        <h4>Known limitations</h4>
        <ul>{card.limitations.map((s) => <li key={s}>{s}</li>)}</ul>
      </details>
      <p className="muted small">Card reviewed {card.reviewed}{card.modelDate ? ` · model from ${card.modelDate}` : ''} · <code>{card.path}</code></p>
    </section>
  );
}
