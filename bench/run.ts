import { cpus, totalmem } from "node:os";
import { benchImport } from "./import.ts";

/**
 * `npm run bench`: prints every figure the issues ask for, as markdown (paste into bench/RESULTS.md).
 * Sections are loaded lazily so one part's absence does not stop the others.
 */
const sections: Array<[string, () => Promise<string>]> = [
  ["import", () => benchImport()],
  ["pdf", async () => (await import("./pdf-import.ts")).benchPdfImport()],
  ["renderings", async () => (await import("./renderings.ts")).benchRenderings()],
  ["commands", async () => (await import("./commands.ts")).benchCommands()],
  ["slack", async () => (await import("./slack.ts")).benchSlack()],
  ["reminders", async () => (await import("./reminders.ts")).benchReminders()],
  ["report", async () => (await import("./report.ts")).benchReport()],
];

const only = process.argv.slice(2).filter((a) => a !== "--");
const cpu = cpus()[0]?.model ?? "unknown CPU";
console.log(
  `# ROCB Desk benchmarks\n\nMachine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`,
);
for (const [name, run] of sections) {
  if (only.length > 0 && !only.includes(name)) continue;
  try {
    console.log(`${await run()}\n`);
  } catch (err) {
    console.log(`## ${name}\n\nnot measured: ${(err as Error).message}\n`);
  }
}
