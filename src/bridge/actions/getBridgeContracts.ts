import { type Address, getAddress, isAddress, zeroAddress } from 'viem'
import type { L2Client } from '../clients'

/** The bridge contracts a ZK chain names (`zks_getBridgeContracts`); `undefined`: none of its kind. */
export type BridgeContracts = {
  /** L1AssetRouter (v26+; the shared bridge before). */
  l1AssetRouter: Address
  /** L1Nullifier: also the address of the v24–v25 shared bridge. */
  l1Nullifier?: Address | undefined
  /** Era's legacy L1ERC20Bridge, when it differs from the asset router. */
  l1LegacyErc20Bridge?: Address | undefined
  l2AssetRouter: Address
  /** Era's legacy L2 shared bridge (chains older than v24 only). */
  l2LegacySharedBridge?: Address | undefined
}

function addressOrUndefined(value: unknown): Address | undefined {
  return typeof value === 'string' && isAddress(value) && value.toLowerCase() !== zeroAddress
    ? getAddress(value)
    : undefined
}

function required(value: unknown, field: string): Address {
  const address = addressOrUndefined(value)
  if (!address) throw new Error(`zks_getBridgeContracts: no ${field}`)
  return address
}

/** The chain's bridge contracts, checked (addresses checksummed, zero and absent as undefined). */
export async function getBridgeContracts({ l2 }: { l2: L2Client }): Promise<BridgeContracts> {
  const answer: unknown = await l2.transport.request({ method: 'zks_getBridgeContracts' })
  if (typeof answer !== 'object' || answer === null)
    throw new Error('zks_getBridgeContracts: not an object')
  const a = answer as Record<string, unknown>
  const l1AssetRouter = required(a.l1SharedDefaultBridge, 'l1SharedDefaultBridge')
  const erc20 = addressOrUndefined(a.l1Erc20DefaultBridge)
  return {
    l1AssetRouter,
    l1Nullifier: addressOrUndefined(a.l1Nullifier),
    l1LegacyErc20Bridge: erc20 && erc20 !== l1AssetRouter ? erc20 : undefined,
    l2AssetRouter: required(a.l2SharedDefaultBridge, 'l2SharedDefaultBridge'),
    l2LegacySharedBridge: addressOrUndefined(a.l2LegacySharedBridge),
  }
}
