import type { IncomingMessage, ServerResponse } from "node:http";

/** A request body the server will not read: too large (413) or broken off mid-way (400). */
export class BodyError extends Error {
  readonly status: 413 | 400;

  constructor(status: 413 | 400, message: string) {
    super(message);
    this.status = status;
  }
}

/**
 * Reads a request body of at most `limit` bytes. A declared `content-length` over the limit is refused
 * before a byte is read, and a body that grows past it is refused as soon as it does, so an oversized
 * upload never sits in memory. The rest is never read: answer with `Connection: close` (see `refuseBody`).
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) {
    throw new BodyError(413, `body of ${declared} bytes is over the ${limit}-byte limit`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > limit) {
        throw new BodyError(413, `body is over the ${limit}-byte limit`);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (err) {
    if (err instanceof BodyError) throw err;
    throw new BodyError(400, "the request body was broken off");
  }
  return Buffer.concat(chunks);
}

/** Answers a body refused by `readBody` and closes the connection, so its unread rest is never read. */
export function refuseBody(res: ServerResponse, err: BodyError, text = ""): void {
  res.writeHead(err.status, { connection: "close", "content-type": "text/plain; charset=utf-8" });
  res.end(text);
}
