import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A fault the stand-in answers with instead of success. */
export type Fault = { error: string } | { status: 500 } | { status: 429; retryAfter: number };

export interface RecordedCall {
  /** Web API method (`views.publish`), or `response` for a response_url, or `upload`. */
  method: string;
  path: string;
  body: Record<string, unknown>;
  headers: IncomingMessage["headers"];
}

/**
 * A local stand-in for Slack: the Web API under `/api/<method>`, response URLs under `/response/<id>`,
 * and file uploads under `/upload/<id>`. It records every call and answers with queued faults first.
 */
export class SlackStandIn {
  readonly calls: RecordedCall[] = [];
  /** Members returned by usergroups.users.list, per group id. */
  readonly usergroups = new Map<string, string[]>();
  private readonly faults = new Map<string, Fault[]>();
  private readonly watchers = new Map<string, (call: RecordedCall) => void>();
  private server: Server | null = null;
  private responseSeq = 0;
  base = "";

  /** The Web API base URL (`slackApiUrl`). */
  get apiUrl(): string {
    return `${this.base}/api/`;
  }

  /** A fresh response_url. */
  responseUrl(): string {
    this.responseSeq += 1;
    return `${this.base}/response/${this.responseSeq}`;
  }

  /** The next calls of `method` (or "response") answer with these faults, in order. */
  fail(method: string, ...faults: Fault[]): this {
    this.faults.set(method, [...(this.faults.get(method) ?? []), ...faults]);
    return this;
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves when a call to `path` (e.g. a response_url's path) is recorded. */
  nextCallTo(path: string): Promise<RecordedCall> {
    return new Promise((resolve) => this.watchers.set(path, resolve));
  }

  /** Waits until `n` calls of `method` were recorded (the app answers after its ack). */
  async waitFor(method: string, n = 1, timeoutMs = 3000): Promise<RecordedCall[]> {
    const until = Date.now() + timeoutMs;
    while (this.callsOf(method).length < n) {
      if (Date.now() > until) {
        throw new Error(`stand-in: expected ${n} ${method} call(s), saw ${this.callsOf(method).length}`);
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    return this.callsOf(method);
  }

  async start(): Promise<this> {
    const server = createServer((req, res) => {
      void this.handle(req).then(({ status, body, headers }) => {
        res.writeHead(status, { "content-type": "application/json", ...headers });
        res.end(typeof body === "string" ? body : JSON.stringify(body));
      });
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    this.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(
    req: IncomingMessage,
  ): Promise<{ status: number; body: unknown; headers?: Record<string, string> }> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const path = (req.url ?? "").split("?")[0] ?? "";
    const method = path.startsWith("/api/")
      ? path.slice("/api/".length)
      : path.startsWith("/response/")
        ? "response"
        : path.startsWith("/upload/")
          ? "upload"
          : "unknown";
    const call = { method, path, body: parseBody(raw, req.headers["content-type"]), headers: req.headers };
    this.calls.push(call);
    this.watchers.get(path)?.(call);
    this.watchers.delete(path);
    const fault = this.faults.get(method)?.shift();
    if (fault) {
      if ("error" in fault) return { status: 200, body: { ok: false, error: fault.error } };
      if (fault.status === 429) {
        return {
          status: 429,
          body: { ok: false, error: "ratelimited" },
          headers: { "retry-after": String(fault.retryAfter) },
        };
      }
      return { status: 500, body: "upstream failure" };
    }
    return { status: 200, body: this.answer(method, this.calls.at(-1)?.body ?? {}) };
  }

  private answer(method: string, body: Record<string, unknown>): unknown {
    switch (method) {
      case "response":
      case "upload":
        return "ok";
      case "auth.test":
        return { ok: true, user_id: "UBOT", bot_id: "BBOT", team: "Test", team_id: "T1" };
      case "usergroups.users.list":
        return { ok: true, users: this.usergroups.get(String(body.usergroup)) ?? [] };
      case "conversations.open":
        return { ok: true, channel: { id: `D${String(body.users)}` } };
      case "files.getUploadURLExternal":
        return { ok: true, upload_url: `${this.base}/upload/1`, file_id: "F1" };
      case "files.completeUploadExternal":
        return { ok: true, files: [{ id: "F1" }] };
      default:
        return { ok: true };
    }
  }
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes("application/json")) {
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return { raw };
    }
  }
  if (contentType?.includes("application/x-www-form-urlencoded")) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of new URLSearchParams(raw)) {
      try {
        out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
      } catch {
        out[k] = v;
      }
    }
    return out;
  }
  return { raw };
}
