// The main navigation: one link per page, the current one marked for screen readers.
import { href, type Route } from '../../lib/router.ts';
import { useSession } from '../../lib/session-context.ts';

const LINKS: Array<{ page: Exclude<Route['page'], 'result'>; label: string }> = [
  { page: 'checkin', label: 'Check in' },
  { page: 'history', label: 'History' },
  { page: 'calendar', label: 'Calendar' },
  { page: 'insights', label: 'Insights' },
  { page: 'alerts', label: 'Alerts' },
  { page: 'stats', label: 'Stats' },
  { page: 'questionnaire', label: 'Questionnaire' },
  { page: 'settings', label: 'Data & settings' },
  { page: 'models', label: 'About the models' },
];

/** Top navigation links. */
export function Nav({ current }: { current: Route['page'] }) {
  const session = useSession();
  const links = session.deployment === 'organisation' && session.user?.role === 'org-admin' ? [...LINKS, { page: 'org' as const, label: 'Organisation' }] : LINKS;
  return (
    <nav aria-label="Main">
      <ul className="nav">
        {links.map((l) => (
          <li key={l.page}>
            <a href={href({ page: l.page } as Route)} aria-current={current === l.page ? 'page' : undefined}>
              {l.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
