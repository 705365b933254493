// The one config schema: each section lives in sections/, this file composes them.
import { z } from 'zod';
import { modelsSection } from './sections/models.ts';
import { textSection } from './sections/text.ts';
import { voiceSection } from './sections/voice.ts';
import { faceSection } from './sections/face.ts';
import { fusionSection } from './sections/fusion.ts';
import { trendSection } from './sections/trend.ts';
import { storeSection } from './sections/store.ts';
import { serverSection } from './sections/server.ts';
import { diarySection } from './sections/diary.ts';
import { insightsSection } from './sections/insights.ts';
import { jobsSection } from './sections/jobs.ts';
import { questionnaireSection } from './sections/questionnaire.ts';
import { baselineSection } from './sections/baseline.ts';
import { authSection } from './sections/auth.ts';
import { deploymentSection } from './sections/deployment.ts';
import { orgSection } from './sections/org.ts';

export const configSchema = z.object({
  /** Hub models: cache folder, remote access for `models pull`, weight variant. */
  models: modelsSection.default(modelsSection.parse({})),
  /** Stage 1 text. */
  text: textSection.default(textSection.parse({})),
  /** Stage 1 voice. */
  voice: voiceSection.default(voiceSection.parse({})),
  /** Stage 1 face. */
  face: faceSection.default(faceSection.parse({})),
  /** Stage 2 fusion. */
  fusion: fusionSection.default(fusionSection.parse({})),
  /** Stage 3 trend and alerts. */
  trend: trendSection.default(trendSection.parse({})),
  /** Diary: the profile's default time zone and accepted check-in times. */
  diary: diarySection.default(diarySection.parse({})),
  /** Insights: associations and weekday pattern thresholds. */
  insights: insightsSection.default(insightsSection.parse({})),
  /** The questionnaire (CBI) beside the model: suggestion, agreement and personal calibration. */
  questionnaire: questionnaireSection.default(questionnaireSection.parse({})),
  /** Personal baseline: a person's own robust reference of each feature. */
  baseline: baselineSection.default(baselineSection.parse({})),
  /** Stage 4 storage. */
  store: storeSection.default(storeSection.parse({})),
  /** Stage 4 HTTP server. */
  server: serverSection.default(serverSection.parse({})),
  /** Durable check-in jobs on PostgreSQL (servers and workers in separate processes). */
  jobs: jobsSection.default(jobsSection.parse({})),
  /** Accounts and sessions (none: loopback only). */
  auth: authSection.default(authSection.parse({})),
  /** Personal tool or an organisation's server. */
  deployment: deploymentSection.default(deploymentSection.parse({})),
  /** The organisation view's anonymity threshold. */
  org: orgSection.default(orgSection.parse({})),
}).strict();

export type Config = z.infer<typeof configSchema>;
