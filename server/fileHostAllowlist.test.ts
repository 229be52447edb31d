import { describe, expect, it } from 'vitest'
import { checkFileUrl, fileHostAllowlist, isPrivateAddress, parseFileHostEntry } from './fileHostAllowlist.ts'

const allowlist = fileHostAllowlist(['127.0.0.1:9000', 'files.local.test', '[::1]:9100'])
const allowed = (url: string) => checkFileUrl(url, allowlist).ok

describe('file relay allowlist', () => {
  it("allows https on Ark's object-storage domains", () => {
    expect(
      allowed('https://ark-content-generation-cn-beijing.tos-cn-beijing.volces.com/a.zip?X-Tos-Expires=86400'),
    ).toBe(true)
    expect(allowed('https://ark-content-generation-ap-southeast-1.tos-ap-southeast-1.bytepluses.com/a.zip')).toBe(true)
  })

  it('refuses plain http on those domains, and the bare domain itself', () => {
    expect(allowed('http://bucket.tos-cn-beijing.volces.com/a.zip')).toBe(false)
    expect(allowed('https://volces.com/a.zip')).toBe(false)
  })

  it('refuses look-alike hosts', () => {
    expect(allowed('https://x.volces.com.attacker.test/a.zip')).toBe(false)
    expect(allowed('https://xvolces.com/a.zip')).toBe(false)
    expect(allowed('https://volces.com.evil/a.zip')).toBe(false)
  })

  it('refuses IP literals, loopback and metadata addresses that are not listed', () => {
    expect(allowed('http://169.254.169.254/latest/meta-data/')).toBe(false)
    expect(allowed('https://127.0.0.1/a.zip')).toBe(false)
    expect(allowed('https://[::1]/a.zip')).toBe(false)
    expect(allowed('http://127.0.0.1:5173/')).toBe(false)
    expect(allowed('https://2130706433/a.zip')).toBe(false)
  })

  it('refuses other schemes and credentials in the URL', () => {
    expect(allowed('file:///etc/passwd')).toBe(false)
    expect(allowed('ftp://bucket.volces.com/a.zip')).toBe(false)
    expect(allowed('https://user:pw@bucket.volces.com/a.zip')).toBe(false)
    expect(allowed('not a url')).toBe(false)
  })

  it('allows ARK_FILE_HOSTS entries over http or https, on their exact port only', () => {
    expect(allowed('http://127.0.0.1:9000/a.zip')).toBe(true)
    expect(allowed('http://127.0.0.1:9001/a.zip')).toBe(false)
    expect(allowed('http://files.local.test/a.zip')).toBe(true)
    expect(allowed('https://files.local.test/a.zip')).toBe(true)
    expect(allowed('http://files.local.test:8080/a.zip')).toBe(false)
  })

  it('knows which resolved addresses are private', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '0.0.0.0',
      // IPv6 forms that carry an IPv4 address, and the ranges that are not the public internet
      '64:ff9b::a9fe:a9fe',
      '64:ff9b::169.254.169.254',
      '64:ff9b:1::1',
      '::127.0.0.1',
      '::a.b.c.d'.replace('a.b.c.d', '10.0.0.1'),
      '::8.8.8.8',
      'fec0::1',
      'feff::1',
      '2002:7f00:1::1',
      '2001::1',
      '2001:db8::1',
      'ff02::1',
      '198.18.0.1',
      '198.19.255.255',
      '192.0.0.8',
      '192.0.2.1',
      '203.0.113.9',
      '100.64.0.1',
      '255.255.255.255',
      'not-an-address',
    ]) {
      expect(isPrivateAddress(address), address).toBe(true)
    }
    for (const address of [
      '8.8.8.8',
      '101.126.0.1',
      '198.20.0.1',
      '192.0.1.1',
      '2001:4860:4860::8888',
      '2400:3200::1',
      '::ffff:8.8.8.8',
    ]) {
      expect(isPrivateAddress(address), address).toBe(false)
    }
  })

  it('normalises host names: case and one trailing dot', () => {
    const verdict = checkFileUrl('https://Bucket.TOS-cn-beijing.volces.com./a.zip', allowlist)
    expect(verdict).toMatchObject({ ok: true })
    expect(verdict.ok && verdict.url.hostname).toBe('bucket.tos-cn-beijing.volces.com')
    expect(allowed('http://files.local.test./a.zip')).toBe(true)
    expect(allowed('https://x.volces.com.attacker.test./a.zip')).toBe(false)
    expect(allowed('https://volces.com./a.zip')).toBe(false)
  })

  it('matches a bracketed IPv6 entry in any spelling', () => {
    expect(allowed('http://[::1]:9100/a.zip')).toBe(true)
    expect(allowed('http://[0:0:0:0:0:0:0:1]:9100/a.zip')).toBe(true)
    expect(allowed('http://[::1]:9101/a.zip')).toBe(false)
  })
})

describe('ARK_FILE_HOSTS entries', () => {
  it('reads names, IPv4 and bracketed IPv6, with or without a port', () => {
    expect(parseFileHostEntry(' Files.Example.TEST. ')).toEqual({ hostname: 'files.example.test', port: undefined })
    expect(parseFileHostEntry('127.0.0.1:9000')).toEqual({ hostname: '127.0.0.1', port: 9000 })
    expect(parseFileHostEntry('[::1]:8080')).toEqual({ hostname: '[::1]', port: 8080 })
    expect(parseFileHostEntry('[0:0::1]')).toEqual({ hostname: '[::1]', port: undefined })
  })

  it('refuses what it cannot use, saying why', () => {
    expect(() => parseFileHostEntry('::1')).toThrow('is a bare IPv6 address: write it in brackets, as [::1]')
    expect(() => parseFileHostEntry('fe80::1:9000')).toThrow(/bare IPv6/)
    expect(() => parseFileHostEntry('https://files.example.test')).toThrow(/not a host\[:port\]/)
    expect(() => parseFileHostEntry('files.example.test/path')).toThrow(/not a host\[:port\]/)
    expect(() => parseFileHostEntry('user@files.example.test')).toThrow(/not a host\[:port\]/)
    expect(() => parseFileHostEntry('files.example.test:0')).toThrow(/port outside 1–65535/)
    expect(() => parseFileHostEntry('files.example.test:70000')).toThrow(/port outside 1–65535/)
    expect(() => parseFileHostEntry('a..b')).toThrow(/empty label|not a valid/)
    expect(() => parseFileHostEntry('[zz::1]')).toThrow(/not a host\[:port\]/)
    expect(() => parseFileHostEntry('[::1')).toThrow(/not a host\[:port\]/)
    expect(() => parseFileHostEntry('[1::2::3]')).toThrow(/not a valid host/)
  })
})
