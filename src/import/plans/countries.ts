const NAME_WORD = /^(?:[A-Z][\w'.-]*|of|and|the|da|du|de)$/;

/** A member's name, or the tail of an inverted one ("Republic of" in "Palau, Republic of"). */
function isName(piece: string): boolean {
  const words = piece.split(/\s+/);
  return /^[A-Z]/.test(piece) && words.every((w) => NAME_WORD.test(w));
}

function isInvertedTail(piece: string): boolean {
  return /\bof$/.test(piece) || /^(?:Republic|Rep\.|Kingdom|State|Democratic|Islamic|People's)\b/.test(piece);
}

/**
 * The members a workshop is for, from its title's last "for …": "for Fiji, Guinea and Samoa" →
 * three; "for All Countries" (or a phrase that is not a list of names) → none.
 */
export function countriesOf(title: string): string[] {
  const m = /\bfor\s+([^()]+?)\s*$/i.exec(title.slice(title.toLowerCase().lastIndexOf(" for ")));
  if (!m?.[1] || !/ for /i.test(title)) return [];
  const list = m[1].trim();
  if (/^all\b/i.test(list)) return [];
  const pieces = list
    .replace(/,?\s+and\s+/g, ", ")
    .split(/\s*,\s*/)
    .filter((p) => p !== "");
  const out: string[] = [];
  for (const piece of pieces) {
    if (!isName(piece)) return [];
    const prev = out[out.length - 1];
    if (prev !== undefined && isInvertedTail(piece)) out[out.length - 1] = `${prev}, ${piece}`;
    else out.push(piece);
  }
  return out;
}
