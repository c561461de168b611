import type { Address, Hash } from 'viem'
import { parseAddressInput } from '../../lib/address'
import {
  type DepositStatus,
  depositStatuses,
  type WithdrawalStatus,
  withdrawalStatuses,
} from '../model/status'
import type { DepositRoute, DepositTransfer, Transfer, WithdrawalTransfer } from '../model/transfer'
import type { TokenRef } from '../tokens'

// ---------------------------------------------------------------------------------------------
// Validation (hand-written: every field checked, unknown fields dropped, addresses checksummed)

type Check<T> = { ok: true; value: T } | { ok: false; reason: string }

export type ValidateTransferResult = Check<Transfer>

const invalid = (reason: string): { ok: false; reason: string } => ({ ok: false, reason })

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function readAddress(value: unknown, field: string): Check<Address> {
  if (typeof value !== 'string') return invalid(`${field} is not a string`)
  const parsed = parseAddressInput(value)
  return parsed.ok ? parsed : invalid(`${field}: ${parsed.message}`)
}

function readHash(value: unknown, field: string): Check<Hash> {
  return typeof value === 'string' && /^0x[0-9a-fA-F]{64}$/.test(value)
    ? { ok: true, value: value.toLowerCase() as Hash }
    : invalid(`${field} is not a 32-byte hash`)
}

function readOptionalHash(value: unknown, field: string): Check<Hash | undefined> {
  return value === undefined || value === null
    ? { ok: true, value: undefined }
    : readHash(value, field)
}

function readChainId(value: unknown, field: string): Check<number> {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0
    ? { ok: true, value }
    : invalid(`${field} is not a chain id`)
}

function readToken(value: unknown): Check<TokenRef> {
  if (!isRecord(value)) return invalid('token is not an object')
  if (value.kind === 'eth') return { ok: true, value: { kind: 'eth' } }
  if (value.kind !== 'erc20') return invalid('token.kind is neither eth nor erc20')
  const l1Address = readAddress(value.l1Address, 'token.l1Address')
  if (!l1Address.ok) return l1Address
  const { symbol, name, decimals } = value
  if (typeof symbol !== 'string' || typeof name !== 'string') {
    return invalid('token.symbol or token.name is not a string')
  }
  if (
    typeof decimals !== 'number' ||
    !Number.isInteger(decimals) ||
    decimals < 0 ||
    decimals > 255
  ) {
    return invalid('token.decimals is not an integer in 0–255')
  }
  return { ok: true, value: { kind: 'erc20', l1Address: l1Address.value, symbol, name, decimals } }
}

const depositRoutes: readonly DepositRoute[] = [
  'base-token',
  'erc20-to-eth-chain',
  'eth-to-custom-chain',
  'erc20-to-custom-chain',
]

function readOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
): Check<T | undefined> {
  if (value === undefined || value === null) return { ok: true, value: undefined }
  return allowed.includes(value as T)
    ? { ok: true, value: value as T }
    : invalid(`${field} "${String(value)}" is unknown`)
}

/**
 * Checks one stored value and returns a clean `Transfer` (known fields only, addresses
 * checksummed, hashes lowercase), or why it is not one. Never throws.
 */
export function validateTransfer(value: unknown): ValidateTransferResult {
  if (!isRecord(value)) return invalid('not an object')
  if (value.version !== 1) return invalid(`version ${String(value.version)} is not 1`)
  if (value.kind !== 'deposit' && value.kind !== 'withdrawal') return invalid('kind is unknown')
  if (typeof value.pairId !== 'string' || value.pairId === '') return invalid('pairId is missing')
  const account = readAddress(value.account, 'account')
  if (!account.ok) return account
  const recipient = readAddress(value.recipient, 'recipient')
  if (!recipient.ok) return recipient
  const l1ChainId = readChainId(value.l1ChainId, 'l1ChainId')
  if (!l1ChainId.ok) return l1ChainId
  const l2ChainId = readChainId(value.l2ChainId, 'l2ChainId')
  if (!l2ChainId.ok) return l2ChainId
  const token = readToken(value.token)
  if (!token.ok) return token
  if (typeof value.amount !== 'string' || !/^(0|[1-9]\d{0,77})$/.test(value.amount)) {
    return invalid('amount is not a decimal string')
  }
  const { createdAt } = value
  if (typeof createdAt !== 'number' || !Number.isSafeInteger(createdAt) || createdAt < 0) {
    return invalid('createdAt is not a timestamp')
  }
  const l1Hash = readOptionalHash(value.l1Hash, 'l1Hash')
  if (!l1Hash.ok) return l1Hash
  const l2Hash = readOptionalHash(value.l2Hash, 'l2Hash')
  if (!l2Hash.ok) return l2Hash
  const base = {
    version: 1 as const,
    pairId: value.pairId,
    account: account.value,
    l1ChainId: l1ChainId.value,
    l2ChainId: l2ChainId.value,
    token: token.value,
    amount: value.amount,
    recipient: recipient.value,
    createdAt,
  }

  if (value.kind === 'deposit') {
    if (!l1Hash.value) return invalid('a deposit has no l1Hash')
    const route = readOneOf(value.route, depositRoutes, 'route')
    if (!route.ok) return route
    if (!route.value) return invalid('a deposit has no route')
    const claimHash = readOptionalHash(value.claimHash, 'claimHash')
    if (!claimHash.ok) return claimHash
    const lastStatus = readOneOf<DepositStatus>(value.lastStatus, depositStatuses, 'lastStatus')
    if (!lastStatus.ok) return lastStatus
    const deposit: DepositTransfer = {
      ...base,
      kind: 'deposit',
      route: route.value,
      l1Hash: l1Hash.value,
      ...(l2Hash.value ? { l2Hash: l2Hash.value } : {}),
      ...(claimHash.value ? { claimHash: claimHash.value } : {}),
      ...(lastStatus.value ? { lastStatus: lastStatus.value } : {}),
    }
    return { ok: true, value: deposit }
  }

  if (!l2Hash.value) return invalid('a withdrawal has no l2Hash')
  const lastStatus = readOneOf<WithdrawalStatus>(value.lastStatus, withdrawalStatuses, 'lastStatus')
  if (!lastStatus.ok) return lastStatus
  const withdrawal: WithdrawalTransfer = {
    ...base,
    kind: 'withdrawal',
    l2Hash: l2Hash.value,
    ...(l1Hash.value ? { l1Hash: l1Hash.value } : {}),
    ...(lastStatus.value ? { lastStatus: lastStatus.value } : {}),
  }
  return { ok: true, value: withdrawal }
}
