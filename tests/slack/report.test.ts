import mammoth from "mammoth";
import { afterEach, describe, expect, it } from "vitest";
import { bundledDocuments } from "../../src/bootstrap.ts";
import { importFiles } from "../../src/import/importer.ts";
import { commandBody, postSigned, startTestApp, type TestApp } from "./harness.ts";

let t: TestApp;
afterEach(async () => {
  await t?.stop();
});

async function command(text: string, user: string) {
  const url = t.slack.responseUrl();
  const done = t.slack.nextCallTo(new URL(url).pathname);
  const res = await postSigned(t.url, commandBody("/report", text, url, user));
  expect(res.status).toBe(200);
  return (await done).body as { text: string; blocks: Array<Record<string, unknown>> };
}

async function appWith2017Report() {
  t = await startTestApp({ env: { STAFF_USER_IDS: "U100" } });
  importFiles(
    t.db,
    bundledDocuments().filter((f) => f.includes("/001_")),
  );
}

describe("/report over HTTP", () => {
  it("builds the Word document, uploads it to the staff member who asked, and answers with the summary as a table", async () => {
    await appWith2017Report();
    const answer = await command("FY2017/18", "U100");
    expect(answer.text).toMatch(/^Annual Report 2017\/18: In FY2017\/18 the office held 40 workshops/);
    const table = answer.blocks.find((b) => b.type === "table") as { rows: Array<Array<{ text: string }>> };
    const rows = table.rows.map((r) => r.map((c) => c.text));
    expect(rows[0]?.[0]).toBe("Kind");
    expect(rows.find((r) => r[0] === "accreditation")?.at(-1)).toBe("4");
    expect(rows.find((r) => r[0] === "workshops")?.at(-1)).toBe("40");
    expect(JSON.stringify(answer.blocks)).toContain(
      "I sent you *annual-report-2017-18.docx* in a direct message.",
    );

    // The files API through the Web API client: ask for an upload URL, send the bytes, complete in the DM.
    const [asked] = t.slack.callsOf("files.getUploadURLExternal");
    expect(asked?.body.filename).toBe("annual-report-2017-18.docx");
    const [upload] = t.slack.callsOf("upload");
    expect(Number(asked?.body.length)).toBe(upload?.file?.length);
    const [completed] = t.slack.callsOf("files.completeUploadExternal");
    expect(completed?.body.channel_id).toBe("DU100");
    const { value: html } = await mammoth.convertToHtml({ buffer: upload?.file ?? Buffer.alloc(0) });
    expect(html).toContain("Annual Report 2017/18");
    expect(html).toContain("<h1>Workshops held in FY2017/18</h1>");
  }, 60_000);

  it("is for staff only: anyone else gets a sentence and nothing is uploaded", async () => {
    await appWith2017Report();
    const answer = await command("FY2017/18", "U200");
    expect(answer.text).toBe("Only ROCB A/P staff can make the annual report.");
    expect(t.slack.callsOf("files.getUploadURLExternal")).toEqual([]);
  });

  it("a year with nothing, or text that is not a year, gets a sentence and no document", async () => {
    await appWith2017Report();
    expect((await command("FY2040/41", "U100")).text).toMatch(
      /^The catalogue holds nothing for FY2040\/41: .* No report was made\.$/,
    );
    expect((await command("2017/19", "U100")).text).toMatch(/not a fiscal year/);
    expect((await command("FY2017/18 everything", "U100")).text).toMatch(/I don't know "everything" here/);
    expect(t.slack.callsOf("files.getUploadURLExternal")).toEqual([]);
  });
});

describe("manifest.json", () => {
  it("declares /report with every other command, and the files:write scope its upload needs", async () => {
    const { readFile } = await import("node:fs/promises");
    const { commands } = await import("../../commands/index.ts");
    const manifest = JSON.parse(await readFile(new URL("../../manifest.json", import.meta.url), "utf8"));
    const declared = (manifest.features.slash_commands as Array<{ command: string }>).map((c) => c.command);
    expect(declared.sort()).toEqual(Object.keys(commands).sort());
    expect(manifest.oauth_config.scopes.bot).toContain("files:write");
  });
});
