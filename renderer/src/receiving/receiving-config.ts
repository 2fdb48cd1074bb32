import type { DocksideDb } from '../db/schema';
import type { InspectionRule } from '../domain/receiving/inspection-rules';
import type { PutawayConfig } from '../domain/receiving/putaway-rules';
import { EXACT_ONLY, type ToleranceRule } from '../domain/receiving/tolerances';
import type { AuditDeps } from './audit-commands';
import { DEFAULT_PUTAWAY } from './dock-commands';

/**
 * How this station receives (issue 5 §3–5): tolerances per supplier and item, inspection rules, putaway zones.
 * Kept in `meta` so IT can set it centrally with the station's configuration; a station without one receives
 * with exact quantities (any difference needs a supervisor), no sampling, stock to zone A and quarantine to Q.
 */
export interface ReceivingConfig {
  readonly tolerances: readonly ToleranceRule[];
  readonly stationTolerance: ToleranceRule;
  readonly inspectionRules: readonly InspectionRule[];
  readonly putaway: PutawayConfig;
}

const CONFIG_KEY = 'receiving.config';

export const DEFAULT_RECEIVING_CONFIG: ReceivingConfig = {
  tolerances: [],
  stationTolerance: EXACT_ONLY,
  inspectionRules: [],
  putaway: DEFAULT_PUTAWAY,
};

export async function loadReceivingConfig(db: DocksideDb): Promise<ReceivingConfig> {
  const stored = (await db.meta.get(CONFIG_KEY))?.value as Partial<ReceivingConfig> | undefined;
  return { ...DEFAULT_RECEIVING_CONFIG, ...stored };
}

export async function saveReceivingConfig(db: DocksideDb, config: ReceivingConfig): Promise<void> {
  await db.meta.put({ key: CONFIG_KEY, value: config });
}

/** The commands' dependencies for this station, with its configuration. */
export function dockDepsOf(db: DocksideDb, station: AuditDeps['station'], config: ReceivingConfig): AuditDeps {
  return {
    db,
    station,
    putaway: config.putaway,
    inspectionRules: config.inspectionRules,
    tolerances: config.tolerances,
    stationTolerance: config.stationTolerance,
  };
}
