import { type Address, getAddress, type Hash, type Log, parseEventLogs } from 'viem'
import { historyEventsAbi } from '../abis'
import { decodeBridgeMintData, decodeTokenMetadata } from './decoders'

/** What an L1 deposit receipt says the deposit moved. */
export type DecodedDeposit = {
  /** The canonical L2 hash of its priority request. */
  l2Hash: Hash
  recipient: Address
  amount: bigint
} & (
  | { kind: 'base-token' }
  /** An ERC-20, or ETH to a custom-base-token chain; `metadata` when the event carried it (v26+). */
  | {
      kind: 'token'
      l1Token: Address
      metadata?: { name: string; symbol: string; decimals: number } | undefined
    }
)

export type DecodeDepositParameters = {
  logs: readonly Log<bigint, number, false>[]
  /** The chain's diamond: the emitter of `NewPriorityRequest`. */
  mainContract: Address
  /** The sources of two-bridges events: the asset router (v26+), the old shared bridge (v24–v25). */
  assetRouter: Address
  sharedBridge?: Address | undefined
  legacyErc20Bridge?: Address | undefined
}

const at = (address: Address | undefined) => (log: Log<bigint, number, false>) =>
  address !== undefined && log.address.toLowerCase() === address.toLowerCase()

/**
 * A deposit from its L1 receipt's logs, whatever protocol generation sent it: the two-bridges
 * event of v26+ (bridge-mint data with the token metadata), of v24–v25 (receiver, token, amount),
 * or of Era's legacy L1ERC20Bridge; otherwise the priority request itself (a base-token deposit:
 * its value and recipient). `undefined` for what is not a deposit: an L1→L2 call with calldata
 * (request execute) or a receipt with no priority request.
 */
export function decodeDeposit(p: DecodeDepositParameters): DecodedDeposit | undefined {
  const logs = [...p.logs]
  const requests = parseEventLogs({
    abi: historyEventsAbi.priorityRequest,
    logs: logs.filter(at(p.mainContract)),
  })
  const [request] = requests
  if (!request) return undefined
  // the canonical L2 hash is the request's own `txHash` (what viem's getL2HashFromPriorityOp reads)
  const l2Hash = request.args.txHash
  const [v26] = parseEventLogs({
    abi: historyEventsAbi.depositV26,
    logs: logs.filter(at(p.assetRouter)),
  })
  if (v26) {
    const mint = decodeBridgeMintData(v26.args.bridgeMintCalldata)
    return {
      kind: 'token',
      l2Hash,
      recipient: getAddress(mint.receiver),
      amount: mint.amount,
      l1Token: getAddress(mint.originToken),
      metadata: decodeTokenMetadata(mint.metadata),
    }
  }
  const [v24] = parseEventLogs({
    abi: historyEventsAbi.depositV24,
    logs: logs.filter(at(p.sharedBridge)),
  })
  const [legacy] = parseEventLogs({
    abi: historyEventsAbi.legacyErc20Deposit,
    logs: logs.filter(at(p.legacyErc20Bridge)),
  })
  const twoBridges = v24?.args ?? legacy?.args
  if (twoBridges)
    return {
      kind: 'token',
      l2Hash,
      recipient: getAddress(twoBridges.to),
      amount: twoBridges.amount,
      l1Token: getAddress(twoBridges.l1Token),
    }
  const tx = request.args.transaction
  if (tx.data !== '0x') return undefined // an L1→L2 call, not a deposit
  return {
    kind: 'base-token',
    l2Hash,
    recipient: getAddress(`0x${tx.to.toString(16).padStart(40, '0')}`),
    amount: tx.value,
  }
}
