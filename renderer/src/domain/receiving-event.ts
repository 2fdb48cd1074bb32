/**
 * The receiving event contract lives in ./events/ (one file per group of event types); this module keeps the
 * import path every layer has used since v1 (db, sync, preload, main, the demo ERP).
 */
export * from './events';
