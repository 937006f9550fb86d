/**
 * Writes small PDFs by hand for the PDF reader's tests: text at given places (Helvetica, which every
 * PDF reader knows without an embedded font) and lines, on pages of a given size. Coordinates are
 * from the top left, in points, as the reader reports them.
 */
export interface SyntheticPage {
  width?: number;
  height?: number;
  texts?: Array<{ x: number; y: number; text: string; size?: number }>;
  /** Stroked lines from (x0, y0) to (x1, y1). */
  lines?: Array<[number, number, number, number]>;
  /** Filled discs (list bullets drawn, not printed): centre and radius. */
  discs?: Array<[number, number, number]>;
  /** An image covering the page, as a scanner makes. */
  scanned?: boolean;
}

// Text is written in WinAnsiEncoding, where the bullet is byte 0x95.
const pdfString = (text: string) => `(${text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/•/g, "\x95")})`;

function content(page: SyntheticPage, height: number): string {
  const ops: string[] = [];
  for (const [x0, y0, x1, y1] of page.lines ?? [])
    ops.push(`0.5 w ${x0} ${height - y0} m ${x1} ${height - y1} l S`);
  for (const [x, y, r] of page.discs ?? []) {
    const k = r * 0.55;
    const cy = height - y;
    ops.push(
      `${x + r} ${cy} m ${x + r} ${cy + k} ${x + k} ${cy + r} ${x} ${cy + r} c ${x - k} ${cy + r} ${x - r} ${cy + k} ${x - r} ${cy} c ${x - r} ${cy - k} ${x - k} ${cy - r} ${x} ${cy - r} c ${x + k} ${cy - r} ${x + r} ${cy - k} ${x + r} ${cy} c f`,
    );
  }
  if (page.scanned) ops.push(`q ${page.width ?? 595} 0 0 ${height} 0 0 cm /Im1 Do Q`);
  for (const t of page.texts ?? []) {
    ops.push(`BT /F1 ${t.size ?? 10} Tf ${t.x} ${height - t.y} Td ${pdfString(t.text)} Tj ET`);
  }
  return ops.join("\n");
}

/** A PDF of the given pages; `encrypted` adds a standard security handler whose password is not empty. */
export function syntheticPdf(pages: SyntheticPage[], options: { encrypted?: boolean } = {}): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) + 1; // object 1 is the catalogue
  const font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  const image = add(
    "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x00\xff\xff\x00\nendstream",
  );
  const kids: number[] = [];
  for (const page of pages) {
    const height = page.height ?? 842;
    const stream = content(page, height);
    const streamId = add(
      `<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`,
    );
    const id = add(
      `<< /Type /Page /Parent PAGES 0 R /MediaBox [0 0 ${page.width ?? 595} ${height}] /Contents ${streamId} 0 R /Resources << /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${image} 0 R >> >> >>`,
    );
    kids.push(id);
  }
  const treeId = add(
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`,
  );
  const encryptId = options.encrypted
    ? add(`<< /Filter /Standard /V 1 /R 2 /O <${"11".repeat(32)}> /U <${"22".repeat(32)}> /P -4 >>`)
    : 0;
  const all = [`<< /Type /Catalog /Pages ${treeId} 0 R >>`, ...objects].map((o) =>
    o.replace(/PAGES 0 R/g, `${treeId} 0 R`),
  );
  let out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  all.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${all.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  const id = "<0123456789abcdef0123456789abcdef>";
  out += `trailer\n<< /Size ${all.length + 1} /Root 1 0 R /ID [${id} ${id}]${encryptId ? ` /Encrypt ${encryptId} 0 R` : ""} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}
