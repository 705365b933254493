// The "How good is this?" link every result card carries: to the model card of the engine or model that served it.
import type { CardSource } from '../../../../src/model-cards/types.ts';
import { cardNameFor } from '../../../../src/model-cards/catalog.ts';
import { href } from '../../lib/router.ts';

/** A small link to "About the models", focused on the card of `part` (and of `engine`, when given). */
export function HowGoodLink({ part, engine }: { part: CardSource['part']; engine?: string }) {
  const focus = cardNameFor(part, engine);
  return (
    <a className="small how-good" href={href({ page: 'models', focus })} data-testid={`how-good-${part}`}>
      How good is this?
    </a>
  );
}
