import { HttpRequestError, MethodNotFoundRpcError, RpcRequestError } from 'viem'
import { describe, expect, it } from 'vitest'
import { chainKindOf, isMethodMissing } from './capabilities'

const rpcError = (code: number) =>
  new RpcRequestError({ body: {}, error: { code, message: 'no' }, url: 'http://node' })

describe('probing what a chain can do', () => {
  it('a method is missing only when the node says -32601', () => {
    expect(isMethodMissing(new MethodNotFoundRpcError(rpcError(-32601)))).toBe(true)
    expect(isMethodMissing(rpcError(-32601))).toBe(true)
    expect(isMethodMissing(rpcError(-32602))).toBe(false)
    expect(isMethodMissing(rpcError(-32005))).toBe(false)
    expect(isMethodMissing(new HttpRequestError({ url: 'http://node', status: 502 }))).toBe(false)
    expect(isMethodMissing(new Error('anything'))).toBe(false)
  })

  it('names the kind from the answers: without batch details it is a ZKsync OS node', () => {
    expect(
      chainKindOf({ estimateGasL1ToL2: true, batchDetails: true, transactionDetails: true }),
    ).toBe('era')
    expect(
      chainKindOf({ estimateGasL1ToL2: false, batchDetails: false, transactionDetails: false }),
    ).toBe('zksync-os')
    expect(
      chainKindOf({ estimateGasL1ToL2: true, batchDetails: false, transactionDetails: true }),
    ).toBe('zksync-os')
  })
})
