import type { DocksideDb } from '../schema';

/** Every row of every table, for "nothing changed" assertions. */
export async function snapshot(db: DocksideDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}
