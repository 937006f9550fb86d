import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

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

type Fault = { status: 429; retryAfter: number } | { status: 500 } | { error: string };

/**
 * A local stand-in for Slack's Web API: answers the methods the bot uses from an in-memory workspace,
 * records every call, and can inject 429s, 500s and errors. Point a WebClient at `url` (`slackApiUrl`).
 */
export class SlackStandIn {
  readonly calls: Array<{ method: string; args: Record<string, unknown>; at: number }> = [];
  readonly posted: PostedMessage[] = [];
  readonly users = new Map<string, StandInUser>();
  rateLimited = 0;
  /** When set: more than this many chat.postMessage calls within one second get 429 Retry-After: 1. */
  postLimitPerSecond: number | null = null;
  /** Delay before answering chat.postMessage, after the message is recorded (widens the crash window). */
  postDelayMs = 0;
  private readonly faults = new Map<string, Fault[]>();
  private readonly postTimes: number[] = [];
  private server: Server | null = null;
  private seq = 0;
  url = "";

  addUser(u: StandInUser): this {
    this.users.set(u.id, u);
    return this;
  }

  /** The next calls of `method` answer with these faults, in order. */
  fail(method: string, ...faults: Fault[]): this {
    this.faults.set(method, [...(this.faults.get(method) ?? []), ...faults]);
    return this;
  }

  callsOf(method: string) {
    return this.calls.filter((c) => c.method === method);
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, body, headers }) => {
        res.writeHead(status, { "content-type": "application/json", ...headers });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}/api/`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private async handle(
    req: IncomingMessage,
  ): Promise<{ status: number; body: unknown; headers?: Record<string, string> }> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const method = (req.url ?? "").replace(/^.*\/api\//, "").split("?")[0] ?? "";
    const args: Record<string, unknown> = {};
    if ((req.headers["content-type"] ?? "").includes("json")) Object.assign(args, raw ? JSON.parse(raw) : {});
    else for (const [k, v] of new URLSearchParams(raw)) args[k] = v;
    this.calls.push({ method, args, at: Date.now() });

    const fault = this.faults.get(method)?.shift();
    if (fault && "status" in fault) {
      if (fault.status === 429) {
        this.rateLimited++;
        return {
          status: 429,
          body: { ok: false, error: "ratelimited" },
          headers: { "retry-after": String(fault.retryAfter) },
        };
      }
      return { status: 500, body: { ok: false, error: "internal_error" } };
    }
    if (fault) return { status: 200, body: { ok: false, error: fault.error } };
    const answer = this.answer(method, args);
    if (method === "chat.postMessage" && this.postDelayMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, this.postDelayMs));
    }
    return answer;
  }

  private answer(method: string, args: Record<string, unknown>) {
    const ok = (body: Record<string, unknown>) => ({ status: 200, body: { ok: true, ...body } });
    const err = (error: string) => ({ status: 200, body: { ok: false, error } });
    const userBody = (u: StandInUser) => ({ id: u.id, tz: u.tz, deleted: u.deleted ?? false, is_bot: false });
    switch (method) {
      case "auth.test":
        return ok({ user_id: "UBOT", team_id: "T1", bot_id: "B1" });
      case "users.info": {
        const u = this.users.get(String(args.user));
        return u ? ok({ user: userBody(u) }) : err("user_not_found");
      }
      case "users.lookupByEmail": {
        const u = [...this.users.values()].find((x) => x.email === String(args.email).toLowerCase());
        return u && !u.deleted ? ok({ user: userBody(u) }) : err("users_not_found");
      }
      case "conversations.open":
        return ok({ channel: { id: `D${String(args.users)}` } });
      case "conversations.history": {
        const messages = this.posted
          .filter((m) => m.channel === args.channel)
          .map((m) => ({
            type: "message",
            ts: m.ts,
            text: m.text,
            ...(m.metadata ? { metadata: m.metadata } : {}),
          }))
          .reverse();
        return ok({ messages, has_more: false });
      }
      case "chat.postMessage": {
        if (this.postLimitPerSecond !== null) {
          const now = Date.now();
          while (this.postTimes.length > 0 && (this.postTimes[0] as number) <= now - 1000)
            this.postTimes.shift();
          if (this.postTimes.length >= this.postLimitPerSecond) {
            this.rateLimited++;
            return {
              status: 429,
              body: { ok: false, error: "ratelimited" },
              headers: { "retry-after": "1" },
            };
          }
          this.postTimes.push(now);
        }
        const ts = `${Math.floor(Date.now() / 1000)}.${String(++this.seq).padStart(6, "0")}`;
        const parse = (v: unknown) => (typeof v === "string" ? JSON.parse(v) : (v ?? null));
        this.posted.push({
          channel: String(args.channel),
          ts,
          text: String(args.text ?? ""),
          blocks: parse(args.blocks),
          metadata: parse(args.metadata),
        });
        return ok({ channel: args.channel, ts });
      }
      case "views.open":
      case "views.update":
        return ok({ view: { id: `V${++this.seq}`, ...(parse2(args.view) as object) } });
      default:
        return err("unknown_method");
    }
  }
}

function parse2(v: unknown): unknown {
  return typeof v === "string" ? JSON.parse(v) : v;
}

/** Reminder ids of every posted survey reminder, in order (one per message). */
export function postedReminderIds(s: SlackStandIn): number[] {
  return s.posted
    .filter((m) => m.metadata?.event_type === "rocb_survey_reminder")
    .map((m) => Number(m.metadata?.event_payload.reminder_id));
}
