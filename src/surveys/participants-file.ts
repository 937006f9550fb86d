import type { webApi } from "@slack/bolt";
import { SurveysError } from "./errors.ts";

type WebClient = InstanceType<typeof webApi.WebClient>;

/** A participants list is a few hundred lines; a bigger file is not one. */
export const PARTICIPANTS_FILE_LIMIT = 1_000_000;

/**
 * Reads a CSV file staff attached in the participants modal (Slack's file input): its name and text.
 * Needs the `files:read` scope. Refused with a sentence when it is too large or not text.
 */
export async function readSlackFile(
  client: WebClient,
  token: string,
  fileId: string,
): Promise<{ name: string; text: string }> {
  const info = await client.files.info({ file: fileId }).catch((err: { data?: { error?: string } }) => {
    const code = err?.data?.error ?? "no answer";
    const scope = code === "missing_scope" ? " (the app needs the files:read scope)" : "";
    throw new SurveysError("file_unreadable", `Slack would not give me the file: ${code}${scope}.`);
  });
  const file = info.file;
  const name = file?.name ?? "the file";
  const url = file?.url_private_download ?? file?.url_private;
  if (!url)
    throw new SurveysError("file_unreadable", `Slack did not give me ${name} to read; attach it again.`);
  if ((file?.size ?? 0) > PARTICIPANTS_FILE_LIMIT) {
    throw new SurveysError("file_too_large", `${name} is over 1 MB; a participants file is much smaller.`);
  }
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok || !res.body) {
    throw new SurveysError(
      "file_unreadable",
      `I could not download ${name} (HTTP ${res.status}); attach it again.`,
    );
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += chunk.length;
    if (size > PARTICIPANTS_FILE_LIMIT) {
      throw new SurveysError("file_too_large", `${name} is over 1 MB; a participants file is much smaller.`);
    }
    chunks.push(chunk);
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.includes(0)) {
    throw new SurveysError(
      "file_not_text",
      `${name} is not a text file; save the list as CSV (UTF-8) and attach that.`,
    );
  }
  return { name, text: bytes.toString("utf8") };
}
