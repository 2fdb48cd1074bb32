import { useEffect, useState } from 'react';
import { TEST_LABEL_HRI } from '../../scanner/test-label';
import { renderTestLabelSvgs, svgDataUrl, type TestLabelSvgs } from './test-label-svg';

type Symbols =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly svgs: TestLabelSvgs }
  | {
      readonly state: 'failed';
      readonly message: string;
    };

/**
 * Step 1's print view: the test label as GS1-128 and GS1 DataMatrix with the human-readable text, on a white
 * sheet. Print CSS (scanner-setup.css) prints only the sheet, black on white, whatever the screen theme.
 */
export function TestLabelSheet({ onBack }: { onBack: () => void }) {
  const [symbols, setSymbols] = useState<Symbols>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    renderTestLabelSvgs().then(
      (svgs) => {
        if (live) setSymbols({ state: 'ready', svgs });
      },
      (error: unknown) => {
        if (live) setSymbols({ state: 'failed', message: String(error) });
      },
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <section className="label-print" aria-labelledby="label-print-title" data-testid="label-print">
      <div className="label-print__bar no-print">
        <h2 id="label-print-title">Test label</h2>
        <p>Print it at 100% scale on plain paper (A4 or Letter), then scan it on the setup screen.</p>
        <button
          type="button"
          className="primary"
          disabled={symbols.state !== 'ready'}
          onClick={() => {
            window.print();
          }}
        >
          Print
        </button>
        <button type="button" onClick={onBack}>
          Back to scanner setup
        </button>
      </div>
      {symbols.state === 'failed' && <p role="alert">The label could not be drawn: {symbols.message}</p>}
      <article className="label-sheet" aria-label="Printable test label">
        <h1 className="label-sheet__title">Dockside scanner test label</h1>
        <p className="label-sheet__note">
          For setting up keyboard-wedge scanners only. Not a product: GTIN 09506000134352 is GS1&apos;s example number.
        </p>
        <figure className="label-sheet__symbol">
          {symbols.state === 'ready' ? (
            <img
              className="label-sheet__gs1-128"
              src={svgDataUrl(symbols.svgs.gs1128)}
              alt={`GS1-128 barcode ${TEST_LABEL_HRI}`}
            />
          ) : (
            <div className="label-sheet__placeholder">Drawing the barcode…</div>
          )}
          <figcaption>
            <span className="label-sheet__hri">{TEST_LABEL_HRI}</span>
            <span className="label-sheet__kind">GS1-128</span>
          </figcaption>
        </figure>
        <figure className="label-sheet__symbol label-sheet__symbol--matrix">
          {symbols.state === 'ready' && (
            <img
              className="label-sheet__datamatrix"
              src={svgDataUrl(symbols.svgs.dataMatrix)}
              alt={`GS1 DataMatrix ${TEST_LABEL_HRI}`}
            />
          )}
          <figcaption>
            <span className="label-sheet__hri">{TEST_LABEL_HRI}</span>
            <span className="label-sheet__kind">GS1 DataMatrix</span>
          </figcaption>
        </figure>
      </article>
    </section>
  );
}
