import type { ElementSize } from './use-element-size';
import type { FrameHits } from './use-decode-loop';
import { outlineInView, svgPoints, type ViewfinderFit } from '../viewfinder-mapping';

/** Green outlines over the labels just read, drawn in the viewfinder's own pixels (see viewfinder-mapping.ts). */
export function HitOverlay(props: {
  hits: FrameHits | null;
  view: ElementSize;
  fit: ViewfinderFit;
  mirrored: boolean;
}) {
  const { hits, view, fit, mirrored } = props;
  if (!hits || view.width === 0 || view.height === 0) return null;
  const geometry = {
    frameWidth: hits.width,
    frameHeight: hits.height,
    viewWidth: view.width,
    viewHeight: view.height,
    fit,
    mirrored,
  };
  return (
    <svg
      className="camera__hits"
      viewBox={`0 0 ${view.width} ${view.height}`}
      width={view.width}
      height={view.height}
      aria-hidden="true"
    >
      {hits.symbols.map((symbol, i) => {
        const outline = outlineInView(symbol.corners, geometry);
        return outline ? (
          <polygon
            key={`${symbol.raw}-${i}`}
            className="camera__hit"
            data-testid="camera-hit"
            points={svgPoints(outline)}
          />
        ) : null;
      })}
    </svg>
  );
}
