// Splits a voice measurement sentence into its plain-words lead and its figures: "Your voice was quieter than typical
// speech: pitch varied by 1.2 semitones … LUFS …." → "Your voice was quieter than typical speech." (the whole
// sentence stays available for the card's details).

/** Where the figures of a sentence begin: after a colon, or at "about <number>" / "<number> %" style asides. */
const FIGURES = /(?::\s|,\s+about\s+\d|\s\(\S*\d)/;

/** The plain-words lead of `sentence` (the whole sentence when it has no figures to fold away). */
export function plainLead(sentence: string): string {
  const m = FIGURES.exec(sentence);
  if (!m || m.index < 12) return sentence;
  return `${sentence.slice(0, m.index).trimEnd()}.`;
}

/** Whether `sentence` carries figures beyond its plain lead. */
export function hasFigures(sentence: string): boolean {
  return plainLead(sentence) !== sentence;
}
