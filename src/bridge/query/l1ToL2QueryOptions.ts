import type { Abi, Address, Hash, Hex } from 'viem'
import type { Config } from 'wagmi'
import type { ChainPair } from '../../config/chains'
import type { StorageLike } from '../../lib/storage'
import { type BaseCost, getBaseCost } from '../actions/getBaseCost'
import { claimDeposit, getClaimStatus } from '../actions/getClaimStatus'
import { type DepositStatusInfo, getDepositStatus } from '../actions/getDepositStatus'
import { getRevertReason } from '../actions/getRevertReason'
import {
  getRequestExecuteQuote,
  type RequestExecuteQuote,
  requestExecute,
} from '../actions/requestExecute'
import type { ClaimStatus } from '../model/claim'
import { isTerminal } from '../model/status'
import type { DepositTransfer } from '../model/transfer'
import { saveTransfer } from '../transfers/store'
import { l2ClientOf, publicClientOf, walletClientOf } from './clients'
import { bridgeKeys } from './keys'
import { pollInterval } from './transferStatusQueryOptions'

/** Claimability of a deposit by its L1 or L2 hash; polls while it may still change. */
export function claimStatusQueryOptions(config: Config, p: { pair: ChainPair; hash: Hash }) {
  return {
    queryKey: bridgeKeys.claimStatus({
      l1ChainId: p.pair.l1.id,
      l2ChainId: p.pair.l2.id,
      hash: p.hash,
    }),
    queryFn: (): Promise<ClaimStatus> =>
      getClaimStatus({
        l1: publicClientOf(config, p.pair.l1.id),
        l2: l2ClientOf(config, p.pair.l2.id),
        hash: p.hash,
      }),
    refetchInterval: (query: { state: { data?: ClaimStatus } }) => {
      const data = query.state.data
      const waiting =
        data?.state === 'not-claimable' &&
        (data.why === 'l2-pending' || data.why === 'batch-not-executed')
      return waiting ? pollInterval(p.pair) : false
    },
  }
}

export type ClaimVariables = { pair: ChainPair; l2Hash: Hash; transfer?: DepositTransfer }

/** Claims a failed deposit on L1; resolves to the L1 hash once mined. */
export function claimMutationOptions(config: Config, storage: StorageLike) {
  return {
    mutationKey: ['ferry', 'claim'] as const,
    scope: { id: 'ferry-l1-write' },
    mutationFn: async (v: ClaimVariables): Promise<Hash> => {
      const hash = await claimDeposit({
        l1: await walletClientOf(config, v.pair.l1.id),
        l2: l2ClientOf(config, v.pair.l2.id),
        l2Hash: v.l2Hash,
      })
      if (v.transfer)
        saveTransfer(storage, { ...v.transfer, claimHash: hash, lastStatus: 'claimed' })
      return hash
    },
  }
}

export type RequestExecuteQueryParameters = {
  pair: ChainPair
  from: Address | undefined
  contractAddress: Address | undefined
  calldata: Hex | undefined
  l2Value: bigint
  l2GasLimit: bigint | undefined
}

/** The cost of an L1→L2 call: estimated L2 gas, base cost, mint value, L1 value. */
export function requestExecuteQuoteQueryOptions(config: Config, p: RequestExecuteQueryParameters) {
  return {
    queryKey: bridgeKeys.requestExecuteQuote({
      l2ChainId: p.pair.l2.id,
      from: p.from,
      contractAddress: p.contractAddress,
      calldata: p.calldata,
      l2Value: p.l2Value,
      l2GasLimit: p.l2GasLimit,
    }),
    queryFn: (): Promise<RequestExecuteQuote> => {
      if (!p.from || !p.contractAddress || p.calldata === undefined)
        throw new Error('requestExecuteQuote: missing input')
      return getRequestExecuteQuote({
        l1: publicClientOf(config, p.pair.l1.id),
        l2: l2ClientOf(config, p.pair.l2.id),
        from: p.from,
        contractAddress: p.contractAddress,
        calldata: p.calldata,
        l2Value: p.l2Value,
        ...(p.l2GasLimit ? { l2GasLimit: p.l2GasLimit } : {}),
      })
    },
    enabled: Boolean(p.from && p.contractAddress) && p.calldata !== undefined,
    refetchInterval: 15_000,
    retry: false,
  }
}

