// A live microphone level bar (with the value for assistive technology).

/** Shows `level` (0–1) as a meter. */
export function LevelMeter({ level }: { level: number }) {
  const hint = level < 0.25 ? 'quiet' : level > 0.95 ? 'too loud' : 'good';
  return (
    <div className="level">
      <label htmlFor="mic-level">Microphone level ({hint})</label>
      <meter id="mic-level" min={0} max={1} low={0.25} high={0.95} optimum={0.6} value={level} />
    </div>
  );
}
