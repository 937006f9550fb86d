import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/** A message as the relay received it, with the parts the tests look at decoded. */
export interface ReceivedMail {
  from: string;
  to: string[];
  headers: Map<string, string>;
  messageId: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * A real SMTP server in the test process (the `smtp-server` package), standing in for the office's relay.
 * It keeps every accepted message; `refuse` makes the next RCPT TO for an address fail with a code.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  /** Delay before answering 250 to DATA, after the message is kept (widens the crash window). */
  dataDelayMs = 0;
  /** When false, messages are counted but not kept (benchmarks). */
  keep = true;
  count = 0;
  private readonly refusals = new Map<string, number>();
  private readonly server: SMTPServer;
  url = "";

  constructor() {
    const server = new SMTPServer({
      authOptional: true,
      disableReverseLookup: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      size: 1_000_000,
      onRcptTo: (address, _session, callback) => {
        const code = this.refusals.get(address.address);
        if (code === undefined) return callback();
        this.refusals.delete(address.address);
        const err = Object.assign(new Error(`${code} refused for the test`), { responseCode: code });
        callback(err);
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          this.count++;
          if (this.keep) {
            const raw = Buffer.concat(chunks).toString("utf8");
            this.received.push(parseMail(raw, session.envelope));
          }
          setTimeout(() => callback(), this.dataDelayMs);
        });
      },
    });
    // A job process killed mid-conversation resets its connection; the relay carries on.
    server.on("error", () => {});
    this.server = server;
  }

  refuse(address: string, code: number): this {
    this.refusals.set(address, code);
    return this;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The relay goes down: its port refuses connections (ECONNREFUSED) until `up()`. */
  async down(): Promise<void> {
    const listener = this.server.server;
    const closed = new Promise<void>((resolve) => listener.close(() => resolve()));
    // Sessions a pooled client keeps open end too, as when the relay's machine goes away.
    for (const session of (this.server as unknown as { connections: Set<{ close(): void }> }).connections)
      session.close();
    await closed;
  }

  /** The relay comes back on the same port. */
  async up(): Promise<void> {
    const port = Number(new URL(this.url).port);
    await new Promise<void>((resolve) => this.server.server.listen(port, "127.0.0.1", resolve));
  }
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const i = line.indexOf(":");
    if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  return headers;
}

function decodeBody(body: string, encoding: string | undefined): string {
  if (encoding?.toLowerCase() === "base64")
    return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding?.toLowerCase() === "quoted-printable") {
    const bytes = body
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

/** Splits the raw message (nodemailer's multipart/alternative) into its text and HTML parts. */
function parseMail(
  raw: string,
  envelope: { mailFrom: false | { address: string }; rcptTo: Array<{ address: string }> },
): ReceivedMail {
  const split = raw.indexOf("\r\n\r\n");
  const headers = parseHeaders(raw.slice(0, split));
  const body = raw.slice(split + 4);
  const parts: Array<{ type: string; content: string }> = [];
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get("content-type") ?? "")?.[1];
  if (boundary) {
    for (const part of body.split(`--${boundary}`).slice(1, -1)) {
      const cut = part.indexOf("\r\n\r\n");
      const h = parseHeaders(part.slice(0, cut).trim());
      parts.push({
        type: h.get("content-type") ?? "",
        content: decodeBody(part.slice(cut + 4), h.get("content-transfer-encoding")),
      });
    }
  } else {
    parts.push({
      type: headers.get("content-type") ?? "text/plain",
      content: decodeBody(body, headers.get("content-transfer-encoding")),
    });
  }
  return {
    from: envelope.mailFrom ? envelope.mailFrom.address : "",
    to: envelope.rcptTo.map((r) => r.address),
    headers,
    messageId: headers.get("message-id") ?? "",
    subject: headers.get("subject") ?? "",
    text: parts.find((p) => p.type.startsWith("text/plain"))?.content ?? "",
    html: parts.find((p) => p.type.startsWith("text/html"))?.content ?? "",
  };
}
