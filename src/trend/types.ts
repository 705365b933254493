// Stage 3 vocabulary: trend directions, the Trend result and escalation alerts.

export const TREND_DIRECTIONS = ['improving', 'stable', 'worsening'] as const;
export type TrendDirection = (typeof TREND_DIRECTIONS)[number];

/** The trend over the last check-ins, or a plain statement that there are not enough of them. */
export type Trend =
  | { direction: TrendDirection; confidence: number; steps: number }
  | { direction: 'insufficient_history'; confidence: null; steps: number };

/** Self-reported context of a check-in (each optional). */
export interface SelfReport {
  /** 0–10 */
  energy?: number;
  /** 0–10 */
  stress?: number;
  /** hours worked, 0–24 */
  work?: number;
}

/** An escalation alert raised by a rule. */
export interface Alert {
  rule: string;
  /** The reason in plain words. */
  reason: string;
  /** Where to seek help. */
  resources: string[];
}
