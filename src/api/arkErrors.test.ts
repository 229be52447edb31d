import { describe, expect, it } from 'vitest'
import {
  ArkApiError,
  isRetryable,
  MAX_RETRY_AFTER_MS,
  NetworkError,
  parseRetryAfter,
  retryDelayMs,
} from './arkErrors.ts'

const NOW = Date.parse('2026-11-27T12:00:00Z')
const apiError = (status: number, code = `HTTP${status}`, retryAfterMs?: number) =>
  new ArkApiError({ status, code, message: 'm', retryAfterMs })

describe('parseRetryAfter', () => {
  it('reads delay-seconds and HTTP dates', () => {
    expect(parseRetryAfter('3', NOW)).toBe(3_000)
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0)
    expect(parseRetryAfter('Fri, 27 Nov 2026 12:00:05 GMT', NOW)).toBe(5_000)
  })

  it('caps huge values instead of passing Infinity or years on', () => {
    expect(parseRetryAfter('99999999999999999999999', NOW)).toBe(MAX_RETRY_AFTER_MS)
    expect(parseRetryAfter('Fri, 31 Dec 9999 23:59:59 GMT', NOW)).toBe(MAX_RETRY_AFTER_MS)
  })

  it('reads a date in the past as now', () => {
    expect(parseRetryAfter('Thu, 01 Jan 1970 00:00:00 GMT', NOW)).toBe(0)
  })

  it('ignores negative, fractional, ISO-date and other text values', () => {
    for (const value of ['-1', '-5', '1.5', '1e3', '2026-11-27', 'soon', 'NaN', 'Infinity', '0x10', '', null]) {
      expect(parseRetryAfter(value, NOW), String(value)).toBeUndefined()
    }
  })
})

describe('retryDelayMs', () => {
  it('doubles from 0.5 s to at most 8 s, with jitter down to 75 %', () => {
    expect(retryDelayMs(0, new NetworkError(), () => 1)).toBe(500)
    expect(retryDelayMs(0, new NetworkError(), () => 0)).toBe(375)
    expect(retryDelayMs(3, new NetworkError(), () => 1)).toBe(4_000)
    expect(retryDelayMs(4, new NetworkError(), () => 1)).toBe(8_000)
    expect(retryDelayMs(1_000, new NetworkError(), () => 1)).toBe(8_000)
  })

  it('treats a negative or non-numeric attempt as the first', () => {
    expect(retryDelayMs(-3, new NetworkError(), () => 1)).toBe(500)
    expect(retryDelayMs(Number.NaN, new NetworkError(), () => 1)).toBe(500)
  })

  it('honours Retry-After, within 0 and the cap', () => {
    expect(retryDelayMs(5, apiError(429, 'RateLimit', 2_000))).toBe(2_000)
    expect(retryDelayMs(0, apiError(429, 'RateLimit', 0))).toBe(0)
    expect(retryDelayMs(0, apiError(429, 'RateLimit', -50))).toBe(0)
    expect(retryDelayMs(0, apiError(503, 'Busy', 10 ** 12))).toBe(MAX_RETRY_AFTER_MS)
  })
})

describe('isRetryable', () => {
  it('retries what the SDKs retry', () => {
    for (const status of [408, 409, 429, 500, 502, 503, 504])
      expect(isRetryable(apiError(status)), String(status)).toBe(true)
    for (const status of [400, 401, 403, 404]) expect(isRetryable(apiError(status)), String(status)).toBe(false)
    expect(isRetryable(new NetworkError())).toBe(true)
  })

  it('fails fast when Ark cannot be reached for a reason retrying does not change', () => {
    expect(isRetryable(apiError(502, 'ArkUnreachable.ConnectionRefused'))).toBe(false)
    expect(isRetryable(apiError(502, 'ArkUnreachable.DnsFailure'))).toBe(false)
    expect(isRetryable(apiError(502, 'ArkUnreachable.Tls'))).toBe(false)
    expect(isRetryable(apiError(502, 'ArkUnreachable.Reset'))).toBe(true)
    expect(isRetryable(apiError(504, 'ArkUnreachable.Timeout'))).toBe(true)
  })
})
