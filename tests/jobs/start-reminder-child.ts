import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const CHILD = fileURLToPath(new URL("./reminder-child.ts", import.meta.url));

export interface ReminderChild {
  child: ChildProcess;
  /** Resolves once the child has opened the database and is about to run the job. */
  ready: Promise<void>;
  done: Promise<number | null>;
}

/** Starts `reminder-child.ts` as its own process, for the crash and concurrency tests to kill. */
export function startReminderChild(o: {
  dbPath: string;
  slackUrl: string;
  /** The SMTP sink's URL: without it, mail is not set up. */
  smtpUrl?: string;
  runId: string;
  leaseMs: number;
  rate: number;
}): ReminderChild {
  const child = spawn(process.execPath, [CHILD], {
    env: {
      ...process.env,
      ROCB_TEST_DB: o.dbPath,
      ROCB_TEST_SLACK: o.slackUrl,
      ...(o.smtpUrl ? { ROCB_TEST_SMTP: o.smtpUrl } : {}),
      ROCB_TEST_RUN_ID: o.runId,
      ROCB_TEST_LEASE_MS: String(o.leaseMs),
      ROCB_TEST_RATE: String(o.rate),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const ready = new Promise<void>((resolve) => child.stdout?.once("data", () => resolve()));
  const done = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, ready, done };
}
