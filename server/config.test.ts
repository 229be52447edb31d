import { describe, expect, it } from 'vitest'
import { DEFAULT_ARK_BASE_URL, readServerConfig } from './config.ts'

describe('readServerConfig', () => {
  it('runs on the demo Ark when no key is set, or only white space', () => {
    expect(readServerConfig({}).apiKey).toBeUndefined()
    expect(readServerConfig({ ARK_API_KEY: '  ' }).apiKey).toBeUndefined()
    expect(readServerConfig({ ARK_API_KEY: ' sk-1 ' }).apiKey).toBe('sk-1')
  })

  it('defaults to cn-beijing and drops a trailing slash', () => {
    expect(readServerConfig({}).baseUrl).toBe(DEFAULT_ARK_BASE_URL)
    expect(readServerConfig({ ARK_BASE_URL: 'https://ark.ap-southeast.bytepluses.com/api/v3/' }).baseUrl).toBe(
      'https://ark.ap-southeast.bytepluses.com/api/v3',
    )
  })

  it('reads ARK_FILE_HOSTS as lower-case host[:port] entries', () => {
    expect(readServerConfig({ ARK_FILE_HOSTS: ' Files.Example.test , 127.0.0.1:9000,,' }).extraFileHosts).toEqual([
      'files.example.test',
      '127.0.0.1:9000',
    ])
  })

  it('refuses a file host entry that is a URL or a bare IPv6 address, and a base URL that is not http(s)', () => {
    expect(() => readServerConfig({ ARK_FILE_HOSTS: 'https://files.example.test/x' })).toThrow(/host\[:port\]/)
    expect(() => readServerConfig({ ARK_FILE_HOSTS: 'files.test, ::1' })).toThrow(
      'ARK_FILE_HOSTS entry "::1" is a bare IPv6 address: write it in brackets',
    )
    expect(() => readServerConfig({ ARK_BASE_URL: 'ftp://ark.example.test' })).toThrow(/http/)
  })

  it('reads the relay and proxy limits, refusing values that are not positive numbers', () => {
    const config = readServerConfig({
      ARK_RELAY_MAX_BYTES: '1000',
      ARK_RELAY_MIN_BYTES: '10',
      ARK_MAX_ANSWER_BYTES: '99',
    })
    expect(config.relay).toMatchObject({ maxBytes: 1000, minProgress: { minBytes: 10, windowMs: 30_000 } })
    expect(config.maxArkAnswerBytes).toBe(99)
    expect(readServerConfig({}).maxArkAnswerBytes).toBe(32 * 1024 ** 2)
    expect(() => readServerConfig({ ARK_RELAY_MAX_BYTES: '-1' })).toThrow(
      'ARK_RELAY_MAX_BYTES must be a positive number, got "-1"',
    )
    expect(() => readServerConfig({ ARK_UPSTREAM_TIMEOUT_MS: 'soon' })).toThrow(/ARK_UPSTREAM_TIMEOUT_MS/)
  })
})
