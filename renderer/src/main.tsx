import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BRIDGE_GLOBAL } from '../../preload/contract';
import { installScanProbe } from './platform/scan-probe';
import { App } from './ui/App';
import { scans, startScanning } from './ui/scan-source';
import './ui/styles.css';

// Before anything renders: a label scanned while the station boots must not leak into a field.
startScanning();
// Web build only (no preload bridge): a dormant hook the wedge benchmark reads raw scans through (scan-probe.ts).
if (!(BRIDGE_GLOBAL in window)) installScanProbe(window, scans);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
