import type { Address, Hash } from 'viem'
import type { Config } from 'wagmi'
import type { ChainPair } from '../../config/chains'
import type { StorageLike } from '../../lib/storage'
import { discoverTransfers } from '../actions/discoverTransfers'
import { finalizeWithdrawal } from '../actions/finalizeWithdrawal'
import { getWithdrawalStatus, type WithdrawalStatusInfo } from '../actions/getWithdrawalStatus'
import {
  getL2TokenAddressOf,
  getWithdrawalQuote,
  type WithdrawalQuote,
  withdraw,
} from '../actions/withdraw'
import { isTerminal } from '../model/status'
import type { WithdrawalTransfer } from '../model/transfer'
import type { TokenRef } from '../tokens'
import { saveTransfer } from '../transfers/store'
import { bridgeBaseToken } from './bridgeBaseToken'
import { l2ClientOf, publicClientOf, walletClientOf } from './clients'
import { bridgeKeys } from './keys'
import { pollInterval } from './transferStatusQueryOptions'

const tokenKey = (token: TokenRef) => (token.kind === 'eth' ? 'eth' : token.l1Address.toLowerCase())

/** The L2 address of a token (0x…800a for the base token); it never changes. */
export function l2TokenAddressQueryOptions(
  config: Config,
  p: { pair: ChainPair; token: TokenRef },
) {
  return {
    queryKey: bridgeKeys.l2TokenAddress({ l2ChainId: p.pair.l2.id, token: tokenKey(p.token) }),
    queryFn: async (): Promise<Address> =>
      getL2TokenAddressOf({
        l2: l2ClientOf(config, p.pair.l2.id),
        token: p.token,
        baseTokenL1: await bridgeBaseToken(config, p.pair),
      }),
    staleTime: Number.POSITIVE_INFINITY,
  }
}

export type WithdrawalQuoteQueryParameters = {
  pair: ChainPair
  account: Address | undefined
  token: TokenRef
  amount: bigint | undefined
  to: Address | undefined
}

/** The L2 fee of a withdrawal and the L2 token it burns. */
export function withdrawalQuoteQueryOptions(config: Config, p: WithdrawalQuoteQueryParameters) {
  return {
    queryKey: bridgeKeys.withdrawalQuote({
      l2ChainId: p.pair.l2.id,
      account: p.account,
      token: tokenKey(p.token),
      amount: p.amount,
      to: p.to,
    }),
    queryFn: async (): Promise<WithdrawalQuote> => {
      if (!p.account || p.amount === undefined) throw new Error('withdrawalQuote: missing input')
      const l2 = l2ClientOf(config, p.pair.l2.id)
      return getWithdrawalQuote({
        l2,
        token: p.token,
        baseTokenL1: await bridgeBaseToken(config, p.pair),
        amount: p.amount,
        from: p.account,
        to: p.to ?? p.account,
      })
    },
    enabled: Boolean(p.account) && p.amount !== undefined,
    refetchInterval: 15_000,
  }
}

export type WithdrawalStatusQueryParameters = {
  pair: ChainPair
  l2Hash: Hash
  /** The saved record, when this browser has one: status and finalization are written back. */
  transfer?: WithdrawalTransfer
  storage?: StorageLike
}

/** A withdrawal's stage, finalize readiness and ETA, keyed by its L2 hash; polls until final. */
export function withdrawalStatusQueryOptions(config: Config, p: WithdrawalStatusQueryParameters) {
  const { pair, l2Hash, transfer, storage } = p
  return {
    queryKey: bridgeKeys.withdrawalStatus({
      l1ChainId: pair.l1.id,
      l2ChainId: pair.l2.id,
      l2Hash,
    }),
    queryFn: async (): Promise<WithdrawalStatusInfo> => {
      const info = await getWithdrawalStatus({
        l1: publicClientOf(config, pair.l1.id),
        l2: l2ClientOf(config, pair.l2.id),
        l2Hash,
      })
      if (storage && transfer && info.status !== transfer.lastStatus)
        saveTransfer(storage, { ...transfer, lastStatus: info.status })
      return info
    },
    refetchInterval: (query: { state: { data?: WithdrawalStatusInfo } }) => {
      const status = query.state.data?.status
      return status && isTerminal(status, 'withdrawal') ? false : pollInterval(pair)
    },
    staleTime: 0,
  }
}

export type WithdrawVariables = {
  pair: ChainPair
  account: Address
  token: TokenRef
  l2Token: Address
  amount: bigint
  to: Address
}

/** Sends the L2 withdrawal and saves the transfer the moment its hash exists; resolves to it. */
export function withdrawMutationOptions(config: Config, storage: StorageLike) {
  return {
    mutationKey: ['ferry', 'withdraw'] as const,
    scope: { id: 'ferry-l2-write' },
    mutationFn: async (v: WithdrawVariables): Promise<Hash> => {
      const wallet = await walletClientOf(config, v.pair.l2.id)
      const hash = await withdraw({
        l2: wallet as never,
        l2Token: v.l2Token,
        amount: v.amount,
        to: v.to,
      })
      saveTransfer(storage, {
        version: 1,
        kind: 'withdrawal',
        pairId: v.pair.id,
        account: v.account,
        l1ChainId: v.pair.l1.id,
        l2ChainId: v.pair.l2.id,
        token: v.token,
        amount: v.amount.toString(),
        recipient: v.to,
        createdAt: Date.now(),
        l2Hash: hash,
        lastStatus: 'l2-pending',
      })
      return hash
    },
  }
}

export type FinalizeVariables = { pair: ChainPair; l2Hash: Hash; transfer?: WithdrawalTransfer }

/** Finalizes on L1 (never twice); resolves to the L1 hash once mined. */
export function finalizeMutationOptions(config: Config, storage: StorageLike) {
  return {
    mutationKey: ['ferry', 'finalize'] as const,
    scope: { id: 'ferry-l1-write' },
    mutationFn: async (v: FinalizeVariables): Promise<Hash> => {
      const hash = await finalizeWithdrawal({
        l1: await walletClientOf(config, v.pair.l1.id),
        l2: l2ClientOf(config, v.pair.l2.id),
        l2Hash: v.l2Hash,
      })
      if (v.transfer)
        saveTransfer(storage, { ...v.transfer, l1Hash: hash, lastStatus: 'finalized' })
      return hash
    },
  }
}

/** The account's transfers on a pair found on chain (deposits on L1, withdrawals on L2). */
export function historyQueryOptions(
  config: Config,
  p: { pair: ChainPair; account: Address | undefined },
) {
  return {
    queryKey: bridgeKeys.history({ pairId: p.pair.id, account: p.account }),
    queryFn: () => {
      if (!p.account) throw new Error('history: no account')
      return discoverTransfers({
        l1: publicClientOf(config, p.pair.l1.id),
        l2: l2ClientOf(config, p.pair.l2.id),
        pairId: p.pair.id,
        account: p.account,
      })
    },
    enabled: Boolean(p.account),
    staleTime: 30_000,
    refetchInterval: 60_000,
  }
}
