import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type App,
  type Logger as BoltLogger,
  type CustomRoute,
  HTTPModuleFunctions,
  HTTPReceiver,
  type Receiver,
} from "@slack/bolt";
import type { Logger } from "pino";
import { verifySignature } from "./signature.ts";

export const EVENTS_PATH = "/slack/events";

export interface GuardedReceiverOptions {
  signingSecret: string;
  logger: Logger;
  boltLogger: BoltLogger;
  /** Extra GET/POST routes (e.g. `/healthz`), served by Bolt's router. */
  customRoutes?: CustomRoute[];
  /** Clock for the timestamp window; tests move it. */
  nowMs?: () => number;
  bodyLimit?: number;
}

/** When a request arrived, so listeners can log its whole latency. */
type Timed = IncomingMessage & { receivedAt?: number };

/**
 * Bolt's HTTPReceiver behind our own signature check. Transport only: the request is buffered,
 * verified (both timestamp directions), and then handed to Bolt, which reuses the buffered body.
 */
export class GuardedHttpReceiver implements Receiver {
  private readonly inner: HTTPReceiver;
  private server: Server | null = null;
  private readonly nowMs: () => number;

  constructor(private readonly options: GuardedReceiverOptions) {
    this.nowMs = options.nowMs ?? Date.now;
    this.inner = new HTTPReceiver({
      signingSecret: options.signingSecret,
      endpoints: EVENTS_PATH,
      logger: options.boltLogger,
      customRoutes: options.customRoutes ?? [],
      // A long-running server: ack first, finish the work after (Slack's 3 s budget).
      processBeforeResponse: false,
      // Ours (above, in handle) has already verified the request, more strictly; checking twice costs time.
      signatureVerification: false,
      customPropertiesExtractor: (req) => ({ receivedAt: (req as Timed).receivedAt ?? Date.now() }),
      ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
    });
  }

  init(app: App): void {
    this.inner.init(app);
  }

  /** Listens on `port` (0 = any free port) and `host`; resolves with the bound address. */
  async start(port = 3000, host = "0.0.0.0"): Promise<AddressInfo> {
    if (this.server) throw new Error("GuardedHttpReceiver: already started");
    const server = createServer((req, res) => void this.handle(req as Timed, res));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => {
        server.off("error", reject);
        resolve();
      });
    });
    return server.address() as AddressInfo;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeIdleConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(req: Timed, res: ServerResponse): Promise<void> {
    req.receivedAt = Date.now();
    const path = (req.url ?? "").split("?")[0];
    if (path !== EVENTS_PATH || req.method !== "POST") {
      this.inner.requestListener(req, res);
      return;
    }
    let rawBody: Buffer;
    try {
      rawBody = (await HTTPModuleFunctions.bufferIncomingMessage(req, this.options.bodyLimit)).rawBody;
    } catch (err) {
      const tooLarge = HTTPModuleFunctions.isRawBodyError(err) && err.statusCode === 413;
      this.options.logger.warn({ outcome: tooLarge ? "too_large" : "unreadable" }, "request refused");
      HTTPModuleFunctions.buildNoBodyResponse(res, tooLarge ? 413 : 400);
      return;
    }
    const verdict = verifySignature(this.options.signingSecret, req.headers, rawBody, this.nowMs());
    if (!verdict.ok) {
      this.options.logger.warn(
        { outcome: "unauthorized", reason: verdict.reason, latencyMs: Date.now() - req.receivedAt },
        "request refused: signature check failed",
      );
      HTTPModuleFunctions.buildNoBodyResponse(res, 401);
      return;
    }
    this.inner.requestListener(req, res);
  }
}
