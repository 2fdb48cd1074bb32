import { isAppUrl } from './app-origin';
import { redactUrl } from './redact-url';

/**
 * Who may call main over IPC: the app's main frame and nothing else (Electron security checklist, item 17
 * "Validate the sender of all IPC messages"). Any frame of the window can reach ipcRenderer if a preload
 * leaks it, and a frame that navigated away keeps its process, so the check looks at the sending frame's
 * current URL and position, not at the window.
 *
 * Electron's facts as plain data: `frame` is `event.senderFrame` (null once the frame navigated or was
 * destroyed), `isMainFrame` is `senderFrame === event.sender.mainFrame`.
 */
export interface IpcSenderFacts {
  readonly frame: { readonly url: string; readonly isMainFrame: boolean } | null;
}

export type SenderVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export function checkIpcSender(facts: IpcSenderFacts): SenderVerdict {
  const { frame } = facts;
  if (frame === null) return { ok: false, reason: 'the sending frame is gone (navigated or destroyed)' };
  if (!frame.isMainFrame) return { ok: false, reason: 'the sender is a subframe, not the main frame' };
  if (!isAppUrl(frame.url)) return { ok: false, reason: `the sender is not the app origin (${redactUrl(frame.url)})` };
  return { ok: true };
}
