import { useLiveQuery } from 'dexie-react-hooks';
import { ofAsn } from '../../db/asn-rows';
import type { DocksideDb, UnitRow } from '../../db/schema';

/** An ASN's logistic units as a tree: pallets with their cartons, loose cartons last. */
export function AsnUnits({ db, asnId }: { db: DocksideDb; asnId: string }) {
  const units = useLiveQuery(() => {
    const [from, to] = ofAsn(asnId);
    return db.units.where(':id').between(from, to, true, true).toArray();
  }, [db, asnId]);
  if (!units) return null;
  const roots = units.filter((u) => u.parentUnitId === null || !units.some((p) => p.unitId === u.parentUnitId));
  return (
    <ul className="units" aria-label={`Units on ${asnId}`}>
      {roots.map((unit) => (
        <UnitNode key={unit.unitId} unit={unit} all={units} />
      ))}
    </ul>
  );
}

function UnitNode({ unit, all }: { unit: UnitRow; all: readonly UnitRow[] }) {
  const children = all.filter((u) => u.parentUnitId === unit.unitId);
  return (
    <li className={`unit unit--${unit.status}`}>
      <span className="unit__type">{unit.kind}</span>{' '}
      <span className="unit__sscc">{unit.sscc ?? `no SSCC (${unit.unitId})`}</span>{' '}
      <span className="unit__status">{unit.status === 'received' ? 'received' : 'expected'}</span>
      {unit.removedInVersion !== null && <span className="unit__removed"> removed from the ASN</span>}
      {children.length > 0 && (
        <ul>
          {children.map((child) => (
            <UnitNode key={child.unitId} unit={child} all={all} />
          ))}
        </ul>
      )}
    </li>
  );
}
