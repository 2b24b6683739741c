/**
 * IP addresses and CIDR blocks the way event-ruler reads them (CIDR.java): a value is an address
 * only if it looks like one (`\d+.\d+.\d+.\d+`, or hex digits and colons with at least one colon —
 * no zone ids, no dotted IPv4-in-IPv6) and java.net.InetAddress accepts it. IPv4 octets are
 * decimal even with leading zeros (`010.0.0.1` is 10.0.0.1). An IPv4-mapped IPv6 address
 * (`::ffff:a00:1`) is the IPv4 address, as InetAddress makes it. Addresses compare as upper-case
 * hex strings of their bytes (8 digits for IPv4, 32 for IPv6), so a block of one family never
 * holds an address of the other.
 */
import { PatternFault } from './errors.ts';

const IPV4_SHAPE = /^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$/;

/** Ruler's `[0-9a-fA-F:]*:[0-9a-fA-F:]*`, checked by hand: that regex goes quadratic on long colon runs. */
function looksLikeIpv6(text: string): boolean {
  let colon = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) colon = true;
    else if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102))) return false;
  }
  return colon;
}

function looksLikeIp(text: string): boolean {
  return IPV4_SHAPE.test(text) || looksLikeIpv6(text);
}

function parseIpv4(text: string): number[] | undefined {
  const bytes: number[] = [];
  for (const part of text.split('.')) {
    // Java accumulates the octet in a long; anything past 255 fails the literal parse.
    let value = 0;
    for (const ch of part) {
      value = value * 10 + (ch.charCodeAt(0) - 48);
      if (value > 255) return undefined;
    }
    bytes.push(value);
  }
  return bytes;
}

function parseIpv6(text: string): number[] | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groupsOf = (s: string): number[] | undefined => {
    if (s === '') return [];
    const groups: number[] = [];
    for (const g of s.split(':')) {
      if (g.length < 1 || g.length > 4) return undefined;
      groups.push(parseInt(g, 16));
    }
    return groups;
  };
  const head = groupsOf(halves[0] as string);
  const tail = halves.length === 2 ? groupsOf(halves[1] as string) : [];
  if (!head || !tail) return undefined;
  const explicit = head.length + tail.length;
  if (halves.length === 2 ? explicit > 7 : explicit !== 8) return undefined;
  const groups = [...head, ...new Array<number>(8 - explicit).fill(0), ...tail];
  const bytes: number[] = [];
  for (const g of groups) bytes.push(g >> 8, g & 0xff);
  // InetAddress turns an IPv4-mapped IPv6 address into the IPv4 address.
  if (bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff) return bytes.slice(12);
  return bytes;
}

type IpParse = { bytes: number[] } | { error: 'nonstandard' | 'invalid' };

function parseIp(text: string): IpParse {
  if (!looksLikeIp(text)) return { error: 'nonstandard' };
  const bytes = IPV4_SHAPE.test(text) ? parseIpv4(text) : parseIpv6(text);
  return bytes ? { bytes } : { error: 'invalid' };
}

function toHex(bytes: readonly number[]): string {
  return bytes.map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join('');
}

/** The hex form of an address, or undefined when ruler would not read the text as one. */
export function ipToHex(text: string): string | undefined {
  const parsed = parseIp(text);
  return 'bytes' in parsed ? toHex(parsed.bytes) : undefined;
}

/** An inclusive block of addresses, as hex strings of one length. */
export interface HexRange {
  readonly lo: string;
  readonly hi: string;
}

/** A plain string value that is an IP literal becomes a one-address block (CIDR.ipToRangeIfPossible). */
export function ipLiteralRange(text: string): HexRange | undefined {
  const hex = ipToHex(text);
  return hex === undefined ? undefined : { lo: hex, hi: hex };
}

/** Java's String.split drops trailing empty strings. */
function javaSplit(text: string, sep: string): string[] {
  const parts = text.split(sep);
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/**
 * Compiles a `cidr` operand. Faults carry ruler's wording and are final (IllegalArgumentException
 * in ruler, so its pre-`$or` compiler is not tried). Note ruler's bounds: an IPv4 mask must be
 * below 32 and an IPv6 mask below 128; host bits in the address are ignored (`10.0.0.5/24` is the
 * 10.0.0.0/24 block).
 */
export function compileCidr(operand: string): HexRange {
  const fault = (reason: string): never => {
    throw new PatternFault(reason, false);
  };
  const parts = javaSplit(operand, '/');
  if (parts.length !== 2) fault("Malformed CIDR, one '/' required");
  const [address, maskText] = parts as [string, string];
  // Integer.parseInt: an optional sign then decimal digits, within 32 bits.
  if (!/^[+-]?[0-9]+$/.test(maskText)) fault('Malformed CIDR, mask bits must be an integer');
  const mask = Number(maskText);
  if (mask < -(2 ** 31) || mask > 2 ** 31 - 1) fault('Malformed CIDR, mask bits must be an integer');
  if (mask < 0) fault('Malformed CIDR, mask bits must not be negative');
  const parsed = parseIp(address);
  if ('error' in parsed) {
    return fault(
      parsed.error === 'nonstandard' ? `Nonstandard IP address: ${address}` : `Invalid IP address: ${address}`,
    );
  }
  const bytes = parsed.bytes;
  if (bytes.length === 4 && mask > 31) fault('IPv4 mask bits must be < 32');
  if (bytes.length === 16 && mask > 127) fault('IPv6 mask bits must be < 128');
  const lo: number[] = [];
  const hi: number[] = [];
  bytes.forEach((b, i) => {
    const bitsHere = Math.max(0, Math.min(8, mask - i * 8));
    const keep = bitsHere === 0 ? 0 : (0xff << (8 - bitsHere)) & 0xff;
    lo.push(b & keep);
    hi.push((b & keep) | (~keep & 0xff));
  });
  return { lo: toHex(lo), hi: toHex(hi) };
}

export function inRange(hex: string, range: HexRange): boolean {
  return hex.length === range.lo.length && hex >= range.lo && hex <= range.hi;
}
