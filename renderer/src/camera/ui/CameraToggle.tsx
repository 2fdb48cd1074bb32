import './camera.css';

/**
 * Opens and closes the camera scanner. A real button, so Enter and Space work from the keyboard (the
 * keyboard wedge lets a lone Enter or Space through, see wedge-burst.ts) and screen readers hear its state.
 */
export function CameraToggle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  return (
    <button
      type="button"
      className="camera-toggle"
      aria-pressed={open}
      aria-controls={open ? 'camera-panel' : undefined}
      onClick={onToggle}
    >
      Camera
    </button>
  );
}
