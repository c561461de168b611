import { type Address, erc20Abi, type Hex, isAddressEqual } from 'viem'
import { readContract } from 'viem/actions'
import type { BridgeClients } from '../clients'
import { getChainContracts } from '../protocol/contracts'
import { estimateL1ToL2Gas } from '../protocol/priorityGas'
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
  /** Advanced: a fixed L2 gas limit instead of the estimate. */
  l2GasLimit?: bigint
}

/** What an L1→L2 call costs: L2 gas (estimated on any chain kind), base cost, values. */
export async function getRequestExecuteQuote(
  p: GetRequestExecuteQuoteParameters,
): Promise<RequestExecuteQuote> {
  const [baseToken, l2GasLimit] = await Promise.all([
    getBaseToken(p),
    p.l2GasLimit ??
      estimateL1ToL2Gas(p.l2, {
        from: p.from,
        to: p.contractAddress,
        data: p.calldata,
        value: p.l2Value,
      }),
  ])
  const ethChain = isAddressEqual(baseToken, CONTRACTS_ETH_ADDRESS)
  const [cost, contracts] = await Promise.all([
    getBaseCost({ l1: p.l1, l2: p.l2, l2GasLimit: BigInt(l2GasLimit) }),
    getChainContracts(p),
  ])
  const baseTokenAllowance = ethChain
    ? undefined
    : await readContract(p.l1, {
        address: baseToken,
        abi: erc20Abi,
        functionName: 'allowance',
        args: [p.from, contracts.l1AssetRouter],
      })
  const mintValue = cost.baseCost + p.l2Value
  return {
    ...cost,
    baseToken,
    l2GasLimitEstimated: p.l2GasLimit === undefined,
    mintValue,
    value: ethChain ? mintValue : 0n,
    sharedBridge: contracts.l1AssetRouter,
    ...(baseTokenAllowance === undefined ? {} : { baseTokenAllowance }),
  }
}
