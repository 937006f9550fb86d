import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openCatalogue } from "../../src/bootstrap.ts";
import { SlackStandIn } from "../support/slack-stand-in.ts";
import { SECRET } from "./harness.ts";

/**
 * Libraries only the importer, the report builder or the calendar feed use. Each costs the bot several
 * MiB of memory for as long as it runs, so the bot loads them where they are used, never at start.
 */
const HEAVY = ["pdfjs-dist", "parse5", "docx", "mammoth", "chrono-node", "ical-generator", "unpdf"];

let dir = "";
let slack: SlackStandIn;
let bot: ChildProcess | undefined;
let loaded: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "rocb-idle-"));
  const database = join(dir, "rocb.db");
  // A filled catalogue, as on every start after the first.
  openCatalogue({ DATABASE_PATH: database }, new Date("2024-07-01")).db.close();
  slack = await new SlackStandIn().start();
  const record = join(dir, "modules.txt");
  writeFileSync(record, "");
  bot = spawn(process.execPath, ["--import", "./tests/support/record-modules.ts", "src/main.ts"], {
    env: {
      PATH: process.env.PATH ?? "",
      RECORD_MODULES: record,
      DATABASE_PATH: database,
      SLACK_BOT_TOKEN: "xoxb-1-2-idletest",
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: "0",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Idle: listening, and the reminder run the jobs start with has finished.
  await new Promise<void>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`the bot did not settle: ${out}`)), 30_000);
    bot?.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      if (/"port":\d+/.test(out) && out.includes("reminder run finished")) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  loaded = readFileSync(record, "utf8").split("\n").filter(Boolean);
}, 60_000);

afterAll(async () => {
  bot?.kill("SIGTERM");
  await slack?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("the bot in HTTP mode, idle", () => {
  it("has loaded the bot itself (the record is complete)", () => {
    expect(loaded.some((url) => url.endsWith("/src/main.ts"))).toBe(true);
    expect(loaded.some((url) => url.includes("/node_modules/@slack/bolt/"))).toBe(true);
  });

  it("has loaded none of the importer's, report builder's or calendar's heavy libraries", () => {
    const heavy = HEAVY.filter((name) => loaded.some((url) => url.includes(`/node_modules/${name}/`)));
    expect(heavy).toEqual([]);
  });
});
