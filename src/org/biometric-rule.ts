// The organisation deployment's modality rule: no emotion inference from face or voice at work. EU AI Act
// (Regulation (EU) 2024/1689) Art. 5(1)(f) prohibits AI systems that infer emotions of a natural person in the
// workplace from biometric data (applicable since 2 February 2025), except for medical or safety reasons. A voice
// recording or a face photo is refused before any byte is analysed, so no acoustic feature is computed either.
import type { Config } from '../config/schema.ts';
import { BurnoutError } from '../errors.ts';

/** Why face and voice are off in an organisation deployment (shown by the API and the dashboard). */
export const BIOMETRIC_REASON = 'face and voice emotion inference are off on this organisation\'s server: the EU AI Act ' +
  '(Art. 5(1)(f)) prohibits inferring emotions from biometric data in the workplace. Use the journal text and the self-report.';

/** Which modalities a deployment accepts. */
export function allowedModalities(config: Readonly<Config>): { text: true; voice: boolean; face: boolean; reason: string | null } {
  const organisation = config.deployment.kind === 'organisation';
  return { text: true, voice: !organisation, face: !organisation, reason: organisation ? BIOMETRIC_REASON : null };
}

/** Throws MODALITY_FORBIDDEN (403) for an audio or image upload in an organisation deployment. */
export function refuseBiometric(config: Readonly<Config>, field: 'audio' | 'image'): void {
  if (config.deployment.kind !== 'organisation') return;
  throw new BurnoutError('MODALITY_FORBIDDEN', `${field === 'audio' ? 'voice recordings' : 'face photos'} are not accepted here: ${BIOMETRIC_REASON}`);
}
