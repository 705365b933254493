// A line above the check-in form while the server's models are loading or downloading, or when they failed.
import { pct } from '../../lib/format.ts';
import { href } from '../../lib/router.ts';
import { useModels } from '../../lib/use-models.ts';

/** Nothing once the models are ready. */
export function ModelsBanner() {
  const { data } = useModels();
  if (!data || (data.state === 'ready' && !data.downloads.some((d) => d.state === 'downloading'))) return null;
  if (data.state === 'failed') {
    return (
      <p className="card error" role="alert">
        The analysis models could not load: {data.error ?? 'unknown reason'}. <a href={href({ page: 'settings' })}>See model status</a>.
      </p>
    );
  }
  const active = data.downloads.find((d) => d.state === 'downloading');
  return (
    <p className="card muted" role="status">
      {active
        ? `Downloading ${active.model}${active.progress !== null ? ` (${pct(active.progress)})` : ''}… `
        : 'Loading the analysis models… '}
      You can fill in the form meanwhile.
    </p>
  );
}
