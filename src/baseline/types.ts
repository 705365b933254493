// Personal baseline vocabulary: a person's reference per modality (median and MAD of each followed feature over a
// reference window of their own earlier check-ins) and a check-in compared with it (robust z per feature, sentences).
import type { Modality } from '../analysis/types.ts';

/** Median and MAD of one feature over the reference, and how many values they rest on. */
export interface FeatureReference {
  median: number;
  mad: number;
  n: number;
}

/** One modality's reference: which check-ins it rests on and the statistics per feature. */
export interface ModalityReference {
  /** Analysed inputs of this modality in the reference window. */
  checkIns: number;
  /** Distinct local days among them. */
  days: number;
  /** First and last local day (YYYY-MM-DD) of those inputs. */
  firstDay: string;
  lastDay: string;
  features: Record<string, FeatureReference>;
}

/** A person's baseline as of a time: the modalities that have one (plain data: it travels to analysis workers). */
export interface Baseline {
  /** The check-in time it was built for. */
  asOf: string;
  /** The reference window: local days from `fromDay` up to and including `toDay`. */
  window: { fromDay: string; toDay: string };
  modalities: Partial<Record<Modality, ModalityReference>>;
}

/** One feature of a check-in against the reference. */
export interface FeatureComparison {
  value: number;
  median: number;
  /** Robust z: (value − median) / max(1.4826 · MAD, the feature's least spread), clipped to ±10. */
  z: number;
}

/** A check-in compared with the person's baseline. */
export interface BaselineComparison {
  modalities: Partial<Record<Modality, { reference: Omit<ModalityReference, 'features'>; features: Record<string, FeatureComparison> }>>;
  /** Plain sentences ("Compared with your usual …: your voice was quieter and slower."). */
  sentences: string[];
}
