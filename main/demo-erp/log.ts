/**
 * Where the demo ERP writes what it did: one line per request with its correlation id, warnings about the
 * ledger file, unexpected errors. A host (the CLI, the Electron shell, a test) can pass its own sink.
 */
export interface DemoErpLog {
  info(line: string): void;
  warn(line: string): void;
  error(line: string): void;
}

export const consoleLog: DemoErpLog = {
  info: (line) => {
    console.log(`[demo-erp] ${line}`);
  },
  warn: (line) => {
    console.warn(`[demo-erp] warning: ${line}`);
  },
  error: (line) => {
    console.error(`[demo-erp] error: ${line}`);
  },
};

/** For hosts where the station polls every few seconds (the web host, tests): warnings and errors only. */
export const warningsOnlyLog: DemoErpLog = {
  info: () => undefined,
  warn: (line) => {
    consoleLog.warn(line);
  },
  error: (line) => {
    consoleLog.error(line);
  },
};
