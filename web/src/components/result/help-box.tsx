// Where to seek help, shown prominently with a High result.

/** The help resources from the result, with a general line when the server gave none. */
export function HelpBox({ help }: { help?: string[] }) {
  return (
    <section className="card help" aria-labelledby="help-title">
      <h2 id="help-title">Where to seek help</h2>
      <p>
        A high estimate is a reason to pause and talk to someone — your doctor, an occupational health service or a
        counsellor. If you are in crisis or think about harming yourself, call your local emergency number now.
      </p>
      {help && help.length > 0 && (
        <ul>
          {help.map((h, i) => (
            <li key={i}>{h}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
