// The Models panel's plain words: what each engine does for each part of a check-in, what a download would add, and
// engine reasons without file-system or cache paths.
import type { EngineStatusView } from '../api/types.ts';

/** The parts of a check-in, in the words the dashboard uses elsewhere. */
export const PART_NAMES: Readonly<Record<string, string>> = {
  text: 'Journal text',
  voice: 'Voice recording',
  face: 'Face photo',
  fusion: 'Risk level',
  trend: 'Trend over days',
};

interface EngineWords {
  /** What the engine does when it is in use. */
  now: string;
  /** What downloading it would add (hub models only). */
  adds?: string;
}

const WORDS: Readonly<Record<string, Readonly<Record<string, EngineWords>>>> = {
  text: {
    transformers: { now: 'a pretrained emotion model, downloaded once, that reads the feelings in English text', adds: 'a larger pretrained model that reads the feelings in English text more accurately than the built-in one' },
    lite: { now: 'the small built-in model that reads the feelings in English text; it comes with this tool and works offline' },
  },
  voice: {
    acoustic: { now: 'measurements of your voice (loudness, pitch, pace, pauses); they need no model and give no emotion estimate' },
    transformers: { now: 'a pretrained speech-emotion model, downloaded once, that estimates the feelings in your voice', adds: 'an estimate of the feelings in your voice (without it the voice gives measurements only)' },
  },
  face: {
    vit: { now: 'a pretrained face-expression model, downloaded once', adds: 'a pretrained face-expression model that reads expressions more accurately than the built-in one' },
    human: { now: 'the built-in face model that finds a face and reads its expression; it comes with this tool and works offline' },
  },
  fusion: { fusion: { now: 'the built-in model that combines your inputs into one risk level' } },
  trend: { gru: { now: 'the built-in model that follows your check-ins over days' } },
};

/** What `engine` does for `part` when in use, in plain words. */
export function engineNow(part: string, engine: EngineStatusView): string {
  return WORDS[part]?.[engine.name]?.now ?? `the “${engine.name}” engine`;
}

/** What downloading the engine would add, when it is a hub model that is not downloaded yet; else null. */
export function downloadWouldAdd(part: string, engine: EngineStatusView): string | null {
  const adds = WORDS[part]?.[engine.name]?.adds;
  if (!adds || engine.ok) return null;
  return /not downloaded|models pull/.test(`${engine.reason ?? ''} ${engine.hint ?? ''}`) ? adds : null;
}

/** `text` with file-system and cache paths replaced by "its folder" (the panel never shows where files live). */
export function withoutPaths(text: string): string {
  return text
    .replace(/(?:[A-Za-z]:)?(?:\.{0,2}\/)?(?:[\w.@-]+\/){1,}[\w.@-]*(?:\.json|\.onnx|\.bin|\/)(?=[\s,;:)]|$)/g, 'its folder')
    .replace(/\/(?:[\w.@-]+\/)+[\w.@-]*/g, 'its folder');
}
