// Energy, stress and work hours for a check-in (each optional).
import type { SelfReport } from '../../../../src/trend/types.ts';
import { SliderField } from './slider-field.tsx';

/** The three self-report inputs. */
export function SelfReportInputs({ value, onChange }: { value: SelfReport; onChange(v: SelfReport): void }) {
  const set = (key: keyof SelfReport) => (v: number | undefined) => {
    const next = { ...value };
    if (v === undefined) delete next[key];
    else next[key] = v;
    onChange(next);
  };
  return (
    <fieldset className="card">
      <legend>How you feel (optional)</legend>
      <SliderField id="energy" label="Energy" min={0} max={10} step={1} ends={['0 exhausted', '10 full of energy']} value={value.energy} onChange={set('energy')} />
      <SliderField id="stress" label="Stress" min={0} max={10} step={1} ends={['0 calm', '10 overwhelmed']} value={value.stress} onChange={set('stress')} />
      <SliderField id="work" label="Hours worked today" min={0} max={24} step={0.5} unit=" h" ends={['0 h', '24 h']} value={value.work} onChange={set('work')} />
    </fieldset>
  );
}
