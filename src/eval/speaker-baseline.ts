// Per-speaker baselines for the evaluations (`eval voice --baseline`, `eval risk --baseline`): each clip is treated as a
// check-in of its speaker whose history is that speaker's other clips, one a day, dated so that all of them fall in the
// app's reference window; the baseline then comes from the app's own code (baselineAsOf: window, minimums, median and
// MAD), not from a separate z-scoring. No label is used.
import type { Modality, ModalityResult } from '../analysis/types.ts';
import { AROUSAL_COMPONENTS } from '../analysis/voice/arousal.ts';
import { compareToBaseline } from '../baseline/compare.ts';
import { baselineAsOf, type BaselineSettings, type BaselineSource } from '../baseline/reference.ts';
import type { Baseline } from '../baseline/types.ts';

const DAY = 86_400_000;
/** The (arbitrary) time every evaluated clip is checked in at. */
const CHECK_IN_AT = Date.UTC(2026, 0, 31, 12);

/** One analysed clip of a speaker. */
export interface SpeakerClip {
  speaker: string;
  modality: Modality;
  result: ModalityResult;
}

/**
 * The baseline of each clip from the other clips of its speaker (null when the speaker has too few analysed clips for
 * the app's minimums). The other clips are dated one a day, ending `lagDays` + 1 days before the clip.
 */
export function speakerBaselines(clips: readonly SpeakerClip[], settings: Omit<BaselineSettings, 'timeZone'>): Array<Baseline | null> {
  const at = new Date(CHECK_IN_AT).toISOString();
  const absent = { status: 'absent', reason: 'not part of this evaluation' } as const;
  return clips.map((clip, i) => {
    const others = clips.filter((c, j) => j !== i && c.speaker === clip.speaker);
    const history: BaselineSource[] = others.map((c, k) => ({
      at: new Date(CHECK_IN_AT - (settings.lagDays + 1 + k) * DAY).toISOString(),
      modalities: { text: absent, voice: absent, face: absent, [c.modality]: c.result },
    }));
    return baselineAsOf(history, at, { ...settings, timeZone: 'UTC' });
  });
}

/**
 * Each arousal component of each clip as its robust z against the clip's own baseline (the app's comparison code),
 * signed so that higher means more aroused; 0 where the clip has no baseline or the feature no reference. One array per
 * component, in AROUSAL_COMPONENTS order (the same shape as arousalComponentZ).
 */
export function baselineArousalZ(results: readonly ModalityResult[], baselines: ReadonlyArray<Baseline | null>): number[][] {
  const absent = { status: 'absent', reason: 'not part of this evaluation' } as const;
  const comparisons = results.map((r, i) => {
    const b = baselines[i];
    return b ? compareToBaseline(b, { text: absent, voice: r, face: absent }, Infinity) : null;
  });
  return AROUSAL_COMPONENTS.map(({ feature, sign }) => comparisons.map((c) => sign * (c?.modalities.voice?.features[feature]?.z ?? 0)));
}
