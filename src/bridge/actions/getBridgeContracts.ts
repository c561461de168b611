import { type Address, getAddress, isAddress, zeroAddress } from 'viem'
import type { BridgeClients } from '../clients'
import { L2_ASSET_ROUTER_ADDRESS } from '../constants'
import { isMethodMissing } from '../protocol/capabilities'
import { getChainContracts } from '../protocol/contracts'

/**
 * The bridge contracts whose events make up a history (`zks_getBridgeContracts` on an Era node,
 * with the legacy bridges it names); `undefined`: none of its kind.
 */
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

/**
 * The chain's bridge contracts, checked (addresses checksummed, zero and absent as undefined). A
 * node without `zks_getBridgeContracts` (ZKsync OS) has no legacy bridges: the asset router and
 * the nullifier are read from the Bridgehub.
 */
export async function getBridgeContracts({ l1, l2 }: BridgeClients): Promise<BridgeContracts> {
  let answer: unknown
  try {
    answer = await l2.transport.request({ method: 'zks_getBridgeContracts' })
  } catch (error) {
    if (!isMethodMissing(error)) throw error
    const contracts = await getChainContracts({ l1, l2 })
    return {
      l1AssetRouter: contracts.l1AssetRouter,
      l1Nullifier: contracts.l1Nullifier,
      l2AssetRouter: L2_ASSET_ROUTER_ADDRESS,
    }
  }
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
