import type { AsnIntake } from './use-asn-intake';
import type { FileProgress, FileReport } from './intake/file-intake';
import { whereInFile } from './import-words';

/** Progress while files import, then what happened to each file (issue 4, item 4). */
export function ImportPanel({ intake }: { intake: AsnIntake }) {
  if (intake.progress) return <ImportProgress progress={intake.progress} />;
  if (!intake.reports) return null;
  const failed = intake.reports.some((r) => r.kind !== 'stored');
  return (
    <section
      className={`import-result ${failed ? 'import-result--failed' : 'import-result--ok'}`}
      aria-label="Import result"
      data-testid="import-result"
      role="status"
    >
      {intake.reports.map((report, i) => (
        <FileResult key={`${report.name}-${i}`} report={report} />
      ))}
      <button type="button" className="header-button import-result__close" onClick={intake.dismiss}>
        Close
      </button>
    </section>
  );
}

const PHASE_WORDS: Record<FileProgress['phase'], string> = {
  reading: 'Reading',
  parsing: 'Checking',
  preparing: 'Preparing',
  writing: 'Saving',
  stored: 'Saved',
};

function ImportProgress({ progress }: { progress: FileProgress }) {
  const { totalLines, linesDone } = progress;
  const counted = totalLines > 0 && (progress.phase === 'preparing' || progress.phase === 'writing');
  return (
    <section className="import-progress" aria-label="Import progress" data-testid="import-progress" role="status">
      <p className="import-progress__title">
        {PHASE_WORDS[progress.phase]} {progress.fileName}
        {progress.fileCount > 1 && ` (file ${progress.fileNumber} of ${progress.fileCount})`}
        {counted && ` · ${linesDone.toLocaleString()} of ${totalLines.toLocaleString()} lines`}
      </p>
      {/* Without a value the bar is indeterminate: parsing reports no progress of its own. */}
      <progress max={counted ? totalLines : undefined} value={counted ? linesDone : undefined} />
    </section>
  );
}

function FileResult({ report }: { report: FileReport }) {
  switch (report.kind) {
    case 'unreadable':
      return (
        <div className="import-file import-file--error">
          <p className="import-file__title">{report.name}: not imported</p>
          <p>{report.error}</p>
        </div>
      );
    case 'rejected':
      return (
        <div className="import-file import-file--error">
          <p className="import-file__title">
            {report.name}: not imported, nothing was stored ({report.errors.length}{' '}
            {report.errors.length === 1 ? 'error' : 'errors'})
          </p>
          <ul className="import-file__problems">
            {report.errors.slice(0, MAX_SHOWN).map((e, i) => (
              <li key={i}>
                {whereInFile(e.at) && <span className="import-file__where">{whereInFile(e.at)}: </span>}
                {e.message}
              </li>
            ))}
          </ul>
          {report.errors.length > MAX_SHOWN && <p>… and {report.errors.length - MAX_SHOWN} more.</p>}
        </div>
      );
    case 'stored':
      return (
        <div className="import-file">
          <p className="import-file__title">{report.name}</p>
          <ul className="import-file__asns">
            {report.asns.map((a) => (
              <li key={a.asnId} className={`import-asn import-asn--${a.outcome}`}>
                {a.sentence}
                {a.warnings.length > 0 && (
                  <ul className="import-file__problems import-file__problems--warn">
                    {a.warnings.slice(0, MAX_SHOWN).map((w, i) => (
                      <li key={i}>
                        {whereInFile(w.at) && <span className="import-file__where">{whereInFile(w.at)}: </span>}
                        {w.message}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </div>
      );
    default: {
      const never: never = report;
      return never;
    }
  }
}

/** A file with thousands of problems still fits the screen; the first ones say what is wrong. */
const MAX_SHOWN = 8;
