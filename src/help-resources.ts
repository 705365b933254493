// Where to seek help: the one list shown with High results and escalation alerts (CLI, API, dashboard).

/**
 * Help resources in plain words, international first. Shown whenever a result is High or an alert is raised;
 * they point to people, never to this tool.
 */
export const HELP_RESOURCES: readonly string[] = [
  'If you are in danger or thinking about harming yourself, call your local emergency number now (112 in the EU, 911 in the US and Canada, 999 in the UK).',
  'Free, confidential crisis lines by country: https://findahelpline.com (in the US, call or text 988).',
  'Talk to your doctor or a mental-health professional about how you have been feeling.',
  'If your employer offers an Employee Assistance Programme, it gives free and confidential counselling.',
];
