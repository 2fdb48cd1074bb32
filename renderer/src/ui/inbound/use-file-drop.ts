import { useState, type DragEvent } from 'react';

/**
 * Drag and drop of files anywhere on the dock screen (issue 4, item 4). Only drags that carry files count, so
 * dragging text or a link does nothing. `dragenter`/`dragleave` fire for every child the pointer crosses; a
 * depth counter tells the real leave from crossing into a child.
 */
export interface FileDrop {
  readonly dragging: boolean;
  readonly handlers: {
    onDragEnter(event: DragEvent): void;
    onDragOver(event: DragEvent): void;
    onDragLeave(event: DragEvent): void;
    onDrop(event: DragEvent): void;
  };
}

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer.types.includes('Files');

export function useFileDrop(onFiles: (files: readonly File[]) => void): FileDrop {
  const [depth, setDepth] = useState(0);
  return {
    dragging: depth > 0,
    handlers: {
      onDragEnter(event) {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setDepth((d) => d + 1);
      },
      onDragOver(event) {
        if (!carriesFiles(event)) return;
        // Without preventDefault the browser refuses the drop (HTML, "drag-and-drop processing model").
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      },
      onDragLeave(event) {
        if (!carriesFiles(event)) return;
        setDepth((d) => Math.max(0, d - 1));
      },
      onDrop(event) {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setDepth(0);
        const files = [...event.dataTransfer.files];
        if (files.length > 0) onFiles(files);
      },
    },
  };
}
