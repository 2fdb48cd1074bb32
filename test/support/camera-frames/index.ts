/**
 * The generated camera frame set (see frame-set.ts for every condition). Pure TypeScript: runs in Node (unit
 * tests, the fake camera's video writer) and in a browser page (the Chromium benchmark).
 *
 *   const frames = cameraFrameDefinitions().map(renderCameraFrame);   // ~65 frames, a few seconds
 *   const one = renderCameraFrame(frameDefinition('gs1-128-sscc-upright'));
 */
export type { CameraFrame, Condition, FrameDefinition } from './frame-set';
export { cameraFrameDefinitions, renderCameraFrame } from './frame-set';
export { frameDefinition } from './frame-lookup';
export { FRAME_HEIGHT, FRAME_WIDTH } from './render';
