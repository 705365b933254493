// The app shell: the session (sign-in form when the server has accounts and nobody is signed in), header with
// navigation and the account bar, the not-a-diagnosis notice, and the page for the current route.
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { getSession, type SessionInfo } from './api/session.ts';
import { AccountBar } from './components/layout/account-bar.tsx';
import { PERSONAL_SESSION, SessionContext, SIGNED_OUT_EVENT } from './lib/session-context.ts';
import { SignInPage } from './pages/sign-in-page.tsx';
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
const OrgPage = lazy(() => import('./pages/org-page.tsx').then((m) => ({ default: m.OrgPage })));

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
    case 'org':
      return <OrgPage />;
    default:
      return <CheckInPage />;
  }
}

/** The whole dashboard. */
export function App() {
  const route = useRoute();
  const [session, setSession] = useState<SessionInfo | null>(null);
  const [sessionError, setSessionError] = useState<string | null>(null);
  const refresh = useCallback(() => {
    getSession().then((s) => { setSession(s); setSessionError(null); }).catch((e: unknown) => setSessionError(e instanceof Error ? e.message : String(e)));
  }, []);
  useEffect(() => {
    refresh();
    window.addEventListener(SIGNED_OUT_EVENT, refresh);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, refresh);
  }, [refresh]);
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
  const current = session ?? PERSONAL_SESSION;
  const signInNeeded = current.authMode === 'local' && !current.user;
  return (
    <SessionContext.Provider value={current}>
      <a className="skip" href="#main" onClick={(e) => { e.preventDefault(); main.current?.focus(); }}>
        Skip to content
      </a>
      <header className="header">
        <p className="brand">Burnout check-in</p>
        {!signInNeeded && session && <Nav current={route.page} />}
        <AccountBar onSignedOut={refresh} />
      </header>
      <Notice />
      <main id="main" ref={main} tabIndex={-1}>
        {sessionError && <p className="error" role="alert">{sessionError}</p>}
        {!session && !sessionError && <p className="muted">Loading…</p>}
        {session && signInNeeded && <SignInPage onSignedIn={refresh} />}
        {session && !signInNeeded && (
          <Suspense fallback={<p className="muted">Loading…</p>}>
            {/* A new user gets fresh pages (nothing of the previous user's stays in memory). */}
            <Page key={current.user?.username ?? ''} route={route} />
          </Suspense>
        )}
      </main>
      <footer className="footer">
        <p className="small muted">
          {current.authMode === 'local' ? 'Runs on this server. Only you can see your check-ins.' : 'Runs on this computer. Your data stays in its local database.'}
        </p>
      </footer>
    </SessionContext.Provider>
  );
}
