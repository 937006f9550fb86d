import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type App,
  type Logger as BoltLogger,
  HTTPModuleFunctions,
  HTTPResponseAck,
  type Receiver,
  type ReceiverEvent,
} from "@slack/bolt";
import type { Logger } from "pino";
import type { Db } from "../db/open.ts";
import { BodyError, readBody, refuseBody } from "../http/body.ts";
import type { HttpRoute } from "../http/route.ts";
import { close, createHttpServer, type HttpTimeouts, listen } from "../http/server.ts";
import { ReplayMemory } from "./replays.ts";
import { MAX_CLOCK_SKEW_SECONDS, verifySignature } from "./signature.ts";

export const EVENTS_PATH = "/slack/events";

/** Slack's largest payloads (a modal's state, a long message event) are far below this. */
export const SLACK_BODY_LIMIT = 1024 * 1024;

/** Set on every event this receiver hands to Bolt, after its signature was checked; see `requireVerified`. */
export const VERIFIED = "signatureVerified";

export interface GuardedReceiverOptions {
  signingSecret: string;
  /** Where the signatures of requests already run are kept, so a restart cannot forget them. */
  db: Db;
  logger: Logger;
  boltLogger: BoltLogger;
  /** Other routes served beside `/slack/events` (the health check, the survey form). */
  routes?: HttpRoute[];
  /** Clock for the timestamp window; tests move it. */
  nowMs?: () => number;
  bodyLimit?: number;
  timeouts?: Partial<HttpTimeouts>;
}

/**
 * Slack over HTTP: our own server and router, with Bolt only behind the one route that verifies. Bolt's
 * router is never asked, so no spelling of a path (`/x/../slack/events`, `/slack\events`, an absolute
 * target) can reach a listener unsigned, and every other request gets an answer instead of a rejection.
 */
export class GuardedHttpReceiver implements Receiver {
  private app: App | null = null;
  private server: Server | null = null;
  private readonly nowMs: () => number;
  // Remembered for longer than the timestamp window, in the database: every replay is dropped, also
  // one sent after a restart.
  private readonly replays: ReplayMemory;

  private readonly options: GuardedReceiverOptions;

  constructor(options: GuardedReceiverOptions) {
    this.options = options;
    this.nowMs = options.nowMs ?? Date.now;
    this.replays = new ReplayMemory(options.db, 2 * MAX_CLOCK_SKEW_SECONDS * 1000 + 60_000);
  }

  init(app: App): void {
    this.app = app;
  }

  /** Listens on `port` (0 = any free port) and `host`; resolves with the bound address. */
  async start(port = 3000, host = "0.0.0.0"): Promise<AddressInfo> {
    if (this.server) throw new Error("GuardedHttpReceiver: already started");
    const events: HttpRoute = {
      method: "POST",
      path: EVENTS_PATH,
      handle: (req, res) => this.handle(req, res),
    };
    this.server = createHttpServer({
      routes: [events, ...(this.options.routes ?? [])],
      logger: this.options.logger,
      ...(this.options.timeouts ? { timeouts: this.options.timeouts } : {}),
    });
    return listen(this.server, port, host);
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await close(server);
  }

  /**
   * Whether this signature was run before. When the database cannot record it (a full disk), the request
   * still runs: anything it would write fails the same way, and reading goes on working; the health check
   * reports the fault.
   */
  private isReplay(signature: string): boolean {
    try {
      return this.replays.remember(signature, this.nowMs());
    } catch (err) {
      this.options.logger.error({ err }, "could not record a request's signature; running it anyway");
      return false;
    }
  }

  private refuse(res: ServerResponse, status: number, outcome: string, extra: Record<string, unknown> = {}) {
    this.options.logger.warn({ outcome, ...extra }, "request refused");
    HTTPModuleFunctions.buildNoBodyResponse(res, status);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = Date.now();
    let rawBody: Buffer;
    try {
      rawBody = await readBody(req, this.options.bodyLimit ?? SLACK_BODY_LIMIT);
    } catch (err) {
      if (!(err instanceof BodyError)) throw err;
      this.options.logger.warn(
        { outcome: err.status === 413 ? "too_large" : err.status === 503 ? "busy" : "unreadable" },
        "request refused",
      );
      return refuseBody(res, err);
    }
    const verdict = verifySignature(this.options.signingSecret, req.headers, rawBody, this.nowMs());
    if (!verdict.ok) {
      return this.refuse(res, 401, "unauthorized", {
        reason: verdict.reason,
        latencyMs: Date.now() - receivedAt,
      });
    }
    if (this.isReplay(String(req.headers["x-slack-signature"]))) {
      // Answered like an ack, so a replaying client learns nothing; the request is not run again.
      return this.refuse(res, 200, "replay");
    }
    const buffered = Object.assign(req, { rawBody });
    let body: Record<string, unknown>;
    try {
      body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
      if (!body || typeof body !== "object") throw new Error("not an object");
    } catch {
      return this.refuse(res, 400, "malformed");
    }
    if (body.ssl_check === "1") return HTTPModuleFunctions.buildSSLCheckResponse(res);
    if (body.type === "url_verification") return HTTPModuleFunctions.buildUrlVerificationResponse(res, body);
    await this.dispatch(buffered, res, body, receivedAt);
  }

  private async dispatch(
    req: IncomingMessage & { rawBody: Buffer },
    res: ServerResponse,
    body: Record<string, unknown>,
    receivedAt: number,
  ): Promise<void> {
    const ack = new HTTPResponseAck({
      logger: this.options.boltLogger,
      // A long-running server: ack first, finish the work after (Slack's 3 s budget).
      processBeforeResponse: false,
      httpRequest: req,
      httpRequestBody: body,
      httpResponse: res,
    });
    const event: ReceiverEvent = {
      body,
      ack: ack.bind(),
      retryNum: HTTPModuleFunctions.extractRetryNumFromHTTPRequest(req),
      retryReason: HTTPModuleFunctions.extractRetryReasonFromHTTPRequest(req),
      customProperties: { receivedAt, [VERIFIED]: true },
    };
    try {
      await this.app?.processEvent(event);
    } catch (err) {
      this.options.logger.error({ err }, "a listener failed before acknowledging");
      if (!res.headersSent) HTTPModuleFunctions.buildNoBodyResponse(res, 500);
    }
  }
}
