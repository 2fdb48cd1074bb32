import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import type { IpcChannel } from '../preload/contract';
import type { IpcSenderFacts, SenderVerdict } from './policy/ipc-sender';

/**
 * The one door into main from the renderer (ARCHITECTURE.md, "Boundaries", rule 3). Every invocation goes
 * through the same three steps, in this order, before any handler runs:
 *
 * 1. the sender: the sending frame must be the window's main frame at the app origin (Electron security
 *    checklist, item 17; the decision itself is main/policy/ipc-sender.ts);
 * 2. the arguments: at most one, the payload; extra arguments mean a caller that is not our preload;
 * 3. the payload: parsed with the channel's zod schema; the handler receives the parsed value, so unknown keys
 *    are dropped and types are what the schema says.
 *
 * A refusal throws an Error (ipcRenderer.invoke rejects with its message) and writes one log line naming the
 * channel and reason, never the payload, which may carry operator data.
 */
export type SenderPolicy = (facts: IpcSenderFacts) => SenderVerdict;

type InvokeEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

export interface IpcRegistrar {
  register<S extends z.ZodType>(channel: IpcChannel, schema: S, handler: (payload: z.output<S>) => unknown): void;
  /** Removes every handler this registrar added (tests, and a clean shutdown). */
  dispose(): void;
}

export interface IpcRegistrarOptions {
  readonly log?: (line: string) => void;
}

export function createIpcRegistrar(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  policy: SenderPolicy,
  options: IpcRegistrarOptions = {},
): IpcRegistrar {
  const log =
    options.log ??
    ((line: string) => {
      console.warn(line);
    });
  const channels = new Set<IpcChannel>();

  const refuse = (channel: IpcChannel, reason: string): never => {
    log(`[dockside:ipc] refused ${channel}: ${reason}`);
    throw new Error(`Dockside refused ${channel}: ${reason}`);
  };

  return {
    register(channel, schema, handler) {
      if (channels.has(channel)) throw new Error(`IPC channel ${channel} is already registered`);
      channels.add(channel);
      ipcMain.handle(channel, async (event: InvokeEvent, ...args: unknown[]) => {
        const verdict = policy(senderFacts(event));
        if (!verdict.ok) return refuse(channel, verdict.reason);
        if (args.length > 1) return refuse(channel, `expected at most one argument, got ${args.length}`);
        const parsed = schema.safeParse(args[0]);
        if (!parsed.success) return refuse(channel, `invalid payload (${describeIssue(parsed.error)})`);
        try {
          return await handler(parsed.data);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          log(`[dockside:ipc] ${channel} failed: ${message}`);
          throw new Error(`Dockside ${channel} failed: ${message}`, { cause: error });
        }
      });
    },
    dispose() {
      for (const channel of channels) ipcMain.removeHandler(channel);
      channels.clear();
    },
  };
}

/**
 * Electron's event as plain facts. `senderFrame` is null once the frame navigated or was destroyed, and
 * reading a disposed frame or webContents throws: both count as "no frame" (Electron docs, IpcMainInvokeEvent
 * and WebFrameMain).
 */
export function senderFacts(event: InvokeEvent): IpcSenderFacts {
  try {
    const frame = event.senderFrame;
    if (frame === null) return { frame: null };
    return { frame: { url: frame.url, isMainFrame: frame === event.sender.mainFrame } };
  } catch {
    return { frame: null };
  }
}

function describeIssue(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'unreadable';
  const where = first.path.length > 0 ? first.path.join('.') : '(payload)';
  const more = error.issues.length > 1 ? ` and ${error.issues.length - 1} more` : '';
  return `${where}: ${first.message}${more}`;
}
