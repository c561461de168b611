import { type Address, erc20Abi, type Hex, isAddressEqual } from 'viem'
import { readContract } from 'viem/actions'
import { getDefaultBridgeAddresses, publicActionsL2 } from 'viem/zksync'
import type { BridgeClients } from '../clients'
import { REQUIRED_L1_TO_L2_GAS_PER_PUBDATA } from '../constants'
import { CONTRACTS_ETH_ADDRESS } from '../tokens'
import { type BaseCost, getBaseCost } from './getBaseCost'
import { getBaseToken } from './getBaseToken'

export type RequestExecuteQuote = BaseCost & {
  baseToken: Address
  l2GasLimitEstimated: boolean
  /** Base-token units minted on L2: base cost + L2 value. */
  mintValue: bigint
  /** ETH sent with the L1 transaction (the mint value on an ETH chain, else 0). */
  value: bigint
  /** L1AssetRouter: on a custom-base-token chain it pulls `mintValue` of the base token. */
  sharedBridge: Address
  /** The base-token allowance given to `sharedBridge` (undefined on an ETH chain). */
  baseTokenAllowance?: bigint
  maxPriorityFeePerGas?: bigint
}

export type GetRequestExecuteQuoteParameters = BridgeClients & {
  from: Address
  contractAddress: Address
  calldata: Hex
  l2Value: bigint
  /** Advanced: a fixed L2 gas limit instead of `zks_estimateGasL1ToL2`. */
  l2GasLimit?: bigint
}

/** What an L1→L2 call costs: L2 gas (estimated with `zks_estimateGasL1ToL2`), base cost, values. */
export async function getRequestExecuteQuote(
  p: GetRequestExecuteQuoteParameters,
): Promise<RequestExecuteQuote> {
  const [baseToken, l2GasLimit] = await Promise.all([
    getBaseToken(p),
    p.l2GasLimit ??
      publicActionsL2()(p.l2).estimateGasL1ToL2({
        account: p.from,
        to: p.contractAddress,
        data: p.calldata,
        value: p.l2Value,
        gasPerPubdata: REQUIRED_L1_TO_L2_GAS_PER_PUBDATA,
      }),
  ])
  const ethChain = isAddressEqual(baseToken, CONTRACTS_ETH_ADDRESS)
  const [cost, bridges] = await Promise.all([
    getBaseCost({ l1: p.l1, l2: p.l2, l2GasLimit: BigInt(l2GasLimit) }),
    getDefaultBridgeAddresses(p.l2),
  ])
  const baseTokenAllowance = ethChain
    ? undefined
    : await readContract(p.l1, {
        address: baseToken,
        abi: erc20Abi,
        functionName: 'allowance',
        args: [p.from, bridges.sharedL1],
      })
  const mintValue = cost.baseCost + p.l2Value
  return {
    ...cost,
    baseToken,
    l2GasLimitEstimated: p.l2GasLimit === undefined,
    mintValue,
    value: ethChain ? mintValue : 0n,
    sharedBridge: bridges.sharedL1,
    ...(baseTokenAllowance === undefined ? {} : { baseTokenAllowance }),
  }
}
