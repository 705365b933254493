// The user's consent choices per modality, kept in this browser: whether a modality may be analysed at all, and
// whether its raw content (journal text, recording, photo) may be kept in the database (sent with each check-in).
import { MODALITIES, type Modality } from '../../../src/analysis/types.ts';

export interface ModalityConsent {
  /** Offer this input on the check-in page and analyse it. */
  analyse: boolean;
  /** Ask the server to keep the raw content (it keeps it only when its config also allows it). */
  store: boolean;
}

export type Consents = Record<Modality, ModalityConsent>;

const KEY = 'burnout.consent.v1';

/** The stored choices, or null when the user has not been asked yet. */
export function loadConsents(): Consents | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Consents>;
    return Object.fromEntries(
      MODALITIES.map((m) => [m, { analyse: parsed[m]?.analyse === true, store: parsed[m]?.store === true }]),
    ) as Consents;
  } catch {
    return null;
  }
}

/** Saves the choices for later visits. */
export function saveConsents(c: Consents): void {
  localStorage.setItem(KEY, JSON.stringify(c));
}

/** The defaults offered the first time: analyse everything, keep no raw content. */
export function defaultConsents(): Consents {
  return Object.fromEntries(MODALITIES.map((m) => [m, { analyse: true, store: false }])) as Consents;
}
