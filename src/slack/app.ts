import type { ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { App, type CustomRoute, SocketModeReceiver } from "@slack/bolt";
import type { SlackDeps } from "./deps.ts";
import { registerListeners } from "./listeners/index.ts";
import { registerSurveyListeners } from "./listeners/survey.ts";
import { boltLogger } from "./logger.ts";
import { DeliveryLog, dropRetries } from "./middleware/dedupe.ts";
import { GuardedHttpReceiver } from "./receiver.ts";
import { webClientOptions } from "./web-client.ts";

export type Transport =
  | { mode: "http"; signingSecret: string; port: number; host?: string; nowMs?: () => number }
  | { mode: "socket"; appToken: string /** `/healthz` listens here. */; port: number };

/** Who the bot is (from `auth.test` at start), so Bolt does not ask Slack again on every request. */
export interface BotIdentity {
  botId: string;
  botUserId: string;
}

export interface SlackApp {
  app: App;
  receiver: GuardedHttpReceiver | SocketModeReceiver;
  /** Starts listening (HTTP) or connecting (Socket Mode); HTTP resolves with the bound address. */
  start(): Promise<AddressInfo | null>;
  stop(): Promise<void>;
}

/** `GET /healthz`: 200 with the catalogue's counts while the database answers, 503 otherwise. */
export function healthRoute(deps: Pick<SlackDeps, "db" | "logger">): CustomRoute {
  return {
    path: "/healthz",
    method: ["GET"],
    handler: (_req, res: ServerResponse) => {
      try {
        const count = (table: string) =>
          deps.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
        const body = {
          ok: true,
          catalogue: {
            documents: count("documents"),
            plans: count("plans"),
            actionItems: count("action_items"),
            workshops: count("workshops"),
          },
        };
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      } catch (err) {
        deps.logger.error({ err }, "health check failed");
        res.writeHead(503, { "content-type": "application/json" });
        res.end(JSON.stringify({ ok: false }));
      }
    },
  };
}

/** Builds the Bolt app for one transport, with every listener registered. Does not start it. */
export function createSlackApp(deps: SlackDeps, transport: Transport, identity: BotIdentity): SlackApp {
  const logger = boltLogger(deps.logger);
  const receiver =
    transport.mode === "http"
      ? new GuardedHttpReceiver({
          signingSecret: transport.signingSecret,
          logger: deps.logger,
          boltLogger: logger,
          customRoutes: [healthRoute(deps)],
          ...(transport.nowMs ? { nowMs: transport.nowMs } : {}),
        })
      : new SocketModeReceiver({
          appToken: transport.appToken,
          logger,
          customRoutes: [healthRoute(deps)],
          installerOptions: { port: transport.port },
        });
  const app = new App({
    token: deps.config.SLACK_BOT_TOKEN,
    receiver,
    logger,
    ...identity,
    tokenVerificationEnabled: false,
    // No listener uses Bolt's conversation store; skipping it saves a lookup per request.
    convoStore: false,
    clientOptions: webClientOptions(deps.config),
  });
  app.use(dropRetries(new DeliveryLog(), deps.logger));
  registerListeners(app, deps);
  registerSurveyListeners(app, deps);
  app.error(async (err) => {
    deps.logger.error({ err: err.original ?? err, code: err.code }, "unhandled error in a listener");
  });
  return {
    app,
    receiver,
    async start() {
      if (receiver instanceof GuardedHttpReceiver && transport.mode === "http") {
        return receiver.start(transport.port, transport.host);
      }
      await app.start();
      return null;
    },
    async stop() {
      await app.stop();
    },
  };
}
