// The figures of a shipped model read from its metadata.json, each with the data it was measured on and the command
// that reproduces it. A card's metric table is generated from here, so it cannot drift from the model.
import type { CardMetric } from './types.ts';

type Json = Record<string, unknown>;

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const obj = (v: unknown): Json => (v !== null && typeof v === 'object' ? (v as Json) : {});

/** Rows for the numeric entries of `source` named in `names` (label → key), skipping absent ones. */
function rows(source: Json, names: ReadonlyArray<[string, string]>, data: string, command: string): CardMetric[] {
  return names.flatMap(([figure, key]) => {
    const value = num(source[key]);
    return value === null ? [] : [{ figure, value, data, command }];
  });
}

/** Per-class F1 rows from a `perClassF1` object. */
function perClass(source: Json, data: string, command: string): CardMetric[] {
  return Object.entries(obj(source.perClassF1)).flatMap(([label, v]) => (num(v) === null ? [] : [{ figure: `F1 ${label}`, value: v as number, data, command }]));
}

const TEXT_DEV = '../shared/data/text/goemotions_ekman/dev.tsv';
const DREADDIT = '../shared/data/text/dreaddit/dreaddit-train.csv';

/** The figures of models/<name>/metadata.json; an unknown model gives none. */
export function metadataMetrics(name: string, metadata: Json): CardMetric[] {
  switch (name) {
    case 'text-lite': {
      const m = obj(metadata.devMetrics);
      const data = `GoEmotions Ekman dev (n ${num(m.n) ?? '?'}; class offsets were tuned on it)`;
      const command = `npx burnout eval text --engine lite --data ${TEXT_DEV}`;
      return [
        ...rows(m, [['accuracy', 'accuracy'], ['macro-F1', 'macroF1']], data, command),
        ...rows(m, [['macro-F1, offsets cross-fitted (the fairer estimate)', 'macroF1CrossFitted']], `GoEmotions Ekman dev (n ${num(m.n) ?? '?'}; offsets cross-fitted)`, 'npx burnout train text-lite --out /tmp/text-lite'),
        ...perClass(m, data, command),
      ];
    }
    case 'text-stress': {
      const m = obj(metadata.metrics);
      const data = `Dreaddit train split, out of fold (${num(m.folds) ?? '?'} folds)`;
      const command = `npx burnout train text-stress --data ${DREADDIT} --out /tmp/text-stress`;
      return rows(m, [['ROC AUC', 'oofAuc'], ['ECE (10 bins)', 'oofEce'], ['Brier score', 'oofBrier'], ['share of stressed posts', 'baseRate']], data, command);
    }
    case 'fusion': {
      const v = obj(metadata.validation);
      const t = obj(metadata.training);
      const data = `generated validation check-ins (n ${num(v.n) ?? '?'}, generator version ${num(obj(t.generator).version) ?? '?'}; synthetic, not people)`;
      const command = 'npx burnout train fusion --out /tmp/fusion';
      return [
        ...rows(v, [['accuracy', 'accuracy'], ['macro-F1', 'macroF1']], data, command),
        ...rows(obj(v.ece), [['ECE after temperature', 'after']], data, command),
        ...rows(obj(v.nll), [['NLL after temperature', 'after']], data, command),
        ...rows(obj(v.reliable), [['share marked reliable', 'share'], ['accuracy when reliable', 'accuracy']], data, command),
      ];
    }
    case 'trend': {
      const v = obj(metadata.validation);
      const t = obj(metadata.training);
      const data = `generated day histories (n ${num(t.validationSamples) ?? '?'}; synthetic, not people)`;
      const command = 'npx burnout train trend --out /tmp/trend';
      return [
        ...rows(v, [['accuracy', 'accuracy'], ['macro-F1', 'macroF1'], ['NLL', 'nll'], ['ECE after temperature', 'eceAfter']], data, command),
        ...perClass(v, data, command),
      ];
    }
    default:
      return [];
  }
}

/** The model's own date in metadata.json (trend records `createdAt`), or null. */
export function metadataDate(metadata: Json): string | null {
  const d = metadata.createdAt;
  return typeof d === 'string' ? d.slice(0, 10) : null;
}
