/**
 * Persisting and driving the receiving machines as deciders (issue 5, ARCHITECTURE.md "xstate v5").
 *
 * The app handles every dock command the same way:
 *   1. read the unit's (or session's) `PersistedMachine` row,
 *   2. `runCommand(...)`: restore the actor, send the command's event (or the few events one dock command makes
 *      for this machine, sharing its `meta`), collect what it recorded and announced,
 *   3. write the facts as journal events, the projections and `result.persisted` in ONE Dexie transaction,
 *   4. play `result.announcements` (sound, colour, live region) once the transaction has committed.
 * Nothing here touches storage, so the same code runs in tests, in the app and in a replay tool.
 *
 * Exactly once: the envelope keeps the last applied `commandId` beside the snapshot, written in the same
 * transaction. A command re-sent after a crash (the UI never saw the commit) is answered `already-applied`
 * and records nothing, instead of being decided again in the new state (where a receipt scan would become a
 * duplicate-scan discrepancy).
 */
import {
  createActor,
  type Actor,
  type AnyStateMachine,
  type EventFromLogic,
  type InputFrom,
  type Snapshot,
  type SnapshotFrom,
} from 'xstate';
import type {
  Announcement,
  AnnounceParams,
  CommandMeta,
  ReceivingFact,
  RecordParams,
  RequestSupervisorParams,
  SupervisorRequest,
} from './receiving-types';

/**
 * The schema version of each machine's persisted snapshot. Bump it whenever a state is renamed or removed, or
 * the context changes shape, and add a migration before restoring older rows: xstate restores whatever it is
 * given, so an old snapshot in a new machine would resume in a state that no longer exists.
 */
export const MACHINE_SCHEMA_VERSIONS = {
  receiptSession: 1,
  logisticUnit: 1,
  auditCount: 1,
  quarantineDisposition: 1,
} as const satisfies Record<string, number>;

export type MachineName = keyof typeof MACHINE_SCHEMA_VERSIONS;

export interface PersistedMachine {
  readonly machine: MachineName;
  readonly schemaVersion: number;
  /** `actor.getPersistedSnapshot()`: plain JSON (the machines keep no Dates, functions or class instances). */
  readonly snapshot: unknown;
  /** The last command applied to this actor; a repeat of it is refused. Null before the first command. */
  readonly lastCommandId: string | null;
}

/** A stored row that cannot be restored into this build's machine. The message says what to do. */
export class MachineRestoreError extends Error {
  override readonly name = 'MachineRestoreError';
}

/** A machine failed while deciding a command (a guard or effect threw): nothing of it may be written. */
export class MachineCommandError extends Error {
  override readonly name = 'MachineCommandError';
}

export function persistActor(name: MachineName, actor: Actor<AnyStateMachine>, lastCommandId: string | null) {
  const record: PersistedMachine = {
    machine: name,
    schemaVersion: MACHINE_SCHEMA_VERSIONS[name],
    snapshot: actor.getPersistedSnapshot(),
    lastCommandId,
  };
  return record;
}

/** Checks the envelope before xstate sees the snapshot: a wrong machine or an unknown version is refused. */
export function assertRestorable(name: MachineName, record: PersistedMachine): void {
  if (record.machine !== name) {
    throw new MachineRestoreError(`Stored snapshot belongs to machine "${record.machine}", not "${name}".`);
  }
  const expected = MACHINE_SCHEMA_VERSIONS[name];
  if (record.schemaVersion !== expected) {
    throw new MachineRestoreError(
      `Stored ${name} snapshot has schemaVersion ${record.schemaVersion}; this build reads ${expected} only. ` +
        'Migrate the row (or finish the receipt on the build that wrote it) before restoring.',
    );
  }
  if (typeof record.snapshot !== 'object' || record.snapshot === null) {
    throw new MachineRestoreError(`Stored ${name} snapshot is empty or not an object.`);
  }
}

/** Restores an actor (not started) from its stored row; the caller provides effects and starts it. */
export function restoreActor<TMachine extends AnyStateMachine>(
  name: MachineName,
  machine: TMachine,
  record: PersistedMachine,
): Actor<TMachine> {
  assertRestorable(name, record);
  // The generic machine type hides which createActor options it requires; a restore needs the snapshot only.
  return createActor(machine as AnyStateMachine, { snapshot: record.snapshot as Snapshot<unknown> }) as Actor<TMachine>;
}

/** What one command made a machine do, collected through its named effects. */
export interface CollectedEffects {
  readonly facts: ReceivingFact[];
  readonly announcements: Announcement[];
  readonly supervisorRequests: SupervisorRequest[];
}

/**
 * Implementations of the three named effects that only collect. The app uses them too: it must not write inside
 * an xstate action (actions run synchronously, a Dexie write does not), it writes what was collected afterwards.
 */
export function collectEffects() {
  const effects: CollectedEffects = { facts: [], announcements: [], supervisorRequests: [] };
  const actions = {
    record: (_: unknown, params: RecordParams) => {
      effects.facts.push(...params.facts);
    },
    announce: (_: unknown, params: AnnounceParams) => {
      effects.announcements.push(params);
    },
    requestSupervisor: (_: unknown, params: RequestSupervisorParams) => {
      effects.supervisorRequests.push(params);
    },
  };
  return { effects, actions };
}

