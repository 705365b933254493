// The weekly suggestion: when no questionnaire was answered in the configured number of days, a short note with a link.
import type { QuestionnaireOverview } from '../../api/types.ts';
import { dateTime } from '../../lib/format.ts';
import { href } from '../../lib/router.ts';

/** Shows nothing unless the questionnaire is due (config questionnaire.suggestEveryDays). */
export function QuestionnaireDue({ overview: data }: { overview: QuestionnaireOverview | null }) {
  if (!data?.due.suggested) return null;
  return (
    <p className="card due" data-testid="questionnaire-due">
      {data.due.lastAt ? `Your last questionnaire was on ${dateTime(data.due.lastAt)}.` : 'You have not answered the questionnaire yet.'}{' '}
      Once a week, a validated questionnaire (the Copenhagen Burnout Inventory, a few minutes) sits beside your check-ins.{' '}
      <a href={href({ page: 'questionnaire' })}>Answer it now</a>
    </p>
  );
}
