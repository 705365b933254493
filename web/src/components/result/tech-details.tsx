// The "Details" disclosure of a result card: the technical figures (measurements with their units, confidence and
// uncertainty, engine and model ids) folded below the plain words.
import type { ReactNode } from 'react';

/** A closed "Details" disclosure holding the card's technical figures. */
export function TechDetails({ children }: { children: ReactNode }) {
  return (
    <details className="tech-details">
      <summary>Details</summary>
      <div className="small muted">{children}</div>
    </details>
  );
}
