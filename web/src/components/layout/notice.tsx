// The not-a-diagnosis notice shown on every screen. Same sentence as NOTICE in src/cli/output.ts, which cannot be
// imported here because that module is Node-only.

/** The standing notice text. */
export const NOTICE_TEXT =
  'This is a self-awareness tool, not a diagnosis. If you are struggling, talk to a professional you trust.';

/** The standing notice banner. */
export function Notice() {
  return (
    <p className="notice" role="note">
      {NOTICE_TEXT}
    </p>
  );
}