export type RequestExecuteVariables = {
  pair: ChainPair
  quote: RequestExecuteQuote
  contractAddress: Address
  calldata: Hex
  l2Value: bigint
  refundRecipient?: Address
}

/** Sends an L1→L2 call; resolves to the L1 hash. */
export function requestExecuteMutationOptions(config: Config) {
  return {
    mutationKey: ['ferry', 'requestExecute'] as const,
    scope: { id: 'ferry-l1-write' },
    mutationFn: async (v: RequestExecuteVariables): Promise<Hash> =>
      requestExecute({
        l1: await walletClientOf(config, v.pair.l1.id),
        l2: l2ClientOf(config, v.pair.l2.id),
        quote: v.quote,
        contractAddress: v.contractAddress,
        calldata: v.calldata,
        l2Value: v.l2Value,
        ...(v.refundRecipient ? { refundRecipient: v.refundRecipient } : {}),
      }),
  }
}

/** `Bridgehub.l2TransactionBaseCost` for a gas price (default: live L1 fee) and L2 gas limit. */
export function baseCostQueryOptions(
  config: Config,
  p: { pair: ChainPair; gasPrice: bigint | undefined; l2GasLimit: bigint | undefined },
) {
  return {
    queryKey: bridgeKeys.baseCost({
      l2ChainId: p.pair.l2.id,
      gasPrice: p.gasPrice,
      l2GasLimit: p.l2GasLimit,
    }),
    queryFn: (): Promise<BaseCost> => {
      if (p.l2GasLimit === undefined) throw new Error('baseCost: no gas limit')
      return getBaseCost({
        l1: publicClientOf(config, p.pair.l1.id),
        l2: l2ClientOf(config, p.pair.l2.id),
        l2GasLimit: p.l2GasLimit,
        ...(p.gasPrice === undefined ? {} : { gasPrice: p.gasPrice }),
      })
    },
    enabled: p.l2GasLimit !== undefined,
    refetchInterval: p.gasPrice === undefined ? 12_000 : false,
  } as const
}

/**
 * Where an L1→L2 call (request execute) is, by its L1 hash: L1 pending → L2 pending → L2
 * success/failed — the same stages as a deposit. Polls until terminal.
 */
export function l1ToL2StatusQueryOptions(config: Config, p: { pair: ChainPair; l1Hash: Hash }) {
  return {
    queryKey: bridgeKeys.l1ToL2Status({
      l1ChainId: p.pair.l1.id,
      l2ChainId: p.pair.l2.id,
      l1Hash: p.l1Hash,
    }),
    queryFn: (): Promise<DepositStatusInfo> =>
      getDepositStatus({
        l1: publicClientOf(config, p.pair.l1.id),
        l2: l2ClientOf(config, p.pair.l2.id),
        l1Hash: p.l1Hash,
      }),
    refetchInterval: (query: { state: { data?: DepositStatusInfo } }) => {
      const status = query.state.data?.status
      return status && isTerminal(status, 'deposit') ? false : pollInterval(p.pair)
    },
  }
}

/** The decoded revert reason of a failed L2 transaction (`null` when the node tells nothing). */
export function revertReasonQueryOptions(
  config: Config,
  p: { chainId: number; hash: Hash; abi?: Abi },
) {
  return {
    queryKey: bridgeKeys.revertReason({
      chainId: p.chainId,
      hash: p.hash,
      abiKey: p.abi
        ? JSON.stringify(p.abi.map((item) => ('name' in item ? item.name : item.type)))
        : '',
    }),
    queryFn: async (): Promise<string | null> =>
      (await getRevertReason({
        client: publicClientOf(config, p.chainId),
        hash: p.hash,
        ...(p.abi ? { abi: p.abi } : {}),
      })) ?? null,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  }
}
