import { BlockList, isIP } from 'node:net';
import type { H3Event } from 'h3';

/**
 * The reader's address, for per-client rate limits and for the CMS's own limits on the
 * newsletter forms it is passed on to. X-Forwarded-For is anyone's to write, so it is
 * believed only when the connection comes from a proxy named in NUXT_TRUSTED_PROXIES
 * (comma-separated addresses or CIDR ranges, e.g. "10.0.0.0/8,fd00::/8"); unset, the
 * socket's address is the client, whatever the header says.
 */
export interface TrustedProxies {
  has(address: string): boolean;
}

/** IPv4 seen through an IPv6 socket (::ffff:10.0.0.1) is that IPv4 address. */
function plainAddress(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1]! : trimmed;
}

/** Parses the setting; throws naming the entry that is neither an address nor a range. */
export function parseTrustedProxies(setting: string | undefined): TrustedProxies {
  const list = new BlockList();
  let any = false;
  for (const raw of (setting ?? '').split(',').map((entry) => entry.trim()).filter(Boolean)) {
    const [address = '', bits] = raw.split('/');
    const family = isIP(address);
    const prefix = bits === undefined ? undefined : Number(bits);
    const maxBits = family === 6 ? 128 : 32;
    if (!family || (prefix !== undefined && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= maxBits))) {
      throw new Error(`NUXT_TRUSTED_PROXIES: "${raw}" is not an IP address or CIDR range (e.g. 10.0.0.0/8).`);
    }
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, prefix, type);
    any = true;
  }
  return {
    has(address) {
      if (!any) return false;
      const plain = plainAddress(address);
      const family = isIP(plain);
      return family !== 0 && list.check(plain, family === 6 ? 'ipv6' : 'ipv4');
    },
  };
}

/**
 * The client of a request that reached us from `socketAddress` with `forwardedFor`:
 * walking X-Forwarded-For from the right (each proxy appends the address it saw), the
 * first address that is not a trusted proxy. Malformed entries stop the walk there.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | undefined, trusted: TrustedProxies): string {
  const socket = plainAddress(socketAddress ?? '');
  if (!socket || !trusted.has(socket) || !forwardedFor) return socket || 'unknown';
  const hops = forwardedFor.split(',').map(plainAddress).reverse();
  let client = socket;
  for (const hop of hops) {
    if (!isIP(hop)) break;
    client = hop;
    if (!trusted.has(hop)) break;
  }
  return client;
}

let parsed: { setting: string; proxies: TrustedProxies } | undefined;

function trustedProxies(): TrustedProxies {
  const setting = String(useRuntimeConfig().trustedProxies ?? '');
  if (parsed?.setting !== setting) parsed = { setting, proxies: parseTrustedProxies(setting) };
  return parsed.proxies;
}

/** This request's client address (see above). */
export function clientIp(event: H3Event): string {
  return clientAddress(event.node.req.socket.remoteAddress, getRequestHeader(event, 'x-forwarded-for'), trustedProxies());
}
