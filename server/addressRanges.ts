import { isIP } from 'node:net'

/** An IPv6 address as eight 16-bit groups, from any textual form (compressed, with a dotted IPv4 tail). */
function ipv6Groups(address: string): number[] | undefined {
  let text = address.toLowerCase().replace(/%.*$/, '')
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split('.').map(Number) as [number, number, number, number]
    text = `${text.slice(0, -dotted[1]!.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head, tail, ...rest] = text.split('::')
  if (rest.length > 0) return undefined
  const parse = (part: string | undefined) => (part ? part.split(':').map((g) => parseInt(g, 16)) : [])
  const front = parse(head)
  const back = parse(tail)
  const groups = tail === undefined ? front : [...front, ...Array(8 - front.length - back.length).fill(0), ...back]
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined
}

function isPrivateIpv4(address: string): boolean {
  const [a, b, c] = address.split('.').map(Number) as [number, number, number, number]
  return (
    a === 0 || // "this" network
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local, cloud metadata
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 0 && c === 0) || // IETF protocol assignments
    (a === 192 && b === 0 && c === 2) || // TEST-NET-1
    (a === 192 && b === 88 && c === 99) || // 6to4 relay anycast
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19)) || // benchmarking
    (a === 198 && b === 51 && c === 100) || // TEST-NET-2
    (a === 203 && b === 0 && c === 113) || // TEST-NET-3
    a >= 224 // multicast, reserved, broadcast
  )
}

/**
 * Addresses a public Ark host name must never resolve to (DNS rebinding against the relay): every
 * range that is not the public internet, including IPv6 forms that carry an IPv4 address inside
 * (mapped, compatible, NAT64, 6to4, Teredo), which are refused whole.
 */
export function isPrivateAddress(address: string): boolean {
  if (isIP(address) === 4) return isPrivateIpv4(address)
  if (isIP(address) !== 6) return true // not an address at all: never trust it
  const g = ipv6Groups(address)
  if (!g) return true
  const first = g[0]!
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0)
  if (zeroUpTo(5) && g[5] === 0xffff) return isPrivateIpv4(`${g[6]! >> 8}.${g[6]! & 255}.${g[7]! >> 8}.${g[7]! & 255}`)
  return (
    zeroUpTo(6) || // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d
    (first === 0x0064 && g[1] === 0xff9b) || // NAT64 64:ff9b::/96 and 64:ff9b:1::/48
    first === 0x0100 || // discard-only 100::/64
    (first === 0x2001 && g[1]! < 0x0200) || // Teredo, benchmarking, ORCHID and other IETF assignments
    (first === 0x2001 && g[1] === 0x0db8) || // documentation
    first === 0x2002 || // 6to4
    (first & 0xfe00) === 0xfc00 || // unique local fc00::/7
    (first & 0xffc0) === 0xfe80 || // link-local fe80::/10
    (first & 0xffc0) === 0xfec0 || // site-local fec0::/10
    (first & 0xff00) === 0xff00 // multicast
  )
}
