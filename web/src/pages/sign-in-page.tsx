// The sign-in form (auth.mode local): username and password; a wrong pair or too many attempts say so.
import { useState } from 'react';
import { signIn } from '../api/session.ts';

/** Shown instead of the dashboard until someone signs in. */
export function SignInPage({ onSignedIn }: { onSignedIn(): void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <section aria-labelledby="signin-title" className="card narrow">
      <h1 id="signin-title">Sign in</h1>
      <p className="muted">This server is shared: sign in to see your own check-ins. Nobody else can see them.</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setBusy(true);
          setError(null);
          signIn(username.trim(), password)
            .then(() => {
              setPassword('');
              onSignedIn();
            })
            .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)))
            .finally(() => setBusy(false));
        }}
      >
        <label className="field">
          Username
          <input name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required />
        </label>
        <label className="field">
          Password
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        <button type="submit" className="primary" disabled={busy}>Sign in</button>
        {error && <p className="error" role="alert">Sign-in failed: {error}</p>}
      </form>
    </section>
  );
}
