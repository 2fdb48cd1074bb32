/**
 * The receiving workflow's pure core (issue 5): four deciders and the helpers that persist and drive them.
 * The app imports from here; nothing in this folder touches React, Dexie, the network or the clock.
 */
export * from './receiving-types';
export * from './persistence';
export * from './receipt-session.machine';
export * from './logistic-unit.machine';
export * from './audit-count.machine';
export * from './quarantine-disposition.machine';
