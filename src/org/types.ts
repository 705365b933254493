// The organisation view's shapes, shared by the server and the dashboard (no imports: the browser build reads it).

/** The aggregated metrics: self-report means, mean model risk (0–1), share with a High check-in, CBI scale means. */
export const ORG_METRICS = ['energy', 'stress', 'work', 'risk', 'highShare', 'cbiPersonal', 'cbiWork'] as const;
export type OrgMetric = (typeof ORG_METRICS)[number];

/** One shown or hidden aggregate. Hidden: members and mean are null. Empty (nobody contributed): members 0. */
export interface OrgCell {
  members: number | null;
  mean: number | null;
  hidden: boolean;
}

/** The whole view. */
export interface OrgReport {
  minGroupSize: number;
  weeks: string[];
  metrics: readonly OrgMetric[];
  teams: { team: string; size: number | null; cells: Record<OrgMetric, OrgCell[]>; total: Record<OrgMetric, OrgCell> }[];
  weekTotals: Record<OrgMetric, OrgCell[]>;
  total: Record<OrgMetric, OrgCell>;
}
