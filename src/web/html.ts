/** Text for HTML element content and double-quoted attributes: every character HTML gives a meaning. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
