// Word counting shared by the text analyzer, the fusion's evidence check and the dashboard (no Node imports).

/** Below this many words a journal entry carries little evidence (the fusion and the explanation say so). */
export const FEW_WORDS = 3;

/** Word tokens made of letters (emoji, digits and punctuation are not words here). */
export function countWords(text: string): number {
  return text.match(/\p{L}+(?:['’]\p{L}+)*/gu)?.length ?? 0;
}
