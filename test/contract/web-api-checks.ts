// What the generated-client test checks: each function of the dashboard's API module (web/src/api/) against the
// OpenAPI answer (or request body) of the route it calls. Adding a client function means adding its line here.

/** A response check: `fn` (module.function) reads the JSON answer of `method path` with `status`. */
export interface ResponseCheck {
  fn: string;
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  status: 200 | 201;
}

/** A request check: the type of argument `arg` of `fn` is a valid body of `method path`. */
export interface BodyCheck {
  fn: string;
  arg: number;
  method: 'post' | 'patch';
  path: string;
}

export const RESPONSE_CHECKS: readonly ResponseCheck[] = [
  { fn: 'client.listAssessments', method: 'get', path: '/api/assessments', status: 200 },
  { fn: 'client.listRange', method: 'get', path: '/api/assessments', status: 200 },
  { fn: 'client.getAssessment', method: 'get', path: '/api/assessments/{id}', status: 200 },
  { fn: 'client.patchAssessment', method: 'patch', path: '/api/assessments/{id}', status: 200 },
  { fn: 'client.deleteAssessment', method: 'delete', path: '/api/assessments/{id}', status: 200 },
  { fn: 'client.getTrend', method: 'get', path: '/api/trend', status: 200 },
  { fn: 'client.listAlerts', method: 'get', path: '/api/alerts', status: 200 },
  { fn: 'client.ackAlert', method: 'post', path: '/api/alerts/{id}/ack', status: 200 },
  { fn: 'client.getStats', method: 'get', path: '/api/stats', status: 200 },
  { fn: 'client.getDrift', method: 'get', path: '/api/drift', status: 200 },
  { fn: 'client.getModelCards', method: 'get', path: '/api/model-cards', status: 200 },
  { fn: 'client.getLimits', method: 'get', path: '/api/limits', status: 200 },
  { fn: 'client.getModels', method: 'get', path: '/api/models', status: 200 },
  { fn: 'client.deleteAllData', method: 'delete', path: '/api/data', status: 200 },
  { fn: 'client.getProfile', method: 'get', path: '/api/profile', status: 200 },
  { fn: 'client.setTimeZone', method: 'patch', path: '/api/profile', status: 200 },
  { fn: 'client.getCalendar', method: 'get', path: '/api/calendar', status: 200 },
  { fn: 'client.getInsights', method: 'get', path: '/api/insights', status: 200 },
  { fn: 'client.importData', method: 'post', path: '/api/import', status: 200 },
  { fn: 'client.getQuestionnaires', method: 'get', path: '/api/questionnaires', status: 200 },
  { fn: 'client.submitQuestionnaire', method: 'post', path: '/api/questionnaires', status: 201 },
  { fn: 'submit.submitCheckIn', method: 'post', path: '/api/assessments', status: 201 },
  { fn: 'session.getSession', method: 'get', path: '/api/session', status: 200 },
  { fn: 'session.getOrgReport', method: 'get', path: '/api/org/report', status: 200 },
];

export const BODY_CHECKS: readonly BodyCheck[] = [
  { fn: 'client.patchAssessment', arg: 1, method: 'patch', path: '/api/assessments/{id}' },
];
