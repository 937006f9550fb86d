import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A fault the stand-in answers with instead of success. */
export type Fault = { error: string } | { status: 500 } | { status: 429; retryAfter: number };

export interface RecordedCall {
  /** Web API method (`views.publish`), or `response` for a response_url, or `upload`. */
  method: string;
  path: string;
  /** The arguments: JSON bodies as sent; form fields with JSON values (`view`, `blocks`) parsed. */
  body: Record<string, unknown>;
  headers: IncomingMessage["headers"];
  /** An upload's file, as bytes (out of its multipart form when it is one): `body` cannot hold binary content. */
  file: Buffer | null;
  /** When the call arrived (ms since the epoch). */
  at: number;
}

/** A person the stand-in workspace knows. */
export interface StandInUser {
  id: string;
  email: string;
  tz?: string;
  deleted?: boolean;
}

export interface PostedMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: unknown;
  metadata: { event_type: string; event_payload: Record<string, unknown> } | null;
}

interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const ok = (body: Record<string, unknown> = {}): Answer => ({ status: 200, body: { ok: true, ...body } });
const refused = (error: string): Answer => ({ status: 200, body: { ok: false, error } });
const rateLimited = (retryAfter: number): Answer => ({
  status: 429,
  body: { ok: false, error: "ratelimited" },
  headers: { "retry-after": String(retryAfter) },
});

/**
 * A local stand-in for Slack: the Web API under `/api/<method>`, response URLs under `/response/<id>`,
 * and file uploads under `/upload/<id>`. It answers from an in-memory workspace (users, user groups,
 * posted messages), records every call, and answers with queued faults first.
 */
export class SlackStandIn {
  readonly calls: RecordedCall[] = [];
  /** Messages accepted by chat.postMessage, in order. */
  readonly posted: PostedMessage[] = [];
  readonly users = new Map<string, StandInUser>();
  /** Members returned by usergroups.users.list, per group id. */
  readonly usergroups = new Map<string, string[]>();
  /** Files files.info knows, downloadable under `/files/<id>` with the bot token. */
  readonly files = new Map<string, { name: string; content: string | Buffer }>();
  /** How many calls were answered with 429. */
  rateLimited = 0;
  /** When set: more than this many chat.postMessage calls within one second get 429 Retry-After: 1. */
  postLimitPerSecond: number | null = null;
  /** Delay before answering chat.postMessage, after the message is recorded (widens the crash window). */
  postDelayMs = 0;
  /** Delay before chat.postMessage records the message at all (Slack still working on it). */
  acceptDelayMs = 0;
  private readonly faults = new Map<string, Fault[]>();
  private readonly watchers = new Map<string, (call: RecordedCall) => void>();
  private readonly postTimes: number[] = [];
  private server: Server | null = null;
  private seq = 0;
  private responseSeq = 0;
  base = "";

  /** The Web API base URL (`slackApiUrl`, `SLACK_API_URL`). */
  get apiUrl(): string {
    return `${this.base}/api/`;
  }

  /** A fresh response_url. */
  responseUrl(): string {
    this.responseSeq += 1;
    return `${this.base}/response/${this.responseSeq}`;
  }

