// The not-a-diagnosis notice shown on every screen (the same sentence the CLI and the API use).
import { NOTICE } from '../../../../src/notice.ts';

/** The standing notice banner. */
export function Notice() {
  return (
    <p className="notice" role="note">
      {NOTICE}
    </p>
  );
}
