import { type Address, decodeEventLog, getAddress, type Hash, type Log } from 'viem'
import { historyEventsAbi } from '../abis'
import { decodeWithdrawalAssetData } from './decoders'
import type { LogSource } from './sources'

/** What a withdrawal's L2 log says it moved. */
export type DecodedWithdrawal = {
  l2Hash: Hash
  recipient: Address
  amount: bigint
  /** The base token (0x…800a), or the L2 token burnt. */
  token: { kind: 'base-token' } | { kind: 'token'; l2Token: Address }
}

function decode(
  source: LogSource,
  log: Log & { transactionHash: Hash },
): DecodedWithdrawal | undefined {
  const { topics, data, transactionHash: l2Hash } = log
  switch (source.kind) {
    case 'base-token-withdrawal': {
      const { args } = decodeEventLog({
        abi: historyEventsAbi.baseTokenWithdrawal,
        topics,
        data,
        strict: true,
      })
      return {
        l2Hash,
        recipient: getAddress(args._l1Receiver),
        amount: args._amount,
        token: { kind: 'base-token' },
      }
    }
    case 'asset-router-withdrawal': {
      const { args } = decodeEventLog({
        abi: historyEventsAbi.tokenWithdrawal,
        topics,
        data,
        strict: true,
      })
      const asset = decodeWithdrawalAssetData(args.assetData)
      return {
        l2Hash,
        recipient: getAddress(asset.receiver),
        amount: asset.amount,
        token: { kind: 'token', l2Token: getAddress(asset.l2Token) },
      }
    }
    case 'legacy-withdrawal': {
      const { args } = decodeEventLog({
        abi: historyEventsAbi.legacyTokenWithdrawal,
        topics,
        data,
        strict: true,
      })
      return {
        l2Hash,
        recipient: getAddress(args.l1Receiver),
        amount: args.amount,
        token: { kind: 'token', l2Token: getAddress(args.l2Token) },
      }
    }
    default:
      return undefined
  }
}

/** A withdrawal from its L2 log, by source (base token, asset router, legacy L2 bridge). */
export function decodeWithdrawal(
  source: LogSource,
  log: Log & { transactionHash: Hash },
): DecodedWithdrawal | undefined {
  try {
    return decode(source, log)
  } catch {
    return undefined // not the event it claims to be: a stray log
  }
}
