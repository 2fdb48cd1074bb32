import type { Session, WebContents } from 'electron';
import { allowNavigation, type WindowOpenDecision } from './policy/navigation';
import { allowPermissionCheck, allowPermissionRequest } from './policy/permissions';
import { redactUrl as redact } from './policy/redact-url';

/**
 * Wires Electron's events to the pure policies in main/policy. Installed on every webContents as it is created
 * (`app.on('web-contents-created')`), so a window, a DevTools page or anything a future feature opens is
 * covered without remembering to call this (Electron security checklist, items 5, 12, 13, 14).
 */
export interface GuardOptions {
  readonly windowOpen: (url: string) => WindowOpenDecision;
  /** shell.openExternal; only ever given https URLs the allow-list accepted. */
  readonly openExternal: (url: string) => Promise<void>;
  readonly log: (line: string) => void;
}

type NavigationEvent = { readonly url: string; preventDefault(): void };

export function guardWebContents(contents: WebContents, options: GuardOptions): void {
  const deny = (kind: string) => (event: NavigationEvent) => {
    if (allowNavigation(event.url)) return;
    event.preventDefault();
    options.log(`[dockside:guard] blocked ${kind} to ${redact(event.url)}`);
  };
  // will-navigate: the main frame; will-frame-navigate: every frame, including subframes; will-redirect:
  // server redirects, which will-navigate does not see (Electron docs, webContents events).
  contents.on('will-navigate', deny('navigation'));
  contents.on('will-frame-navigate', deny('frame navigation'));
  contents.on('will-redirect', deny('redirect'));

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    options.log('[dockside:guard] blocked a <webview>');
  });

  contents.setWindowOpenHandler(({ url }) => {
    const decision = options.windowOpen(url);
    if (decision.openExternally === null) {
      options.log(`[dockside:guard] blocked window.open of ${redact(url)}`);
    } else {
      options.openExternal(decision.openExternally).catch((error: unknown) => {
        options.log(`[dockside:guard] could not open ${redact(url)} in the browser: ${String(error)}`);
      });
    }
    return { action: decision.action };
  });
}

/**
 * Permission handlers for a session. Both are needed: the request handler answers prompts, the check handler
 * answers synchronous queries; without the latter Electron says yes to every check (Electron docs,
 * session.setPermissionCheckHandler). Device permissions (HID, USB, serial) are refused outright.
 */
export function guardSession(session: Session, log: (line: string) => void): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const granted = allowPermissionRequest({
      permission,
      isMainFrame: details.isMainFrame,
      requestingUrl: details.requestingUrl,
      mediaTypes: 'mediaTypes' in details ? details.mediaTypes : undefined,
      securityOrigin: 'securityOrigin' in details ? details.securityOrigin : undefined,
    });
    if (!granted) log(`[dockside:guard] denied permission ${permission} to ${redact(details.requestingUrl)}`);
    callback(granted);
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    allowPermissionCheck({
      permission,
      requestingOrigin,
      isMainFrame: details.isMainFrame,
      mediaType: details.mediaType,
      securityOrigin: details.securityOrigin,
      embeddingOrigin: details.embeddingOrigin,
      requestingUrl: details.requestingUrl,
    }),
  );
  session.setDevicePermissionHandler(() => false);
}
