import { type Abi, BaseError, decodeErrorResult, type Hash, type Hex, isHex } from 'viem'
import { call, getTransaction } from 'viem/actions'
import type { ChainClient } from '../clients'

export type GetRevertReasonParameters = { client: ChainClient; hash: Hash; abi?: Abi }

/**
 * The revert reason of a failed transaction, where it can be known: the call is replayed on the
 * state just before its block and the revert data decoded (`Error(string)`, panics, and the
 * custom errors of the given ABI). `undefined` when the node gives no data (e.g. out of gas).
 */
export async function getRevertReason(p: GetRevertReasonParameters): Promise<string | undefined> {
  const tx = await getTransaction(p.client, { hash: p.hash })
  if (tx.blockNumber === null || !tx.to) return undefined
  try {
    await call(p.client, {
      account: tx.from,
      to: tx.to,
      data: tx.input,
      value: tx.value,
      gas: tx.gas,
      blockNumber: tx.blockNumber - 1n,
    })
    return undefined
  } catch (error) {
    const data = revertData(error)
    if (!data || data === '0x') return undefined
    try {
      const decoded = decodeErrorResult({ abi: p.abi ?? [], data })
      if (decoded.errorName === 'Error') return String(decoded.args?.[0])
      return `${decoded.errorName}(${(decoded.args ?? []).map(String).join(', ')})`
    } catch {
      return undefined
    }
  }
}

/** The revert data somewhere in viem's error chain (RPC errors carry it as `data`). */
function revertData(error: unknown): Hex | undefined {
  if (!(error instanceof BaseError)) return undefined
  const dataOf = (e: unknown): Hex | undefined => {
    const data = (e as { data?: unknown }).data
    if (typeof data === 'string' && isHex(data)) return data
    if (data && typeof data === 'object' && 'data' in data) {
      const inner = (data as { data?: unknown }).data
      if (typeof inner === 'string' && isHex(inner)) return inner
    }
    return undefined
  }
  const found = error.walk((e) => dataOf(e) !== undefined)
  return found ? dataOf(found) : undefined
}
