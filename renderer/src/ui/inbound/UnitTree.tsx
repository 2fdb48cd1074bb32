import { useState } from 'react';
import type { AsnLine } from '../../domain/asn/canonical-asn';
import { itemLabel, plural, type UnitNode } from './hierarchy';

/**
 * Pallets → cartons → lines. A small ASN opens whole; a large one (a 100,000-line ASN has thousands of cartons)
 * opens with its units closed, and a unit's contents are rendered only once it is opened, so opening the ASN
 * stays instant. Each unit is a native <details>, so Enter/Space opens it from the keyboard.
 */
export function UnitTree({ asnId, roots, large }: { asnId: string; roots: readonly UnitNode[]; large: boolean }) {
  if (roots.length === 0) return null;
  return (
    <ul className="units" aria-label={`Units on ${asnId}`} data-testid="asn-hierarchy">
      {roots.map((node) => (
        <UnitItem key={node.unit.unitId} node={node} startOpen={!large} />
      ))}
    </ul>
  );
}

function UnitItem({ node, startOpen }: { node: UnitNode; startOpen: boolean }) {
  const [open, setOpen] = useState(startOpen);
  const { unit } = node;
  const hasContents = node.children.length > 0 || node.lines.length > 0;
  const head = (
    <>
      <span className="unit__type">{unit.kind}</span>{' '}
      <span className="unit__sscc">{unit.sscc ?? `no SSCC (${unit.unitId})`}</span>{' '}
      <span className="unit__status">{unit.status === 'received' ? 'received' : 'expected'}</span>
      {unit.removedInVersion !== null && (
        <span className="unit__removed"> · removed from the ASN in v{unit.removedInVersion}, kept: received here</span>
      )}
      {!open && hasContents && (
        <span className="unit__contents">
          {' '}
          · {node.children.length > 0 && plural(node.children.length, 'unit')}
          {node.children.length > 0 && node.lines.length > 0 && ', '}
          {node.lines.length > 0 && plural(node.lines.length, 'line')}
        </span>
      )}
      {node.warnings.map((w, i) => (
        <span key={i} className="unit__warning" data-testid="unit-warning">
          ⚠ {w.message}
        </span>
      ))}
    </>
  );
  return (
    <li className={`unit unit--${unit.status}`} data-sscc={unit.sscc}>
      {hasContents ? (
        <details
          open={open}
          onToggle={(e) => {
            setOpen(e.currentTarget.open);
          }}
        >
          <summary>{head}</summary>
          {open && node.lines.length > 0 && <LineList lines={node.lines} />}
          {open && node.children.length > 0 && (
            <ul>
              {node.children.map((child) => (
                <UnitItem key={child.unit.unitId} node={child} startOpen={startOpen} />
              ))}
            </ul>
          )}
        </details>
      ) : (
        <div className="unit__leaf">{head}</div>
      )}
    </li>
  );
}

/** Item id, quantity with its unit, lot and expiry: what the receiver checks against the carton. */
export function LineList({ lines }: { lines: readonly AsnLine[] }) {
  return (
    <table className="lines">
      <thead>
        <tr>
          <th scope="col">Line</th>
          <th scope="col">Item</th>
          <th scope="col">Qty</th>
          <th scope="col">Lot</th>
          <th scope="col">Expiry</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.lineId} data-testid="asn-line">
            <td>{line.lineId}</td>
            <td>
              {itemLabel(line)}
              {line.description && <span className="lines__desc"> {line.description}</span>}
            </td>
            <td className="lines__qty">
              {line.quantity} {line.uom}
            </td>
            <td className="lines__nowrap">{line.lot ?? '—'}</td>
            <td className="lines__nowrap">{line.expiry ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
