import { z } from 'zod';
import { IPC_CHANNELS, type PickedAsnFile, type RuntimeInfo } from '../preload/contract';
import type { ErpPort } from '../renderer/src/domain/erp-port';
import { EventBatchRequestV1, StationRef } from '../renderer/src/domain/receiving-event';
import type { IpcRegistrar } from './ipc';

/**
 * What main answers behind each bridge method (preload/contract.ts). The payload schemas mirror the contract's
 * request types and are strict: a key the contract does not know is a caller that is not our preload.
 */
export const ListAsnsPayload = z.strictObject({
  cursor: z.string().max(1024).nullable(),
  limit: z.number().int().min(1).max(1000),
});

export const PostEventsPayload = z.strictObject({
  stationId: StationRef.shape.stationId,
  batch: EventBatchRequestV1,
});

/** runtimeInfo() and pickAsnFiles() take nothing. */
export const NoPayload = z.undefined();

export interface BridgeServices {
  runtimeInfo(): RuntimeInfo;
  readonly erp: ErpPort;
  /** The file dialog and reading (services/asn-file-picker.ts). */
  pickAsnFiles(): Promise<readonly PickedAsnFile[]>;
}

type ChannelKey = keyof typeof IPC_CHANNELS;

/**
 * Registers every channel of IPC_CHANNELS. The record is keyed by the contract's channel keys, so adding a
 * channel to the contract without a handler here fails to compile.
 */
export function registerBridgeHandlers(registrar: IpcRegistrar, services: BridgeServices): void {
  const registrations: Record<ChannelKey, () => void> = {
    runtimeInfo: () => {
      registrar.register(IPC_CHANNELS.runtimeInfo, NoPayload, () => services.runtimeInfo());
    },
    erpListAsns: () => {
      registrar.register(IPC_CHANNELS.erpListAsns, ListAsnsPayload, (request) => services.erp.listAsns(request));
    },
    erpPostEvents: () => {
      registrar.register(IPC_CHANNELS.erpPostEvents, PostEventsPayload, (request) => services.erp.postEvents(request));
    },
    pickAsnFiles: () => {
      registrar.register(IPC_CHANNELS.pickAsnFiles, NoPayload, () => services.pickAsnFiles());
    },
  };
  for (const register of Object.values(registrations)) register();
}
