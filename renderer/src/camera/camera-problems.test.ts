import { describe, expect, it } from 'vitest';
import { cameraProblemOf, describeCameraProblem, type CameraProblemKind } from './camera-problems';

/** getUserMedia rejects with DOMExceptions; Node has DOMException too, with the same name/message shape. */
const domError = (name: string, message = 'x'): DOMException => new DOMException(message, name);

describe('camera problems', () => {
  it.each([
    ['NotAllowedError', 'permission-denied', 'Camera not allowed'],
    ['SecurityError', 'permission-denied', 'Camera not allowed'],
    ['PermissionDeniedError', 'permission-denied', 'Camera not allowed'],
    ['NotFoundError', 'no-camera', 'No camera found'],
    ['OverconstrainedError', 'no-camera', 'No camera found'],
    ['NotReadableError', 'camera-busy', 'Camera in use'],
    ['AbortError', 'camera-busy', 'Camera in use'],
    ['TrackStartError', 'camera-busy', 'Camera in use'],
  ])('%s is "%s"', (name, kind, title) => {
    const problem = cameraProblemOf(domError(name));
    expect(problem.kind).toBe(kind);
    expect(problem.title).toBe(title);
  });

  it('says what to do, not only what broke', () => {
    expect(cameraProblemOf(domError('NotAllowedError')).detail).toMatch(/camera privacy settings .* press Try again/);
    expect(cameraProblemOf(domError('NotReadableError')).detail).toMatch(/another program/);
    expect(describeCameraProblem('unplugged').detail).toMatch(/unplugged .* Reconnect it and press Try again/);
  });

  it('keeps the browser words for anything unexpected, so IT can look it up', () => {
    const problem = cameraProblemOf(new TypeError('Cannot read properties of undefined'));
    expect(problem.kind).toBe('failed');
    expect(problem.detail).toContain('TypeError: Cannot read properties of undefined');
    expect(cameraProblemOf('weird').detail).toContain('(weird)');
    expect(describeCameraProblem('decoder-failed', 'worker crashed').detail).toContain('(worker crashed)');
  });

  it('has a title and a detail for every kind', () => {
    const kinds: CameraProblemKind[] = [
      'permission-denied',
      'no-camera',
      'camera-busy',
      'unplugged',
      'unavailable',
      'decoder-failed',
      'failed',
    ];
    for (const kind of kinds) {
      const problem = describeCameraProblem(kind);
      expect(problem.kind).toBe(kind);
      expect(problem.title.length).toBeGreaterThan(5);
      expect(problem.detail.length).toBeGreaterThan(30);
    }
  });
});
