import { describe, expect, it } from 'vitest'
import { checkFileUrl, fileHostAllowlist, isPrivateAddress } from './fileHostAllowlist.ts'

const allowlist = fileHostAllowlist(['127.0.0.1:9000', 'files.local.test'])
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
      '0.0.0.0',
    ]) {
      expect(isPrivateAddress(address), address).toBe(true)
    }
    for (const address of ['8.8.8.8', '101.126.0.1', '2001:4860:4860::8888']) {
      expect(isPrivateAddress(address), address).toBe(false)
    }
  })
})