export type CommandResult<TMachine extends AnyStateMachine> =
  | (CollectedEffects & {
      readonly kind: 'applied';
      readonly persisted: PersistedMachine;
      readonly snapshot: SnapshotFrom<TMachine>;
    })
  | { readonly kind: 'already-applied'; readonly persisted: PersistedMachine };

export interface RunCommandOptions<TMachine extends AnyStateMachine> {
  readonly name: MachineName;
  readonly machine: TMachine;
  /** The stored row, or null for a machine that has not run yet (then `input` is required). */
  readonly stored: PersistedMachine | null;
  readonly input?: InputFrom<TMachine>;
  /**
   * The command's event, or several for the same machine when one dock command touches it more than once (a scan
   * that both tallies a unit and notes a discrepancy on the session). All carry the command's `meta`.
   */
  readonly event: CommandEvent<TMachine> | readonly [CommandEvent<TMachine>, ...CommandEvent<TMachine>[]];
}

type CommandEvent<TMachine extends AnyStateMachine> = EventFromLogic<TMachine> & { readonly meta: CommandMeta };

/**
 * Restore, send one event, collect, persist. Pure apart from the collectors: the same stored row and event always
 * give the same facts, announcements and new row.
 */
export function runCommand<TMachine extends AnyStateMachine>(
  options: RunCommandOptions<TMachine>,
): CommandResult<TMachine> {
  const { name, stored } = options;
  // EventFromLogic of a generic machine is `any`; type and meta are what every receiving command carries.
  const events = (Array.isArray(options.event) ? options.event : [options.event]) as readonly {
    readonly type: string;
    readonly meta: CommandMeta;
  }[];
  const commandId = events[0]?.meta.commandId ?? '';
  if (events.some((e) => e.meta.commandId !== commandId)) {
    throw new MachineCommandError(`All events of one ${name} command must carry the same commandId.`);
  }
  if (stored !== null && stored.lastCommandId === commandId) {
    return { kind: 'already-applied', persisted: stored };
  }
  const runner = runnerFor(options.machine);
  const machine = runner.provided as TMachine;
  let actor: Actor<TMachine>;
  if (stored === null) {
    if (options.input === undefined) throw new MachineRestoreError(`A new ${name} actor needs its input.`);
    actor = createActor(machine, { input: options.input });
  } else {
    actor = restoreActor(name, machine, stored);
  }
  // Observing errors keeps xstate from rethrowing them asynchronously; they surface below, synchronously.
  const subscription = actor.subscribe({ error: () => undefined });
  const effects: CollectedEffects = { facts: [], announcements: [], supervisorRequests: [] };
  runner.sink.current = effects;
  try {
    actor.start();
    // A row whose state no longer exists (a machine changed without a schemaVersion bump) fails here, not later.
    const restored = actor.getSnapshot() as Snapshot<unknown>;
    if (restored.status === 'error') {
      throw new MachineRestoreError(`Stored ${name} snapshot does not fit this machine: ${String(restored.error)}`);
    }
    for (const event of events) {
      actor.send(event as EventFromLogic<TMachine>);
      const generic = actor.getSnapshot() as Snapshot<unknown>;
      if (generic.status === 'error') {
        throw new MachineCommandError(`${name} failed on ${event.type}: ${String(generic.error)}`);
      }
    }
    const snapshot = actor.getSnapshot();
    return { kind: 'applied', ...effects, persisted: persistActor(name, actor, commandId), snapshot };
  } finally {
    subscription.unsubscribe();
    actor.stop();
    runner.sink.current = null;
  }
}

/**
 * One provided copy per machine, made once: `provide` rebuilds the machine's state tree (about 0.2 ms here), too
 * much to pay on every scan. Its effects write into `sink`, which `runCommand` points at a fresh collection for
 * the duration of one synchronous command (xstate runs actions synchronously inside `send`).
 */
interface Runner {
  readonly provided: AnyStateMachine;
  readonly sink: { current: CollectedEffects | null };
}
const runners = new WeakMap<AnyStateMachine, Runner>();

function runnerFor(machine: AnyStateMachine): Runner {
  const known = runners.get(machine);
  if (known) return known;
  const sink: Runner['sink'] = { current: null };
  const into = (): CollectedEffects => {
    if (sink.current === null) throw new Error('A receiving effect ran outside runCommand.');
    return sink.current;
  };
  const runner: Runner = {
    // `provide` is typed per machine; the three effects have the same shape in every receiving machine.
    provided: machine.provide({
      actions: {
        record: (_: unknown, params: RecordParams) => {
          into().facts.push(...params.facts);
        },
        announce: (_: unknown, params: AnnounceParams) => {
          into().announcements.push(params);
        },
        requestSupervisor: (_: unknown, params: RequestSupervisorParams) => {
          into().supervisorRequests.push(params);
        },
      },
    }),
    sink,
  };
  runners.set(machine, runner);
  return runner;
}
