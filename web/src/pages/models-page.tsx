// About the models: every model card in plain words, the one a result linked to ("How good is this?") first in view.
import { useEffect } from 'react';
import { getModelCards } from '../api/client.ts';
import { StatusMessage } from '../components/layout/status-message.tsx';
import { ModelCardView } from '../components/models/model-card-view.tsx';
import { useFetch } from '../lib/use-fetch.ts';

/** The "About the models" page; `focus` names a card to scroll to and mark. */
export function ModelsPage({ focus }: { focus?: string }) {
  const { data, error, loading } = useFetch(getModelCards);
  useEffect(() => {
    if (data && focus) document.getElementById(`card-${focus}`)?.scrollIntoView({ block: 'start' });
  }, [data, focus]);
  return (
    <section aria-labelledby="models-title">
      <h1 id="models-title">About the models</h1>
      <p>
        Each part of a check-in result comes from a model or an engine. Here is, for each, what it does, how well it did on
        public data, for whom it did worse, and what it must not be used for. None of them can diagnose burnout.
      </p>
      <StatusMessage loading={loading && !data} error={error} what="the model cards" />
      {data?.cards.map((c) => <ModelCardView key={c.name} card={c} focused={c.name === focus} />)}
    </section>
  );
}
