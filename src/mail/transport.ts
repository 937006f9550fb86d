import nodemailer from "nodemailer";

/** One e-mail as the outbox hands it to the relay. */
export interface OutgoingMail {
  /** `<…@domain>`: chosen before the first try and reused by every retry of the same reminder. */
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** Connection settings added to SMTP_URL unless it sets them itself (nodemailer reads them from the query). */
const DEFAULTS: Record<string, string> = {
  pool: "true",
  maxConnections: "5",
  connectionTimeout: "15000",
  greetingTimeout: "15000",
  socketTimeout: "30000",
};

/**
 * A pooled SMTP connection to any relay named by `SMTP_URL` (`smtp://user:pass@host:587`, STARTTLS when
 * offered; `smtps://…:465` for TLS from the start). Resolves once the relay accepted the message.
 */
export function createMailer(smtpUrl: string, from: string): Mailer {
  const url = new URL(smtpUrl);
  for (const [key, value] of Object.entries(DEFAULTS)) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, value);
  }
  const transport = nodemailer.createTransport(url.toString());
  return {
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        ...(mail.headers ? { headers: mail.headers } : {}),
      });
    },
    close() {
      transport.close();
    },
  };
}

/** The domain of an address (`Office <desk@rocb.example>` → `rocb.example`), for Message-IDs. */
export function mailDomain(from: string): string {
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return address.split("@")[1]?.trim().toLowerCase() || "localhost";
}
