import {
  HttpRequestError,
  InternalRpcError,
  InvalidParamsRpcError,
  InvalidRequestRpcError,
  LimitExceededRpcError,
  MethodNotFoundRpcError,
  RpcRequestError,
  TimeoutError,
} from 'viem'
import { describe, expect, it } from 'vitest'
import { classifyLogsError, suggestedSizeOf } from './classifyLogsError'

// Errors as viem raises them for real providers' answers (real-networks.md §5).

const url = 'https://rpc.example'
const body = { method: 'eth_getLogs' }
const rpc = (code: number, message: string) =>
  new RpcRequestError({ body, error: { code, message }, url })

describe('classifyLogsError', () => {
  it('Infura, Alchemy and Era range/result refusals are "too large", with the size that fits', () => {
    expect(
      classifyLogsError(
        new InvalidParamsRpcError(rpc(-32602, 'range 1000000 exceeds limit of 10000')),
      ),
    ).toMatchObject({ kind: 'too-large', suggestedSize: 10_000n })
    expect(
      classifyLogsError(
        new InvalidRequestRpcError(
          rpc(
            -32600,
            'You can make eth_getLogs requests with up to a 10 block range. Based on your parameters, this block range should work: [0x1a, 0x23]',
          ),
        ),
      ),
    ).toMatchObject({ kind: 'too-large', suggestedSize: 10n })
    expect(
      classifyLogsError(
        new InvalidParamsRpcError(
          rpc(
            -32602,
            'Query returned more than 10000 results. Try with this block range [0x10, 0x8f].',
          ),
        ),
      ),
    ).toMatchObject({ kind: 'too-large', suggestedSize: 128n })
    expect(
      classifyLogsError(
        new LimitExceededRpcError(rpc(-32005, 'query returned more than 10000 results')),
      ),
    ).toMatchObject({ kind: 'too-large', suggestedSize: undefined })
  })

  it('HTTP 429 is a rate limit, with Retry-After in ms when the provider sends it', () => {
    const headers = new Headers({ 'retry-after': '2' })
    expect(classifyLogsError(new HttpRequestError({ status: 429, headers, url }))).toEqual({
      kind: 'rate-limited',
      retryAfterMs: 2_000,
    })
    expect(classifyLogsError(new HttpRequestError({ status: 429, url }))).toEqual({
      kind: 'rate-limited',
      retryAfterMs: undefined,
    })
    // Infura: HTTP 429 whose body is a JSON-RPC error with -32005, the code it also uses for
    // "too many results": the status decides.
    const infura = new LimitExceededRpcError(
      new RpcRequestError({
        body,
        error: { code: -32005, message: 'project ID request rate exceeded' },
        headers,
        status: 429,
        url,
      }),
    )
    expect(classifyLogsError(infura)).toEqual({ kind: 'rate-limited', retryAfterMs: 2_000 })
    expect(classifyLogsError(rpc(-32007, '10/second request limit reached'))).toEqual({
      kind: 'rate-limited',
    })
  })

  it('no answer (5xx, timeout, network) is transient', () => {
    expect(classifyLogsError(new HttpRequestError({ status: 502, url })).kind).toBe('transient')
    expect(
      classifyLogsError(new HttpRequestError({ url, cause: new TypeError('fetch failed') })).kind,
    ).toBe('transient')
    expect(classifyLogsError(new TimeoutError({ body, url })).kind).toBe('transient')
  })

  it('anything else stops the scan, saying what the RPC said', () => {
    expect(
      classifyLogsError(
        new MethodNotFoundRpcError(rpc(-32601, 'the method eth_getLogs does not exist')),
      ),
    ).toEqual({
      kind: 'fatal',
      detail: 'the method eth_getLogs does not exist (code -32601)',
    })
    expect(classifyLogsError(new InternalRpcError(rpc(-32603, 'internal error'))).kind).toBe(
      'fatal',
    )
    expect(classifyLogsError(new HttpRequestError({ status: 403, url }))).toEqual({
      kind: 'fatal',
      detail: 'the RPC answered HTTP 403',
    })
  })
})

describe('suggestedSizeOf', () => {
  it.each([
    ['range 1000000 exceeds limit of 10000', 10_000n],
    ['this block range should work: [0x10, 0x19]', 10n],
    ['Try with this block range [100, 199].', 100n],
    ['You can make eth_getLogs requests with up to a 2K block range', undefined],
    ['query returned more than 10000 results', undefined],
    ['block range [0x20, 0x10]', undefined],
  ])('%s → %s', (message, size) => {
    expect(suggestedSizeOf(message)).toBe(size)
  })
})
