// The Copenhagen Burnout Inventory (Kristensen, Borritz, Villadsen & Christensen 2005, Work & Stress 19(3):192–207):
// its 19 items in the published order with the published wording (the English version used in the PUMA study), the two
// response sets, which item is reverse-scored, the manual's missing-item rule and the time frame this tool states.
// Sources and the choices made here: docs/questionnaire.md.

/** The three CBI scales, in published order. */
export const CBI_SCALES = ['personal', 'work', 'client'] as const;
export type CbiScale = (typeof CBI_SCALES)[number];

/** How a scale is named to a person. */
export const SCALE_NAMES: Readonly<Record<CbiScale, string>> = {
  personal: 'Personal burnout',
  work: 'Work-related burnout',
  client: 'Client-related burnout',
};

/** The two published response sets, from the answer coded 4 down to the one coded 0. */
export const RESPONSE_SETS = {
  frequency: ['Always', 'Often', 'Sometimes', 'Seldom', 'Never/almost never'],
  degree: ['To a very high degree', 'To a high degree', 'Somewhat', 'To a low degree', 'To a very low degree'],
} as const;
export type ResponseSet = keyof typeof RESPONSE_SETS;

/** One item of the inventory. */
export interface CbiItem {
  /** 1–19 in the published order (personal 1–6, work-related 7–13, client-related 14–19). */
  number: number;
  scale: CbiScale;
  /** The question as published. */
  text: string;
  response: ResponseSet;
  /** Scored 100 − points (only "enough energy for family and friends"). */
  reversed: boolean;
}

const item = (number: number, scale: CbiScale, text: string, response: ResponseSet, reversed = false): CbiItem => ({ number, scale, text, response, reversed });

/** The 19 items in the published order (PUMA English version). */
export const CBI_ITEMS: readonly CbiItem[] = [
  item(1, 'personal', 'How often do you feel tired?', 'frequency'),
  item(2, 'personal', 'How often are you physically exhausted?', 'frequency'),
  item(3, 'personal', 'How often are you emotionally exhausted?', 'frequency'),
  item(4, 'personal', 'How often do you think: “I can’t take it anymore”?', 'frequency'),
  item(5, 'personal', 'How often do you feel worn out?', 'frequency'),
  item(6, 'personal', 'How often do you feel weak and susceptible to illness?', 'frequency'),
  item(7, 'work', 'Is your work emotionally exhausting?', 'degree'),
  item(8, 'work', 'Do you feel burnt out because of your work?', 'degree'),
  item(9, 'work', 'Does your work frustrate you?', 'degree'),
  item(10, 'work', 'Do you feel worn out at the end of the working day?', 'frequency'),
  item(11, 'work', 'Are you exhausted in the morning at the thought of another day at work?', 'frequency'),
  item(12, 'work', 'Do you feel that every working hour is tiring for you?', 'frequency'),
  item(13, 'work', 'Do you have enough energy for family and friends during leisure time?', 'frequency', true),
  item(14, 'client', 'Do you find it hard to work with clients?', 'degree'),
  item(15, 'client', 'Do you find it frustrating to work with clients?', 'degree'),
  item(16, 'client', 'Does it drain your energy to work with clients?', 'degree'),
  item(17, 'client', 'Do you feel that you give more than you get back when you work with clients?', 'degree'),
  item(18, 'client', 'Are you tired of working with clients?', 'frequency'),
  item(19, 'client', 'Do you sometimes wonder how long you will be able to continue working with clients?', 'frequency'),
];

/** Items of personal + work-related burnout (always asked); the client-related scale adds six more. */
export const CBI_CORE_ITEMS = 13;

/**
 * The manual's missing-item rule: a scale with fewer answered items than this is not scored (the respondent is a
 * non-responder on it). Personal "less than three", work-related "less than four" (PUMA scoring notes); client-related
 * follows the same at-least-half rule (docs/questionnaire.md says what could and could not be checked).
 */
export const CBI_MIN_ANSWERED: Readonly<Record<CbiScale, number>> = { personal: 3, work: 4, client: 3 };

/** The time frame this tool states (the published CBI names none; it is suggested weekly here). */
export const CBI_FRAMING = {
  period: 'the past week',
  instruction: 'Please answer about the past week.',
} as const;

/** Who the client-related scale is for (the manual: clients can be patients, students, children, inmates …). */
export const CLIENT_SCALE_NOTE = 'Only if you work with clients: patients, students, children, inmates, customers or other people you serve.';

/** The items of one scale, in order. */
export function itemsOf(scale: CbiScale): CbiItem[] {
  return CBI_ITEMS.filter((i) => i.scale === scale);
}

/** The answer options of an item as { code, label }, from code 4 ("Always") down to 0. */
export function optionsOf(i: CbiItem): Array<{ code: number; label: string }> {
  return RESPONSE_SETS[i.response].map((label, k) => ({ code: 4 - k, label }));
}
