import {
  type Address,
  encodeAbiParameters,
  encodeFunctionData,
  erc20Abi,
  isAddressEqual,
} from 'viem'
import { estimateFeesPerGas, readContract } from 'viem/actions'
import { bridgehubAbi, l2AssetRouterAbi } from '../abis'
import type { BridgeClients, L1Client } from '../clients'
import { L2_ASSET_ROUTER_ADDRESS, REQUIRED_L1_TO_L2_GAS_PER_PUBDATA } from '../constants'
import { getDepositRoute } from '../flows/depositSteps'
import type { DepositRoute } from '../model/transfer'
import { getChainContracts } from '../protocol/contracts'
import { estimateL1ToL2Gas } from '../protocol/priorityGas'
import { CONTRACTS_ETH_ADDRESS, isEthAddress } from '../tokens'

/** SDK constants: the deposit gas limits the zkSync SDKs recommend to keep in reserve. */
export const L1_GAS_RESERVE: Record<DepositRoute, bigint> = {
  'base-token': 200_000n,
  'erc20-to-eth-chain': 1_000_000n,
  'eth-to-custom-chain': 1_000_000n,
  'erc20-to-custom-chain': 1_000_000n,
}
/** Typical L1 gas of a deposit by route (shown as an estimate before approvals exist). */
export const L1_GAS_TYPICAL: Record<DepositRoute, bigint> = {
  'base-token': 150_000n,
  'erc20-to-eth-chain': 300_000n,
  'eth-to-custom-chain': 300_000n,
  'erc20-to-custom-chain': 350_000n,
}

export type GetDepositQuoteParameters = BridgeClients & {
  /** L1 token address; `0x0…0` (or `0x0…1`) for ETH. */
  token: Address
  amount: bigint
  /** The L1 account paying. */
  from: Address
  /** L2 recipient (defaults to `from`). */
  to?: Address
  /** Advanced: a fixed L2 gas limit instead of the estimate. */
  l2GasLimit?: bigint
}

export type DepositQuote = {
  route: DepositRoute
  /** The token as the contracts see it (ETH = 0x…01). */
  token: Address
  /** The chain's base token on L1 (ETH = 0x…01). */
  baseToken: Address
  bridgehub: Address
  /** L1AssetRouter: the spender of every deposit approval. */
  sharedBridge: Address
  l2GasLimit: bigint
  l2GasLimitEstimated: boolean
  gasPerPubdata: bigint
  /** L1 fee per gas the deposit will use (also the gas price of the base cost). */
  maxFeePerGas: bigint
  maxPriorityFeePerGas: bigint
  /** L2 base cost, in base-token units. */
  baseCost: bigint
  /** Base-token units minted on L2 (base cost, plus the amount when depositing the base token). */
  mintValue: bigint
  /** ETH sent with the L1 deposit transaction. */
  value: bigint
  /** Current allowances given to the shared bridge (undefined when not needed). */
  allowances: { token?: bigint; baseToken?: bigint }
  /** Estimated L1 gas of the deposit transaction, and its cost in ETH. */
  l1Gas: bigint
  l1Fee: bigint
  /** ETH to keep aside for the L1 transaction (for Max). */
  l1FeeReserve: bigint
}

/** What `abi.encode(name, symbol, decimals)` bridge data the SDKs send for a token's L2 estimate. */
async function defaultBridgeData(l1: L1Client, token: Address) {
  const [name, symbol, decimals] = isEthAddress(token)
    ? (['Ether', 'ETH', 18] as const)
    : await Promise.all([
        readContract(l1, { address: token, abi: erc20Abi, functionName: 'name' }),
        readContract(l1, { address: token, abi: erc20Abi, functionName: 'symbol' }),
        readContract(l1, { address: token, abi: erc20Abi, functionName: 'decimals' }),
      ])
  return encodeAbiParameters(
    [{ type: 'bytes' }, { type: 'bytes' }, { type: 'bytes' }],
    [
      encodeAbiParameters([{ type: 'string' }], [name]),
      encodeAbiParameters([{ type: 'string' }], [symbol]),
      encodeAbiParameters([{ type: 'uint256' }], [BigInt(decimals)]),
    ],
  )
}

