// The app shell: header with navigation, the not-a-diagnosis notice, and the page for the current route.
import { lazy, Suspense, useEffect, useRef } from 'react';
import { Nav } from './components/layout/nav.tsx';
import { Notice } from './components/layout/notice.tsx';
import { useRoute, type Route } from './lib/router.ts';
import { AlertsPage } from './pages/alerts-page.tsx';
import { CheckInPage } from './pages/checkin-page.tsx';
import { ResultPage } from './pages/result-page.tsx';
import { QuestionnairePage } from './pages/questionnaire-page.tsx';
import { SettingsPage } from './pages/settings-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { ModelsPage } from './pages/models-page.tsx';

// The chart pages pull in the chart library; load them only when opened.
const HistoryPage = lazy(() => import('./pages/history-page.tsx').then((m) => ({ default: m.HistoryPage })));
const StatsPage = lazy(() => import('./pages/stats-page.tsx').then((m) => ({ default: m.StatsPage })));
const CalendarPage = lazy(() => import('./pages/calendar-page.tsx').then((m) => ({ default: m.CalendarPage })));
const InsightsPage = lazy(() => import('./pages/insights-page.tsx').then((m) => ({ default: m.InsightsPage })));

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'result':
      return <ResultPage id={route.id} />;
    case 'history':
      return <HistoryPage />;
    case 'calendar':
      return <CalendarPage />;
    case 'insights':
      return <InsightsPage />;
    case 'alerts':
      return <AlertsPage />;
    case 'stats':
      return <StatsPage />;
    case 'questionnaire':
      return <QuestionnairePage />;
    case 'settings':
      return <SettingsPage />;
    case 'models':
      return <ModelsPage focus={route.focus} />;
    case 'not-found':
      return <NotFoundPage path={route.path} />;
    default:
      return <CheckInPage />;
  }
}

/** The whole dashboard. */
export function App() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  // Move focus to the new page so that keyboard and screen-reader users land on its content.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
    window.scrollTo(0, 0);
  }, [route]);
  return (
    <>
      <a className="skip" href="#main" onClick={(e) => { e.preventDefault(); main.current?.focus(); }}>
        Skip to content
      </a>
      <header className="header">
        <p className="brand">Burnout check-in</p>
        <Nav current={route.page} />
      </header>
      <Notice />
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <Page route={route} />
        </Suspense>
      </main>
      <footer className="footer">
        <p className="small muted">Runs on this computer. Your data stays in its local database.</p>
      </footer>
    </>
  );
}
