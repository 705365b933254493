// In an organisation deployment: why there is no voice recording or photo (the server refuses them by law).
import { useSession } from '../../lib/session-context.ts';

/** Nothing when every modality is accepted. */
export function BiometricNotice() {
  const { modalities } = useSession();
  if (modalities.voice && modalities.face) return null;
  return (
    <p className="card muted" data-testid="biometric-notice">
      No voice or photo here: {modalities.reason}
    </p>
  );
}
