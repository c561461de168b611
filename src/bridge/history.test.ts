import {
  concatHex,
  encodeAbiParameters,
  getAddress,
  type Hash,
  padHex,
  parseAbiParameters,
  stringToHex,
} from 'viem'
import { describe, expect, it } from 'vitest'
import {
  decodeBridgeMintData,
  decodeTokenMetadata,
  decodeWithdrawalAssetData,
  mergeTransfers,
  tokenFromMetadata,
} from './history'
import type { DepositTransfer, Transfer, WithdrawalTransfer } from './types'

const alice = getAddress('0x36615cf349d7f6344891b1e7ca7c72883f5dc049')
const token = getAddress('0x5fbdb2315678afecb367f032d93f642f64180aa3')
const str = (s: string) => encodeAbiParameters(parseAbiParameters('string'), [s])

describe('decoding what a transfer moved', () => {
  it('reads token metadata in the 0x01 format (the vault’s) and the legacy format', () => {
    const fields = [
      str('Test Token'),
      str('TST'),
      encodeAbiParameters(parseAbiParameters('uint8'), [18]),
    ] as const
    const v1 = concatHex([
      '0x01',
      encodeAbiParameters(parseAbiParameters('uint256,bytes,bytes,bytes'), [9n, ...fields]),
    ])
    const legacy = encodeAbiParameters(parseAbiParameters('bytes,bytes,bytes'), fields)
    for (const data of [v1, legacy])
      expect(decodeTokenMetadata(data)).toEqual({ name: 'Test Token', symbol: 'TST', decimals: 18 })
  })
  it('reads bytes32 names of old tokens and refuses garbage', () => {
    const name = padHex(stringToHex('MKR'), { dir: 'right', size: 32 })
    const legacy = encodeAbiParameters(parseAbiParameters('bytes,bytes,bytes'), [
      name,
      name,
      encodeAbiParameters(parseAbiParameters('uint256'), [18n]),
    ])
    expect(decodeTokenMetadata(legacy)).toEqual({ name: 'MKR', symbol: 'MKR', decimals: 18 })
    expect(decodeTokenMetadata('0x1234')).toBeUndefined()
  })
  it('reads bridgeMintData and withdrawal assetData', () => {
    const mint = encodeAbiParameters(parseAbiParameters('address,address,address,uint256,bytes'), [
      alice,
      alice,
      token,
      5n,
      '0x',
    ])
    expect(decodeBridgeMintData(mint)).toMatchObject({
      receiver: alice,
      originToken: token,
      amount: 5n,
    })
    const assetData = encodeAbiParameters(parseAbiParameters('uint256,address,address'), [
      7n,
      alice,
      token,
    ])
    expect(decodeWithdrawalAssetData(assetData)).toEqual({
      amount: 7n,
      receiver: alice,
      l2Token: token,
    })
  })
  it('maps 0x…01 to ETH and needs metadata for an ERC-20', () => {
    expect(tokenFromMetadata('0x0000000000000000000000000000000000000001', undefined)).toEqual({
      kind: 'eth',
    })
    expect(tokenFromMetadata(token, undefined)).toBeUndefined()
    expect(tokenFromMetadata(token, { name: 'T', symbol: 'T', decimals: 6 })).toEqual({
      kind: 'erc20',
      l1Address: token,
      name: 'T',
      symbol: 'T',
      decimals: 6,
    })
  })
})

const hash = (n: number) => `0x${n.toString(16).padStart(64, '0')}` as Hash
const base = {
  version: 1 as const,
  pairId: 'devnet-270',
  account: alice,
  l1ChainId: 9,
  l2ChainId: 270,
  token: { kind: 'eth' as const },
  amount: '1',
  recipient: alice,
}
const deposit = (n: number, extra: Partial<DepositTransfer> = {}): DepositTransfer => ({
  ...base,
  kind: 'deposit',
  route: 'base-token',
  l1Hash: hash(n),
  createdAt: n,
  ...extra,
})
const withdrawal = (n: number, extra: Partial<WithdrawalTransfer> = {}): WithdrawalTransfer => ({
  ...base,
  kind: 'withdrawal',
  l2Hash: hash(n),
  createdAt: n,
  ...extra,
})

describe('mergeTransfers', () => {
  it('keeps one entry per transfer, newest first', () => {
    const merged = mergeTransfers(
      [deposit(1), withdrawal(3)],
      [deposit(1), deposit(2), withdrawal(3)],
    )
    expect(merged.map((t) => t.createdAt)).toEqual([3, 2, 1])
  })
  it('prefers the saved record and fills in the L2 hash found on chain', () => {
    const saved = deposit(1, { lastStatus: 'l2-pending' })
    const [merged] = mergeTransfers([saved], [deposit(1, { l2Hash: hash(99) })]) as Transfer[]
    expect(merged).toMatchObject({ lastStatus: 'l2-pending', l2Hash: hash(99) })
  })
  it('does not confuse a deposit and a withdrawal with the same hash', () => {
    expect(mergeTransfers([deposit(5)], [withdrawal(5)])).toHaveLength(2)
  })
  it('is idempotent', () => {
    const saved = [deposit(1), withdrawal(2)]
    const discovered = [deposit(1, { l2Hash: hash(7) }), deposit(3)]
    const once = mergeTransfers(saved, discovered)
    expect(mergeTransfers(once, discovered)).toEqual(once)
  })
})
