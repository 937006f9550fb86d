import cron from "node-cron";

const WEEK_MS = 7 * 24 * 3600_000;

/**
 * The longest wait between two runs of a cron schedule, over the coming week or more (so a weekday-only
 * schedule counts its weekend). Health measures lateness in these, so a sparse schedule is not called late
 * between runs.
 */
export function longestIntervalMs(expression: string, timeZone: string): number {
  const task = cron.createTask(expression, () => {}, { timezone: timeZone });
  try {
    let count = 16;
    let runs = task.getNextRuns(count);
    while (runs.length === count && span(runs) < WEEK_MS && count < 4096) {
      count *= 4;
      runs = task.getNextRuns(count);
    }
    let longest = 0;
    for (let i = 1; i < runs.length; i++) {
      longest = Math.max(longest, (runs[i]?.getTime() ?? 0) - (runs[i - 1]?.getTime() ?? 0));
    }
    // A schedule that can never fire (30 February) is never late within a year.
    return longest || 366 * 24 * 3600_000;
  } finally {
    void task.destroy();
  }
}

function span(runs: readonly Date[]): number {
  return (runs.at(-1)?.getTime() ?? 0) - (runs[0]?.getTime() ?? 0);
}