/**
 * Everything a deposit will cost and need, on any ZK chain: the contracts read from the Bridgehub,
 * the L2 gas from whichever estimate the chain's node offers (`estimateL1ToL2Gas`), the base cost
 * from the Bridgehub. Passing `maxFeePerGas` and `l2GasLimit` from the quote to `deposit` sends
 * exactly the reviewed numbers.
 */
export async function getDepositQuote(
  parameters: GetDepositQuoteParameters,
): Promise<DepositQuote> {
  const { l1, l2, amount, from } = parameters
  const to = parameters.to ?? from
  const token = isEthAddress(parameters.token) ? CONTRACTS_ETH_ADDRESS : parameters.token
  const l2ChainId = BigInt(l2.chain.id)

  const [contracts, fees] = await Promise.all([
    getChainContracts({ l1, l2 }),
    estimateFeesPerGas(l1, { type: 'eip1559' }),
  ])
  const { bridgehub, baseToken } = contracts
  const route = getDepositRoute({ token, baseTokenL1Address: baseToken })
  const maxFeePerGas = fees.maxFeePerGas
  const maxPriorityFeePerGas = fees.maxPriorityFeePerGas

  // The L2 call the request makes: a plain transfer of the base token, else the L2 asset
  // router's finalizeDeposit called by the aliased L1 asset router.
  const l2GasLimit =
    parameters.l2GasLimit ??
    (route === 'base-token'
      ? await estimateL1ToL2Gas(l2, { from, to, data: '0x', value: amount })
      : await estimateL1ToL2Gas(l2, {
          from: applyAlias(contracts.l1AssetRouter),
          to: L2_ASSET_ROUTER_ADDRESS,
          data: encodeFunctionData({
            abi: l2AssetRouterAbi,
            functionName: 'finalizeDeposit',
            args: [from, to, token, amount, await defaultBridgeData(l1, token)],
          }),
          value: 0n,
        }))
  const l2GasLimitValue = BigInt(l2GasLimit)

  const baseCost = await readContract(l1, {
    address: bridgehub,
    abi: bridgehubAbi,
    functionName: 'l2TransactionBaseCost',
    args: [l2ChainId, maxFeePerGas, l2GasLimitValue, REQUIRED_L1_TO_L2_GAS_PER_PUBDATA],
  })
  const mintValue = route === 'base-token' ? baseCost + amount : baseCost
  const ethChain = isAddressEqual(baseToken, CONTRACTS_ETH_ADDRESS)
  const value = ethChain ? mintValue : route === 'eth-to-custom-chain' ? amount : 0n

  const sharedBridge = contracts.l1AssetRouter
  const allowance = (erc20: Address) =>
    readContract(l1, {
      address: erc20,
      abi: erc20Abi,
      functionName: 'allowance',
      args: [from, sharedBridge],
    })
  const [tokenAllowance, baseTokenAllowance] = await Promise.all([
    route === 'erc20-to-eth-chain' || route === 'erc20-to-custom-chain'
      ? allowance(token)
      : undefined,
    ethChain ? undefined : allowance(baseToken),
  ])

  const l1Gas = L1_GAS_TYPICAL[route]
  return {
    route,
    token,
    baseToken,
    bridgehub,
    sharedBridge,
    l2GasLimit: l2GasLimitValue,
    l2GasLimitEstimated: parameters.l2GasLimit === undefined,
    gasPerPubdata: REQUIRED_L1_TO_L2_GAS_PER_PUBDATA,
    maxFeePerGas,
    maxPriorityFeePerGas,
    baseCost,
    mintValue,
    value,
    allowances: {
      ...(tokenAllowance === undefined ? {} : { token: tokenAllowance }),
      ...(baseTokenAllowance === undefined ? {} : { baseToken: baseTokenAllowance }),
    },
    l1Gas,
    l1Fee: l1Gas * maxFeePerGas,
    l1FeeReserve: L1_GAS_RESERVE[route] * maxFeePerGas,
  }
}

const ALIAS_OFFSET = 0x1111000000000000000000000000000000001111n
function applyAlias(address: Address): Address {
  const aliased = (BigInt(address) + ALIAS_OFFSET) % 2n ** 160n
  return `0x${aliased.toString(16).padStart(40, '0')}` as Address
}
