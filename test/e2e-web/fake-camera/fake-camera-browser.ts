import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../chromium';

/**
 * Chromium with its fake camera (media/capture/video/file_video_capture_device.cc): the y4m file becomes the
 * only video input and plays in a loop. `--use-fake-ui-for-media-stream` answers the permission prompt with
 * "allow"; without it a headless browser has nobody to ask and getUserMedia is refused, as a worker who
 * clicked "Block" would see. Launched per test because the video is made for that test's pallet.
 */
export interface FakeCameraOptions {
  /** The y4m the camera shows; none: no camera device at all. */
  readonly video: string | null;
  /** Grant the camera (true) or leave the prompt unanswered, which headless Chromium refuses (false). */
  readonly allow: boolean;
}

export async function launchWithFakeCamera(options: FakeCameraOptions): Promise<Browser> {
  const args = [...CHROMIUM_ARGS];
  if (options.video !== null) {
    args.push('--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${options.video}`);
  }
  if (options.allow) args.push('--use-fake-ui-for-media-stream');
  return chromium.launch({ executablePath: chromiumExecutable(), args, headless: true });
}

/**
 * Records, without changing them, every getUserMedia request and stream the page gets, so a test can see
 * which camera the station asked for and check that it stopped every track.
 */
export async function recordCameraRequests(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const media = navigator.mediaDevices as MediaDevices | undefined;
    if (!media) return;
    const seen = { requests: [] as string[], streams: [] as MediaStream[] };
    Object.assign(window, { __camera: seen });
    const original = media.getUserMedia.bind(media);
    media.getUserMedia = async (constraints?: MediaStreamConstraints) => {
      seen.requests.push(JSON.stringify(constraints ?? {}));
      const stream = await original(constraints);
      seen.streams.push(stream);
      return stream;
    };
  });
}

interface CameraRecord {
  readonly requests: readonly string[];
  readonly streams: readonly MediaStream[];
}

/** The getUserMedia requests so far, parsed. */
export async function cameraRequests(page: Page): Promise<MediaStreamConstraints[]> {
  const requests = await page.evaluate(() => (window as unknown as { __camera: CameraRecord }).__camera.requests);
  return requests.map((r) => JSON.parse(r) as MediaStreamConstraints);
}

/** How many camera tracks the page opened, and how many of them are still running. */
export async function cameraTracks(page: Page): Promise<{ opened: number; live: number }> {
  return page.evaluate(() => {
    const tracks = (window as unknown as { __camera: CameraRecord }).__camera.streams.flatMap((s) => s.getTracks());
    return { opened: tracks.length, live: tracks.filter((t) => t.readyState === 'live').length };
  });
}

/** What the station keeps under `key` in its IndexedDB `meta` table (renderer/src/db/schema.ts). */
export async function readStationMeta(page: Page, key: string): Promise<unknown> {
  return page.evaluate(async (metaKey) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('dockside');
      open.onsuccess = () => {
        resolve(open.result);
      };
      open.onerror = () => {
        reject(open.error ?? new Error('indexedDB.open failed'));
      };
    });
    try {
      return await new Promise<unknown>((resolve, reject) => {
        const get = db.transaction('meta').objectStore('meta').get(metaKey);
        get.onsuccess = () => {
          resolve((get.result as { value?: unknown } | undefined)?.value);
        };
        get.onerror = () => {
          reject(get.error ?? new Error('meta get failed'));
        };
      });
    } finally {
      db.close();
    }
  }, key);
}

/** Puts a value in the station's `meta` table, as the station itself would have saved it. */
export async function writeStationMeta(page: Page, key: string, value: unknown): Promise<void> {
  await page.evaluate(
    async ([metaKey, metaValue]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('dockside');
        open.onsuccess = () => {
          resolve(open.result);
        };
        open.onerror = () => {
          reject(open.error ?? new Error('indexedDB.open failed'));
        };
      });
      try {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction('meta', 'readwrite');
          tx.objectStore('meta').put({ key: metaKey, value: metaValue });
          tx.oncomplete = () => {
            resolve();
          };
          tx.onerror = () => {
            reject(tx.error ?? new Error('meta put failed'));
          };
        });
      } finally {
        db.close();
      }
    },
    [key, value] as const,
  );
}
