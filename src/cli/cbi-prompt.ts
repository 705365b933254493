// The interactive Copenhagen Burnout Inventory in a terminal: one question at a time with its published answer
// options, a number 0–4 to answer, Enter or "-" to skip; the client-related items only after a yes. Reads lines from
// stdin (a terminal, or a pipe for scripts and tests); running out of lines is INPUT_INVALID naming the question.
import { createInterface } from 'node:readline';
import { BurnoutError } from '../errors.ts';
import { CBI_CORE_ITEMS, CBI_FRAMING, CBI_ITEMS, CLIENT_SCALE_NOTE, optionsOf, SCALE_NAMES } from '../questionnaire/cbi-items.ts';
import type { CbiAnswer } from '../questionnaire/cbi-score.ts';

/** Asks every item on `output`, reading answers from `input`; returns 13 or 19 answers. */
export async function askCbi(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<CbiAnswer[]> {
  const rl = createInterface({ input, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (prompt: string, what: string): Promise<string> => {
    output.write(prompt);
    const next = await lines.next();
    if (next.done) throw new BurnoutError('INPUT_INVALID', `the answers ended before ${what}`, { hint: 'run `burnout cbi` in a terminal, or give --answers a1,a2,… for scripts' });
    return String(next.value).trim();
  };
  try {
    output.write(`Copenhagen Burnout Inventory. ${CBI_FRAMING.instruction} Type the number of your answer and press Enter; Enter alone or "-" skips a question.\n`);
    const answers: CbiAnswer[] = [];
    let scale = '';
    for (const item of CBI_ITEMS) {
      if (item.number === CBI_CORE_ITEMS + 1) {
        const yes = await ask(`\n${SCALE_NAMES.client}: ${CLIENT_SCALE_NOTE} Answer these six? [y/N] `, 'the client-related question');
        if (!/^y(es)?$/i.test(yes)) break;
      }
      if (item.scale !== scale) {
        scale = item.scale;
        output.write(`\n${SCALE_NAMES[item.scale]}\n`);
      }
      const options = optionsOf(item).map((o) => `${o.code} ${o.label}`).join(' · ');
      for (;;) {
        const text = await ask(`${item.number}. ${item.text}\n   ${options}\n   > `, `question ${item.number}`);
        if (text === '' || text === '-') { answers.push(null); break; }
        if (/^[0-4]$/.test(text)) { answers.push(Number(text) as CbiAnswer); break; }
        output.write('   Please type a number from 0 to 4, or press Enter to skip.\n');
      }
    }
    while (answers.length < CBI_CORE_ITEMS) answers.push(null);
    return answers;
  } finally {
    rl.close();
  }
}
