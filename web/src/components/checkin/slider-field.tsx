// A 0–10 style slider that starts "not set" (so that an untouched slider is not sent as an answer).

export interface SliderFieldProps {
  id: string;
  label: string;
  min: number;
  max: number;
  step: number;
  /** Words for the two ends, e.g. ["exhausted", "full of energy"]. */
  ends: [string, string];
  unit?: string;
  value: number | undefined;
  onChange(v: number | undefined): void;
}

/** One labelled self-report slider with its current value and a clear button. */
export function SliderField(p: SliderFieldProps) {
  const shown = p.value === undefined ? 'not set' : `${p.value}${p.unit ?? ''}`;
  return (
    <div className="slider">
      <label htmlFor={p.id}>
        {p.label}: <output htmlFor={p.id}>{shown}</output>
      </label>
      <input
        id={p.id}
        type="range"
        min={p.min}
        max={p.max}
        step={p.step}
        value={p.value ?? (p.min + p.max) / 2}
        className={p.value === undefined ? 'unset' : undefined}
        aria-valuetext={shown}
        onChange={(e) => p.onChange(Number(e.target.value))}
        onClick={(e) => p.value === undefined && p.onChange(Number(e.currentTarget.value))}
      />
      <div className="ends small muted" aria-hidden="true">
        <span>{p.ends[0]}</span>
        <span>{p.ends[1]}</span>
      </div>
      {p.value !== undefined && (
        <button type="button" className="link small" onClick={() => p.onChange(undefined)}>
          Clear {p.label.toLowerCase()}
        </button>
      )}
    </div>
  );
}
