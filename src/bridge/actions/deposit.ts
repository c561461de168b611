import { type Address, type Hash, type Hex, parseAbi, zeroHash } from 'viem'
import { estimateGas, readContract, sendTransaction } from 'viem/actions'
import type { L1WalletClient, L2Client } from '../clients'
import { getChainContracts } from '../protocol/contracts'
import {
  directRequest,
  type L1Request,
  nativeTokenAssetId,
  twoBridgesRequest,
} from '../protocol/l1ToL2Request'
import type { DepositQuote } from './getDepositQuote'

export type DepositParameters = {
  /** L1 wallet client (the connected account). */
  l1: L1WalletClient
  /** L2 public client. */
  l2: L2Client
  quote: DepositQuote
  amount: bigint
  to: Address
  refundRecipient?: Address
}

export type DepositReturnType = Hash

const vaultAbi = parseAbi(['function assetId(address token) view returns (bytes32)'])

/** Headroom on the L1 gas estimate (what the zkSync SDKs add). */
const L1_GAS_MARGIN = { numerator: 12n, denominator: 10n } as const

/**
 * The deposit's L1 transaction for the reviewed quote: a direct request for the chain's base
 * token, else a two-bridges request through the L1 asset router with the token's asset id (from
 * the native token vault, or the one it will give a token never bridged).
 */
export async function depositRequest(parameters: DepositParameters): Promise<L1Request> {
  const { l1, l2, quote, amount, to, refundRecipient } = parameters
  const common = {
    bridgehub: quote.bridgehub,
    l2ChainId: l2.chain.id,
    l2GasLimit: quote.l2GasLimit,
    refundRecipient,
  }
  if (quote.route === 'base-token')
    return directRequest({
      ...common,
      mintValue: quote.mintValue,
      value: quote.value,
      l2Contract: to,
      l2Value: amount,
      l2Calldata: '0x',
    })
  const { l1NativeTokenVault } = await getChainContracts({ l1, l2 })
  const registered: Hex = await readContract(l1, {
    address: l1NativeTokenVault,
    abi: vaultAbi,
    functionName: 'assetId',
    args: [quote.token],
  })
  return twoBridgesRequest({
    ...common,
    assetRouter: quote.sharedBridge,
    mintValue: quote.mintValue,
    value: quote.value,
    secondBridgeValue: quote.route === 'eth-to-custom-chain' ? amount : 0n,
    token: quote.token,
    assetId: registered === zeroHash ? nativeTokenAssetId(l1.chain.id, quote.token) : registered,
    amount,
    to,
  })
}

/**
 * Sends the L1 deposit transaction with exactly the reviewed numbers: the quote's fee per gas
 * (hence the same base cost) and L2 gas limit. Approvals are separate steps, so `deposit` never
 * approves on its own. Resolves to the L1 hash.
 */
export async function deposit(parameters: DepositParameters): Promise<DepositReturnType> {
  const { l1, quote } = parameters
  const request = await depositRequest(parameters)
  const gas = await estimateGas(l1, { account: l1.account, ...request })
  return sendTransaction(l1, {
    account: l1.account,
    chain: l1.chain,
    ...request,
    gas: (gas * L1_GAS_MARGIN.numerator) / L1_GAS_MARGIN.denominator,
    maxFeePerGas: quote.maxFeePerGas,
    maxPriorityFeePerGas: quote.maxPriorityFeePerGas,
  })
}
