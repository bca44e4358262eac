// Ctrl-C and SIGTERM while files are being written. By default either ends
// the process at once, even in the middle of writing a handout, leaving half
// a file of someone's route beside the finished ones. While files are
// written, the signal is caught instead: it is handled between writes (each
// is synchronous, so none is ever half done when the handler runs), the
// writer says what is complete, and the process exits as the signal would
// have ended it (130 for SIGINT, 143 for SIGTERM).

import { EXIT } from "../errors.js";

export type StopSignal = "SIGINT" | "SIGTERM";

const EXIT_FOR: Record<StopSignal, number> = { SIGINT: EXIT.interrupted, SIGTERM: EXIT.terminated };

/**
 * For main.ts: hooks the real process's SIGINT and SIGTERM the first time a
 * writer asks, and calls the writer's `stopped` (if one is writing) before
 * exiting. The hook stays once made, with nothing to call after the writer
 * is done, so that a signal arriving as it finishes is not lost.
 */
export function processStopSignals(): (stopped: (signal: StopSignal) => void) => () => void {
  let current: ((signal: StopSignal) => void) | undefined;
  let hooked = false;
  return (stopped) => {
    current = stopped;
    if (!hooked) {
      hooked = true;
      for (const signal of ["SIGINT", "SIGTERM"] as const) {
        process.on(signal, () => {
          current?.(signal);
          process.exit(EXIT_FOR[signal]);
        });
      }
    }
    return () => {
      if (current === stopped) current = undefined;
    };
  };
}
