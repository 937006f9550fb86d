import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, SocketModeReceiver } from "@slack/bolt";
import { calendarRoute } from "../calendar/route.ts";
import { followConnection } from "../health/connection.ts";
import { JobBoard } from "../health/job-board.ts";
import { healthRoute } from "../health/route.ts";
import type { HttpRoute } from "../http/route.ts";
import { close, createHttpServer, type HttpTimeouts, listen } from "../http/server.ts";
import { surveyWebRoutes } from "../web/survey-routes.ts";
import type { SlackDeps } from "./deps.ts";
import { registerListeners } from "./listeners/index.ts";
import { registerSurveyListeners } from "./listeners/survey.ts";
import { boltLogger } from "./logger.ts";
import { DeliveryLog, dropRetries } from "./middleware/dedupe.ts";
import { requireVerified } from "./middleware/verified.ts";
import { GuardedHttpReceiver } from "./receiver.ts";
import { ShareStore } from "./shares.ts";
import { webClientOptions } from "./web-client.ts";

export type Transport = (
  | { mode: "http"; signingSecret: string; nowMs?: () => number }
  | { mode: "socket"; appToken: string }
) & {
  /** The bot's HTTP server (Slack's requests in HTTP mode, `/healthz` and the survey form in both). */
  port: number;
  host?: string;
  /** Served beside `/healthz` in both modes. */
  routes?: HttpRoute[];
  timeouts?: Partial<HttpTimeouts>;
  /** The scheduled jobs' last runs, for `/healthz`; none when the caller runs no jobs. */
  board?: JobBoard;
};

/** Who the bot is (from `auth.test` at start), so Bolt does not ask Slack again on every request. */
export interface BotIdentity {
  botId: string;
  botUserId: string;
}

export interface SlackApp {
  app: App;
  receiver: GuardedHttpReceiver | SocketModeReceiver;
  /** Starts the HTTP server and, in Socket Mode, connects; resolves with the server's bound address. */
  start(): Promise<AddressInfo>;
  stop(): Promise<void>;
}

/** Builds the Bolt app for one transport, with every listener registered. Does not start it. */
export function createSlackApp(given: SlackDeps, transport: Transport, identity: BotIdentity): SlackApp {
  const deps: SlackDeps = { ...given, shares: given.shares ?? new ShareStore() };
  const logger = boltLogger(deps.logger);
  const routes: HttpRoute[] = [];
  const receiver =
    transport.mode === "http"
      ? new GuardedHttpReceiver({
          signingSecret: transport.signingSecret,
          db: deps.db,
          logger: deps.logger,
          boltLogger: logger,
          routes,
          ...(transport.nowMs ? { nowMs: transport.nowMs } : {}),
          ...(transport.timeouts ? { timeouts: transport.timeouts } : {}),
        })
      : new SocketModeReceiver({ appToken: transport.appToken, logger });
  // Followed from before the first connect, so `/healthz` knows whether Slack is reachable.
  const connection = receiver instanceof SocketModeReceiver ? followConnection(receiver.client) : undefined;
  const board = transport.board ?? new JobBoard();
  routes.push(
    healthRoute({
      db: deps.db,
      mode: transport.mode,
      board,
      logger: deps.logger,
      ...(connection ? { connection } : {}),
    }),
    ...surveyWebRoutes({ db: deps.db, now: deps.now, logger: deps.logger }),
    calendarRoute({ db: deps.db, now: deps.now, config: deps.config }),
    ...(transport.routes ?? []),
  );
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
  if (transport.mode === "http") app.use(requireVerified(deps.logger));
  app.use(dropRetries(new DeliveryLog(), deps.logger));
  registerListeners(app, deps);
  registerSurveyListeners(app, deps);
  app.error(async (err) => {
    deps.logger.error({ err: err.original ?? err, code: err.code }, "unhandled error in a listener");
  });
  // Socket Mode needs no inbound Slack route, but the health check and the survey form still do.
  let server: Server | null = null;
  return {
    app,
    receiver,
    async start() {
      const host = transport.host ?? "0.0.0.0";
      if (receiver instanceof GuardedHttpReceiver) return receiver.start(transport.port, host);
      server = createHttpServer({
        routes,
        logger: deps.logger,
        ...(transport.timeouts ? { timeouts: transport.timeouts } : {}),
      });
      const address = await listen(server, transport.port, host);
      await app.start();
      return address;
    },
    async stop() {
      await app.stop();
      if (server) await close(server);
      server = null;
    },
  };
}
