import {
  type Account,
  type Address,
  type Chain,
  type Client,
  erc20Abi,
  type Hash,
  type Hex,
  isAddressEqual,
  type Transport,
} from 'viem'
import { readContract } from 'viem/actions'
import {
  type ChainEIP712,
  getBridgehubContractAddress,
  getDefaultBridgeAddresses,
  publicActionsL2,
  requestExecute as zksyncRequestExecute,
} from 'viem/zksync'
import { CONTRACTS_ETH_ADDRESS } from '../tokens'
import { type BaseCost, getBaseCost } from './getBaseCost'
import { bridgehubAbi, REQUIRED_L1_TO_L2_GAS_PER_PUBDATA } from './getDepositQuote'

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

export type GetRequestExecuteQuoteParameters = {
  l1: Client<Transport, Chain>
  l2: Client<Transport, ChainEIP712>
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
  const bridgehub = await getBridgehubContractAddress(p.l2)
  const [baseToken, l2GasLimit] = await Promise.all([
    readContract(p.l1, {
      address: bridgehub,
      abi: bridgehubAbi,
      functionName: 'baseToken',
      args: [BigInt(p.l2.chain.id)],
    }),
    p.l2GasLimit ??
      publicActionsL2()(p.l2).estimateGasL1ToL2({
        account: p.from,
        to: p.contractAddress,
        data: p.calldata,
        value: p.l2Value,
        gasPerPubdata: REQUIRED_L1_TO_L2_GAS_PER_PUBDATA,
      } as never),
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

export type RequestExecuteParameters = {
  l1: Client<Transport, Chain, Account>
  l2: Client<Transport, ChainEIP712>
  quote: RequestExecuteQuote
  contractAddress: Address
  calldata: Hex
  l2Value: bigint
  refundRecipient?: Address
}

/** Sends the L1→L2 call with the reviewed gas limit and fee; resolves to the L1 hash. */
export async function requestExecute(p: RequestExecuteParameters): Promise<Hash> {
  return zksyncRequestExecute(p.l1, {
    account: p.l1.account,
    chain: p.l1.chain,
    client: p.l2,
    contractAddress: p.contractAddress,
    calldata: p.calldata,
    l2Value: p.l2Value,
    l2GasLimit: p.quote.l2GasLimit,
    maxFeePerGas: p.quote.gasPrice,
    mintValue: p.quote.mintValue,
    ...(p.refundRecipient ? { refundRecipient: p.refundRecipient } : {}),
  } as Parameters<typeof zksyncRequestExecute>[1])
}
