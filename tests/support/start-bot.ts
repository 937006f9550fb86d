import { type ChildProcess, spawn } from "node:child_process";
import { SECRET } from "../slack/harness.ts";

/**
 * The real `npm start` in HTTP mode (src/main.ts in a child process) against a stand-in Web API, on a
 * free port; resolves once it logs the port it listens on. `prefix` runs it under another command
 * (`prlimit --fsize=…`). Its log is read for as long as it runs, so the pipe never fills.
 */
export async function startBot(options: {
  apiUrl: string;
  databasePath: string;
  env?: Record<string, string>;
  prefix?: string[];
  timeoutMs?: number;
}): Promise<{ bot: ChildProcess; port: number }> {
  const [command, ...args] = [...(options.prefix ?? []), process.execPath, "src/main.ts"];
  const bot = spawn(command ?? process.execPath, args, {
    env: {
      PATH: process.env.PATH ?? "",
      DATABASE_PATH: options.databasePath,
      SLACK_BOT_TOKEN: "xoxb-1-2-test",
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: options.apiUrl,
      PORT: "0",
      LOG_LEVEL: "info",
      REMINDER_CRON: "0 0 1 1 *",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    let found = 0;
    const timer = setTimeout(
      () => reject(new Error(`the bot did not start: ${out}`)),
      options.timeoutMs ?? 30_000,
    );
    bot.stdout?.on("data", (d: Buffer) => {
      if (found) return;
      out += d.toString();
      const match = /"port":(\d+)/.exec(out);
      if (match) {
        found = Number(match[1]);
        clearTimeout(timer);
        resolve(found);
      }
    });
  });
  return { bot, port };
}
