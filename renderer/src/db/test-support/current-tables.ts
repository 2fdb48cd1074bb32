/** Every table of the current schema, sorted: what an upgraded station must end up with (upgrade tests). */
export const CURRENT_TABLES = [
  'asns',
  'discrepancies',
  'expectedUnits',
  'journal',
  'machines',
  'meta',
  'photos',
  'receipts',
  'revisions',
  'unitStates',
];
