// One CBI question: the published wording as the legend and its five published answers as a native radio group (Tab
// reaches the group, the arrow keys choose), with "Clear answer" to skip it again.
import { optionsOf, type CbiItem } from '../../../../src/questionnaire/cbi-items.ts';

/** One item of the form. */
export function CbiItemField({ item, value, onChange }: { item: CbiItem; value: number | null; onChange(v: number | null): void }) {
  const name = `cbi-${item.number}`;
  return (
    <fieldset className="cbi-item" data-testid={name}>
      <legend>
        <span className="cbi-number">{item.number}.</span> {item.text}
      </legend>
      <div className="cbi-options">
        {optionsOf(item).map((o) => (
          <label key={o.code} className={value === o.code ? 'chosen' : undefined}>
            <input type="radio" name={name} value={o.code} checked={value === o.code} onChange={() => onChange(o.code)} />
            {o.label}
          </label>
        ))}
      </div>
      {value !== null && (
        <button type="button" className="link small cbi-clear" aria-label={`Clear answer to question ${item.number}`} onClick={() => onChange(null)}>
          Clear
        </button>
      )}
    </fieldset>
  );
}
