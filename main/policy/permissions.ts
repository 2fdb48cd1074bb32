import { isAppOrigin, isAppUrl } from './app-origin';

/**
 * Which web permissions the station gets: the camera, for scanning labels, and nothing else (Electron
 * security checklist, item 5 "Handle session permission requests from remote content"). Electron grants every
 * permission by default, so both handlers must be installed: `setPermissionRequestHandler` answers prompts
 * (getUserMedia), `setPermissionCheckHandler` answers synchronous checks (enumerateDevices labels,
 * navigator.permissions.query).
 *
 * The facts are plain data copied from Electron's handler arguments, so the decision is testable without it.
 */
export interface PermissionRequestFacts {
  readonly permission: string;
  readonly isMainFrame: boolean;
  /** The last URL the requesting frame loaded. */
  readonly requestingUrl: string;
  /** For `media`: which devices (`video`, `audio`). */
  readonly mediaTypes?: readonly string[] | undefined;
  /** For `media`: the security origin of the request. */
  readonly securityOrigin?: string | undefined;
}

export interface PermissionCheckFacts {
  readonly permission: string;
  readonly requestingOrigin: string;
  readonly isMainFrame: boolean;
  /** For `media`: `video`, `audio` or `unknown`. */
  readonly mediaType?: string | undefined;
  readonly securityOrigin?: string | undefined;
  /** Set only for cross-origin subframes: its presence alone means "not ours". */
  readonly embeddingOrigin?: string | undefined;
  readonly requestingUrl?: string | undefined;
}

/** getUserMedia({ video }) from the app's main frame; audio capture, other origins and subframes are refused. */
export function allowPermissionRequest(facts: PermissionRequestFacts): boolean {
  if (facts.permission !== 'media' || !facts.isMainFrame || !isAppUrl(facts.requestingUrl)) return false;
  if (facts.securityOrigin !== undefined && !isAppOrigin(facts.securityOrigin)) return false;
  const types = facts.mediaTypes ?? [];
  return types.length > 0 && types.every((type) => type === 'video');
}

export function allowPermissionCheck(facts: PermissionCheckFacts): boolean {
  if (facts.permission !== 'media' || !facts.isMainFrame || facts.mediaType !== 'video') return false;
  if (facts.embeddingOrigin !== undefined || !isAppOrigin(facts.requestingOrigin)) return false;
  if (facts.securityOrigin !== undefined && !isAppOrigin(facts.securityOrigin)) return false;
  return facts.requestingUrl === undefined || isAppUrl(facts.requestingUrl);
}
