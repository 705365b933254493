// Config section `deployment`: a personal tool, or an organisation's server (where face and voice emotion inference are
// off by law — EU AI Act Art. 5(1)(f) — and org-admins see anonymised team aggregates).
import { z } from 'zod';

export const deploymentSection = z.object({
  /** personal: every modality; organisation: text and self-report only, plus the organisation view. */
  kind: z.enum(['personal', 'organisation']).default('personal'),
}).strict();
