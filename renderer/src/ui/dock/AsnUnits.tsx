import { useLiveQuery } from 'dexie-react-hooks';
import type { DocksideDb, LogisticUnitRow } from '../../db/schema';

/** An ASN's logistic units as a tree: pallets with their cartons, loose cartons last. */
export function AsnUnits({ db, asnId }: { db: DocksideDb; asnId: string }) {
  const units = useLiveQuery(() => db.logisticUnits.where('asnId').equals(asnId).toArray(), [db, asnId]);
  if (!units) return null;
  const roots = units.filter((u) => u.parentSscc === null || !units.some((p) => p.sscc === u.parentSscc));
  return (
    <ul className="units" aria-label={`Units on ${asnId}`}>
      {roots.map((unit) => (
        <UnitNode key={unit.sscc} unit={unit} all={units} />
      ))}
    </ul>
  );
}

function UnitNode({ unit, all }: { unit: LogisticUnitRow; all: readonly LogisticUnitRow[] }) {
  const children = all.filter((u) => u.parentSscc === unit.sscc);
  return (
    <li className={`unit unit--${unit.status}`}>
      <span className="unit__type">{unit.type}</span> <span className="unit__sscc">{unit.sscc}</span>{' '}
      <span className="unit__status">{unit.status === 'received' ? 'received' : 'expected'}</span>
      {children.length > 0 && (
        <ul>
          {children.map((child) => (
            <UnitNode key={child.sscc} unit={child} all={all} />
          ))}
        </ul>
      )}
    </li>
  );
}
