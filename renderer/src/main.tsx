import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { startScanning } from './ui/scan-source';
import './ui/styles.css';

// Before anything renders: a label scanned while the station boots must not leak into a field.
startScanning();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