  addUser(u: StandInUser): this {
    this.users.set(u.id, u);
    return this;
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
        res.end(typeof body === "string" || Buffer.isBuffer(body) ? body : JSON.stringify(body));
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

  private async handle(req: IncomingMessage): Promise<Answer> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const bytes = Buffer.concat(chunks);
    const raw = bytes.toString("utf8");
    const path = (req.url ?? "").split("?")[0] ?? "";
    const method = path.startsWith("/api/")
      ? path.slice("/api/".length)
      : path.startsWith("/response/")
        ? "response"
        : path.startsWith("/upload/")
          ? "upload"
          : path.startsWith("/files/")
            ? "download"
            : "unknown";
    const call = {
      method,
      path,
      body: parseBody(raw, req.headers["content-type"]),
      headers: req.headers,
      file: method === "upload" ? await uploadedFile(bytes, req.headers["content-type"]) : null,
      at: Date.now(),
    };
    this.calls.push(call);
    this.watchers.get(path)?.(call);
    this.watchers.delete(path);
    const fault = this.faults.get(method)?.shift();
    if (fault) {
      if ("error" in fault) return refused(fault.error);
      if (fault.status === 429) {
        this.rateLimited++;
        return rateLimited(fault.retryAfter);
      }
      return { status: 500, body: "upstream failure" };
    }
    if (method === "chat.postMessage" && this.acceptDelayMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, this.acceptDelayMs));
    }
    if (method === "download") return this.download(path.slice("/files/".length), req.headers.authorization);
    const answer = this.answer(method, call.body);
    if (method === "chat.postMessage" && answer.status === 200 && this.postDelayMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, this.postDelayMs));
    }
    return answer;
  }

  private answer(method: string, body: Record<string, unknown>): Answer {
    const userBody = (u: StandInUser) => ({ id: u.id, tz: u.tz, deleted: u.deleted ?? false, is_bot: false });
    switch (method) {
      case "response":
      case "upload":
        return { status: 200, body: "ok" };
      case "auth.test":
        return ok({ user_id: "UBOT", bot_id: "BBOT", team: "Test", team_id: "T1" });
      case "usergroups.users.list":
        return ok({ users: this.usergroups.get(String(body.usergroup)) ?? [] });
      case "users.info": {
        const u = this.users.get(String(body.user));
        return u ? ok({ user: userBody(u) }) : refused("user_not_found");
      }
      case "users.lookupByEmail": {
        const u = [...this.users.values()].find((x) => x.email === String(body.email).toLowerCase());
        return u && !u.deleted ? ok({ user: userBody(u) }) : refused("users_not_found");
      }
      case "conversations.open":
        return ok({ channel: { id: `D${String(body.users)}` } });
      case "conversations.history":
        return ok({ messages: this.history(String(body.channel)), has_more: false });
      case "chat.postMessage":
        return this.postMessage(body);
      case "views.open":
      case "views.update":
        return ok({ view: { id: `V${++this.seq}`, ...(asJson(body.view) as object) } });
      case "files.info": {
        const f = this.files.get(String(body.file));
        if (!f) return refused("file_not_found");
        return ok({
          file: {
            id: body.file,
            name: f.name,
            size: Buffer.byteLength(f.content),
            url_private_download: `${this.base}/files/${body.file}`,
          },
        });
      }
      case "files.getUploadURLExternal":
        return ok({ upload_url: `${this.base}/upload/1`, file_id: "F1" });
      case "files.completeUploadExternal":
        return ok({ files: [{ id: "F1" }] });
      default:
        return ok();
    }
  }

  private postMessage(body: Record<string, unknown>): Answer {
    if (this.postLimitPerSecond !== null) {
      const now = Date.now();
      while (this.postTimes.length > 0 && (this.postTimes[0] as number) <= now - 1000) this.postTimes.shift();
      if (this.postTimes.length >= this.postLimitPerSecond) {
        this.rateLimited++;
        return rateLimited(1);
      }
      this.postTimes.push(now);
    }
    const ts = `${Math.floor(Date.now() / 1000)}.${String(++this.seq).padStart(6, "0")}`;
    this.posted.push({
      channel: String(body.channel),
      ts,
      text: String(body.text ?? ""),
      blocks: asJson(body.blocks) ?? null,
      metadata: (asJson(body.metadata) ?? null) as PostedMessage["metadata"],
    });
    return ok({ channel: body.channel, ts });
  }

  /** A file's bytes, only with a bot token, as files.slack.com serves url_private_download. */
  private download(id: string, authorization: string | undefined): Answer {
    const f = this.files.get(id);
    if (!f || !authorization?.startsWith("Bearer xoxb-")) return { status: 404, body: "not found" };
    return { status: 200, body: f.content, headers: { "content-type": "text/csv" } };
  }

  /** Messages of one channel, newest first, as conversations.history returns them. */
  private history(channel: string) {
    return this.posted
      .filter((m) => m.channel === channel)
      .map((m) => ({
        type: "message",
        ts: m.ts,
        text: m.text,
        ...(m.metadata ? { metadata: m.metadata } : {}),
      }))
      .reverse();
  }
}

/** Reminder ids of every posted survey reminder, in order (one per message). */
export function postedReminderIds(s: SlackStandIn): number[] {
  return s.posted
    .filter((m) => m.metadata?.event_type === "rocb_survey_reminder")
    .map((m) => Number(m.metadata?.event_payload.reminder_id));
}

function asJson(v: unknown): unknown {
  return typeof v === "string" ? JSON.parse(v) : v;
}

/** The file of an upload: the first part of a multipart form (as the Web API client sends it), else the body. */
async function uploadedFile(bytes: Buffer, contentType: string | undefined): Promise<Buffer> {
  if (!contentType?.startsWith("multipart/form-data")) return bytes;
  const form = await new Response(new Uint8Array(bytes), {
    headers: { "content-type": contentType },
  }).formData();
  const [first] = [...form.values()];
  if (first === undefined) return Buffer.alloc(0);
  return typeof first === "string" ? Buffer.from(first) : Buffer.from(await first.arrayBuffer());
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
