// The page for an address the dashboard does not know (a mistyped or outdated link): says so and links onwards.
import { href } from '../lib/router.ts';

/** "No such page", naming the address, with links to the check-in and the history. */
export function NotFoundPage({ path }: { path: string }) {
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">No such page</h1>
      <p>
        The dashboard has no page at <code>#/{path}</code>. The link may be mistyped or from an older version.
      </p>
      <p className="row">
        <a className="button" href={href({ page: 'checkin' })}>Go to the check-in</a>
        <a className="button secondary" href={href({ page: 'history' })}>See your history</a>
      </p>
    </section>
  );
}
