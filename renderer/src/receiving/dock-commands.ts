/**
 * The dock's commands (issue 5), one file each: arrival and seal approval, receiving a scanned unit, putaway,
 * undo, close (and audit-commands.ts, inspection-commands.ts). Each runs the receiving machines as deciders
 * (machines/persistence.ts) and writes their facts as journal events, the projections and the machine snapshots
 * in ONE strict transaction (dock-core.ts). Importers use this one path.
 */
export * from './arrival';
export * from './close';
export * from './dock-core';
export * from './putaway';
export * from './receive-scan';
export * from './undo';
