import { describeProfile } from '../../scanner/profile-words';
import type { ScannerProfile } from '../../scanner/scanner-profile';

/** A scanner profile, one plain-words line per setting, with what needs attention marked. */
export function ProfileLines({ profile, testId }: { profile: ScannerProfile; testId: string }) {
  return (
    <dl className="profile-lines" data-testid={testId}>
      {describeProfile(profile).map((line) => (
        <div key={line.label} className={`profile-lines__row profile-lines__row--${line.severity}`}>
          <dt>{line.label}</dt>
          <dd>{line.value}</dd>
        </div>
      ))}
    </dl>
  );
}
