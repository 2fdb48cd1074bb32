import { useState, type SyntheticEvent } from 'react';
import type { RuntimeInfo } from '../../../../preload/contract';
import { validateStationIdentity, type StationIdentity } from '../../domain/station-records';

type Field = keyof StationIdentity;

const FIELDS: readonly { readonly key: Field; readonly label: string; readonly hint: string }[] = [
  { key: 'siteId', label: 'Site', hint: 'The warehouse or distribution centre, e.g. DC1' },
  { key: 'stationId', label: 'Station id', hint: 'This receiving station, e.g. DOCK-01' },
  { key: 'dockDoor', label: 'Dock door', hint: 'The door this station serves, e.g. D4' },
  { key: 'operator', label: 'Operator', hint: 'Your name or badge id' },
];

/** First start: who and where this station is. Every event it writes carries these. */
export function SetupScreen({
  runtime,
  onSave,
}: {
  runtime: RuntimeInfo;
  onSave: (s: StationIdentity) => Promise<void>;
}) {
  const suggested = runtime.suggestedStation;
  const [values, setValues] = useState<Record<Field, string>>({
    siteId: suggested?.siteId ?? '',
    stationId: suggested?.stationId ?? '',
    dockDoor: suggested?.dockDoor ?? '',
    operator: runtime.erp.mode === 'demo' ? 'demo.operator' : '',
  });
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [saveError, setSaveError] = useState<string | null>(null);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const { identity, problems: found } = validateStationIdentity(values);
    setProblems(found);
    if (!identity) return;
    try {
      await onSave(identity);
    } catch (error) {
      setSaveError(`Could not save the station settings: ${String(error)}`);
    }
  };

  return (
    <main className="setup">
      <h1>Set up this receiving station</h1>
      {runtime.erp.mode === 'demo' && (
        <p className="demo-note">Demo mode: the fields are prefilled. Press Enter to start receiving.</p>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        {FIELDS.map(({ key, label, hint }, index) => (
          <label key={key} className="field">
            <span className="field__label">{label}</span>
            <input
              name={key}
              value={values[key]}
              autoFocus={index === 0}
              aria-invalid={problems[key] ? true : undefined}
              aria-describedby={`${key}-hint`}
              onChange={(e) => {
                setValues({ ...values, [key]: e.target.value });
              }}
            />
            <span id={`${key}-hint`} className={problems[key] ? 'field__problem' : 'field__hint'}>
              {problems[key] ?? hint}
            </span>
          </label>
        ))}
        {saveError && <p role="alert">{saveError}</p>}
        <button type="submit" className="primary">
          Start receiving
        </button>
      </form>
    </main>
  );
}
