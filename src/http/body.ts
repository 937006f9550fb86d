import type { IncomingMessage, ServerResponse } from "node:http";

/** A request body the server will not read: too large (413), broken off mid-way (400), or no room now (503). */
export class BodyError extends Error {
  readonly status: 413 | 400 | 503;

  constructor(status: 413 | 400 | 503, message: string) {
    super(message);
    this.status = status;
  }
}

/**
 * The bytes of request bodies held at once before anything has vouched for them (a signature, a token):
 * many slow clients each sending most of an allowed body would otherwise hold their sum in memory.
 */
export class BodyBudget {
  readonly limit: number;
  private held = 0;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** Takes `bytes` from the budget; false (nothing taken) when that would go over it. */
  take(bytes: number): boolean {
    if (this.held + bytes > this.limit) return false;
    this.held += bytes;
    return true;
  }

  give(bytes: number): void {
    this.held = Math.max(0, this.held - bytes);
  }
}

/** Every body the bot's server reads shares this budget: 16 MiB, sixteen of the largest Slack may send. */
export const UNVERIFIED_BODIES = new BodyBudget(16 * 1024 * 1024);

/**
 * Reads a request body of at most `limit` bytes. A declared `content-length` over the limit is refused
 * before a byte is read, and a body that grows past it is refused as soon as it does, so an oversized
 * upload never sits in memory. The rest is never read: answer with `Connection: close` (see `refuseBody`).
 */
export async function readBody(
  req: IncomingMessage,
  limit: number,
  budget: BodyBudget = UNVERIFIED_BODIES,
): Promise<Buffer> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) {
    throw new BodyError(413, `body of ${declared} bytes is over the ${limit}-byte limit`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      const bytes = (chunk as Buffer).length;
      if (size + bytes > limit) throw new BodyError(413, `body is over the ${limit}-byte limit`);
      if (!budget.take(bytes)) {
        throw new BodyError(503, "too many request bodies are being received at once");
      }
      size += bytes;
      chunks.push(chunk as Buffer);
    }
  } catch (err) {
    if (err instanceof BodyError) throw err;
    throw new BodyError(400, "the request body was broken off");
  } finally {
    // Held only while it arrives: the caller checks it at once.
    budget.give(size);
  }
  return Buffer.concat(chunks);
}

/** Answers a body refused by `readBody` and closes the connection, so its unread rest is never read. */
export function refuseBody(res: ServerResponse, err: BodyError, text = ""): void {
  // The server may have answered already (shutting down): the connection just closes.
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const retry: Record<string, string> = err.status === 503 ? { "retry-after": "1" } : {};
  res.writeHead(err.status, { connection: "close", "content-type": "text/plain; charset=utf-8", ...retry });
  res.end(text);
}
