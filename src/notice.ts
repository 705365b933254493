// The not-a-diagnosis notice and the generic help resources shown with a High risk (CLI, server, dashboard text).

/** The not-a-diagnosis notice every output carries. */
export const NOTICE =
  'This is a self-awareness tool, not a diagnosis. If you are struggling, talk to a professional you trust.';

/**
 * Where to seek help, added to a High risk and to alerts. Generic on purpose; the one country-specific line is
 * labelled with its countries.
 */
export const HELP_RESOURCES: readonly string[] = [
  'If you might harm yourself or are in danger, call your local emergency number now.',
  'Talk to a doctor, a mental-health professional or your employee assistance programme (EAP) about how you feel.',
  'Crisis lines in most countries are listed at https://findahelpline.com (free, confidential).',
  'Examples: 988 Suicide & Crisis Lifeline (US, call or text 988); Samaritans 116 123 (UK and Ireland).',
];
