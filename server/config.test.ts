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

  it('refuses a file host entry that is a URL, and a base URL that is not http(s)', () => {
    expect(() => readServerConfig({ ARK_FILE_HOSTS: 'https://files.example.test/x' })).toThrow(/host\[:port\]/)
    expect(() => readServerConfig({ ARK_BASE_URL: 'ftp://ark.example.test' })).toThrow(/http/)
  })
})
