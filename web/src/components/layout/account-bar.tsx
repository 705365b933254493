// Who is signed in and the sign-out button (auth.mode local only).
import { signOut } from '../../api/session.ts';
import { useSession } from '../../lib/session-context.ts';

/** Nothing without accounts. */
export function AccountBar({ onSignedOut }: { onSignedOut(): void }) {
  const session = useSession();
  if (session.authMode !== 'local' || !session.user) return null;
  return (
    <p className="account">
      <span>Signed in as <strong>{session.user.username}</strong></span>{' '}
      <button type="button" onClick={() => void signOut().finally(onSignedOut)}>Sign out</button>
    </p>
  );
}
