// Loading and error lines used by every page while data arrives or when a call fails.

/** "Loading…" or the error's message, or nothing. */
export function StatusMessage({ loading, error, what }: { loading: boolean; error: Error | null; what: string }) {
  if (error) return <p className="error" role="alert">Could not load {what}: {error.message}</p>;
  if (loading) return <p className="muted" aria-live="polite">Loading {what}…</p>;
  return null;
}
