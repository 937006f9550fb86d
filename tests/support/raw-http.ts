import { connect } from "node:net";

export interface RawResponse {
  /** 0 when the server closed the connection without answering. */
  status: number;
  text: string;
  /** How long until the server answered or closed. */
  ms: number;
}

/**
 * Sends bytes exactly as written (fetch would normalise the request line) and reads until the server
 * closes or `timeoutMs` passes. `parts` are written in order, `gapMs` apart, for slow clients.
 */
export function rawRequest(
  port: number,
  parts: Array<string | Buffer>,
  o: { timeoutMs?: number; gapMs?: number } = {},
): Promise<RawResponse> {
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString("latin1");
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);
      resolve({ status, text, ms: Date.now() - started });
    };
    const timer = setTimeout(finish, o.timeoutMs ?? 3000);
    socket.on("data", (d) => chunks.push(d));
    socket.on("close", finish);
    socket.on("error", finish);
    socket.on("connect", async () => {
      for (const part of parts) {
        if (done || socket.destroyed) return;
        socket.write(part);
        if (o.gapMs) await new Promise((r) => setTimeout(r, o.gapMs));
      }
    });
  });
}

/** A request with `Connection: close`, its body's length declared. */
export function requestText(
  method: string,
  target: string,
  body = "",
  headers: Record<string, string> = {},
): string {
  const lines = [`${method} ${target} HTTP/1.1`, "Host: 127.0.0.1", "Connection: close"];
  for (const [k, v] of Object.entries(headers)) lines.push(`${k}: ${v}`);
  if (body || method === "POST") lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
  return `${lines.join("\r\n")}\r\n\r\n${body}`;
}
