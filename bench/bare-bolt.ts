/**
 * The floor the Slack bench compares against: a bare Bolt app on Bolt's own HTTPReceiver, in a process of
 * its own like the bot, that acks every slash command and posts a constant to its response_url. Prints
 * `{"port":N}` once listening. BENCH_SECRET is the signing secret.
 */
import type { AddressInfo } from "node:net";
import { App, LogLevel } from "@slack/bolt";

const app = new App({
  token: "xoxb-bench",
  signingSecret: process.env.BENCH_SECRET ?? "",
  tokenVerificationEnabled: false,
  botId: "B",
  botUserId: "U",
  logLevel: LogLevel.ERROR,
});
app.command(/.*/, async ({ ack, respond }) => {
  await ack();
  await respond({ text: "ok" });
});
const server = (await app.start({ port: 0, host: "127.0.0.1" })) as unknown as { address(): AddressInfo };
process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
process.once("SIGTERM", () => void app.stop().then(() => process.exit(0)));
