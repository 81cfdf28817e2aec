// The client's address behind reverse proxies. Each proxy appends the address it received the
// request from to `X-Forwarded-For`, so only the right-hand entries written by our own proxies can
// be believed: anything to their left is whatever the client chose to send.
import { BlockList, isIP } from 'node:net';

/** Which proxies to believe: the nearest `hops` of them, or those at these addresses. */
export type ProxyTrust = { hops: number } | { proxies: BlockList };

const NAMED_RANGES: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/** `::ffff:203.0.113.7` (an IPv4 client on a dual-stack socket) is `203.0.113.7`. */
const plain = (address: string): string =>
  address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;

/**
 * `--trust-proxy`: a number of proxy hops (1–10), or a comma-separated list of proxy addresses
 * and CIDR ranges, with `loopback` and `private` as names for those ranges. Throws with the reason.
 */
export function parseProxyTrust(value: string): ProxyTrust {
  const text = value.trim();
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops < 1 || hops > 10) throw new Error('a number of proxy hops must be from 1 to 10');
    return { hops };
  }
  const proxies = new BlockList();
  const entries = text.split(',').map((entry) => entry.trim());
  if (!text || entries.some((entry) => !entry))
    throw new Error('name the proxies: a number of hops, or addresses and CIDR ranges');
  for (const range of entries.flatMap((entry) => NAMED_RANGES[entry] ?? [entry])) {
    const [address, bits, extra] = range.split('/');
    const family = isIP(address ?? '');
    const prefix = bits === undefined ? (family === 4 ? 32 : 128) : Number(bits);
    if (
      !family ||
      extra !== undefined ||
      !Number.isInteger(prefix) ||
      prefix < 0 ||
      prefix > (family === 4 ? 32 : 128) ||
      (bits !== undefined && !/^\d+$/.test(bits))
    )
      throw new Error(`"${range}" is not an address, a CIDR range, loopback or private`);
    proxies.addSubnet(address!, prefix, family === 4 ? 'ipv4' : 'ipv6');
  }
  return { proxies };
}

const trusted = (proxies: BlockList, address: string) =>
  proxies.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');

/**
 * The client's address: walking from the socket leftwards through `X-Forwarded-For`, past the
 * trusted proxies, to the first address they vouch for. An entry that is not an address ends the
 * walk at the last good one, so a malformed header cannot pick the address either.
 */
export function clientAddress(
  forwardedFor: string | null,
  socketAddress: string | undefined,
  trust: ProxyTrust | undefined,
): string {
  const socket = socketAddress ? plain(socketAddress) : 'unknown';
  if (!trust || !forwardedFor) return socket;
  const hops = [
    socket,
    ...forwardedFor
      .split(',')
      .map((entry) => plain(entry.trim()))
      .toReversed(),
  ];
  let client = socket;
  for (let index = 0; index < hops.length - 1; index++) {
    const proxy = hops[index]!;
    const believed =
      'hops' in trust ? index < trust.hops : isIP(proxy) && trusted(trust.proxies, proxy);
    if (!believed) break;
    const next = hops[index + 1]!;
    if (!isIP(next)) break;
    client = next;
  }
  return client;
}
