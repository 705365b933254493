// `eval text` scoring path: the real lite engine over a few labelled rows, including a rejected (empty) one.
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.ts';
import { createLiteTextEngine } from '../../src/analysis/text/lite-engine.ts';
import { evaluateTextEngine } from '../../src/cli/commands/eval-text.ts';
import { silentProgress } from '../../src/progress.ts';
import { MULTI_LABEL_SCORING_RULE } from '../../src/eval/multi-label.ts';

describe('evaluateTextEngine', () => {
  it('scores ok rows under the multi-label rule, leaves rejected rows out and reports latency', async () => {
    const engine = await createLiteTextEngine(configSchema.parse({}));
    const report = await evaluateTextEngine(
      engine,
      [
        { text: 'I am so happy today!', labels: ['surprise', 'joy'], id: 'a' },
        { text: 'I am so sad, I miss her terribly.', labels: ['sadness'], id: 'b' },
        { text: '   ', labels: ['neutral'], id: 'c' },
      ],
      silentProgress,
    );
    await engine.dispose();
    expect(report).toMatchObject({ n: 2, rejected: 1, accuracy: 1, engine: 'lite', scoringRule: MULTI_LABEL_SCORING_RULE });
    expect(report.confusion.joy.joy).toBe(1);
    expect(report.latencyMsP95).toBeGreaterThanOrEqual(report.latencyMsP50);
  });
});
