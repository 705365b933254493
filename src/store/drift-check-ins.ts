// Reads what the drift monitor needs of a profile's check-ins: time, risk level, each input's status, self-report given.
import type { Kysely } from 'kysely';
import type { DriftCheckIn } from '../drift/profile-drift.ts';
import type { Database } from './types.ts';

const status = (s: string): DriftCheckIn['text'] => (s === 'ok' || s === 'rejected' ? s : 'absent');
const level = (l: string): DriftCheckIn['level'] => (l === 'low' || l === 'moderate' || l === 'high' ? l : 'unclear');

/** The profile's check-ins, oldest first, in the shape `profileDrift` takes. */
export async function driftCheckIns(db: Kysely<Database>, profileId: string): Promise<DriftCheckIn[]> {
  const rows = await db.selectFrom('assessments').where('profile_id', '=', profileId)
    .select(['at', 'risk_level', 'text_status', 'voice_status', 'face_status', 'energy', 'stress', 'work'])
    .orderBy('at').execute();
  return rows.map((r) => ({
    at: r.at,
    level: level(r.risk_level),
    text: status(r.text_status),
    voice: status(r.voice_status),
    face: status(r.face_status),
    selfReport: r.energy !== null || r.stress !== null || r.work !== null,
  }));
}
