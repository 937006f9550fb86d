/**
 * RFC 5321's limits on an address (4.5.3.1): at most 64 octets before the @, 255 after it, and 254 in
 * all (the 256-octet path less its angle brackets). A relay refuses a longer one, so it is refused here
 * first, with the reason. Returns null when the address fits.
 */
export function addressTooLong(address: string): string | null {
  const at = address.lastIndexOf("@");
  const octets = (s: string) => Buffer.byteLength(s, "utf8");
  if (octets(address.slice(0, at)) > 64) return "has more than 64 characters before the @ (RFC 5321)";
  if (octets(address.slice(at + 1)) > 255) return "has a domain longer than 255 characters (RFC 5321)";
  if (octets(address) > 254) return "is longer than 254 characters (RFC 5321)";
  return null;
}
