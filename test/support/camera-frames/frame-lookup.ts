import type { FrameDefinition } from './frame-set';
import { cameraFrameDefinitions } from './frame-set';

let cache: ReadonlyMap<string, FrameDefinition> | null = null;

/** One frame's definition by id; throws on an unknown id so a renamed frame fails its test loudly. */
export function frameDefinition(id: string): FrameDefinition {
  cache ??= new Map(cameraFrameDefinitions().map((d) => [d.id, d]));
  const found = cache.get(id);
  if (!found) throw new Error(`No camera frame "${id}" in the generated set`);
  return found;
}
