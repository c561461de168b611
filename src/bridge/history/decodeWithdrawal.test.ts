import {
  type Address,
  encodeAbiParameters,
  encodeEventTopics,
  type Hash,
  type Hex,
  type Log,
  parseAbiParameters,
} from 'viem'
import { describe, expect, it } from 'vitest'
import { historyEventsAbi } from '../abis'
import { decodeWithdrawal } from './decodeWithdrawal'
import { historySources } from './sources'

const alice: Address = '0x36615Cf349d7F6344891B1e7CA7C72883F5dc049'
const bob: Address = '0xa61464658AfeAf65CccaaFD3a512b69A83B77618'
const l2Token: Address = '0x1d17CBcF0D6D143135aE902365D2E5e2A16538D4'
const legacyBridge: Address = '0x11f943b2c77b743AB90f4A0Ae7d5A4e7FCA3E102'
const hash = `0x${'33'.repeat(32)}` as Hash
const sources = historySources({
  l1AssetRouter: '0x8829AD80E425C646DAB305381ff105169FeEcE56',
  l2AssetRouter: '0x0000000000000000000000000000000000010003',
  l2LegacySharedBridge: legacyBridge,
})
const byKind = (kind: string) => {
  const source = sources.find((s) => s.kind === kind)
  if (!source) throw new Error(kind)
  return source
}
const log = (
  address: Address,
  topics: readonly (Hex | Hex[] | null)[],
  data: Hex,
): Log<bigint, number, false> & { transactionHash: Hash } => ({
  address,
  topics: topics.filter((t): t is Hex => typeof t === 'string') as [Hex, ...Hex[]],
  data,
  blockHash: `0x${'11'.repeat(32)}`,
  blockNumber: 60_000_000n,
  logIndex: 1,
  transactionHash: hash,
  transactionIndex: 0,
  removed: false,
})

describe('decodeWithdrawal', () => {
  it('a base-token withdrawal (L2BaseToken.Withdrawal)', () => {
    const l = log(
      '0x000000000000000000000000000000000000800A',
      encodeEventTopics({
        abi: historyEventsAbi.baseTokenWithdrawal,
        args: { _l2Sender: alice, _l1Receiver: bob },
      }),
      encodeAbiParameters(parseAbiParameters('uint256'), [5n]),
    )
    expect(decodeWithdrawal(byKind('base-token-withdrawal'), l)).toEqual({
      l2Hash: hash,
      recipient: bob,
      amount: 5n,
      token: { kind: 'base-token' },
    })
  })
  it('a token withdrawal through the asset router (v26+)', () => {
    const l = log(
      '0x0000000000000000000000000000000000010003',
      encodeEventTopics({
        abi: historyEventsAbi.tokenWithdrawal,
        args: { l2Sender: alice, assetId: `0x${'44'.repeat(32)}` },
      }),
      encodeAbiParameters(parseAbiParameters('uint256, bytes'), [
        324n,
        encodeAbiParameters(parseAbiParameters('uint256, address, address'), [9n, bob, l2Token]),
      ]),
    )
    expect(decodeWithdrawal(byKind('asset-router-withdrawal'), l)).toEqual({
      l2Hash: hash,
      recipient: bob,
      amount: 9n,
      token: { kind: 'token', l2Token },
    })
  })
  it('a token withdrawal through Era’s legacy L2 shared bridge', () => {
    const l = log(
      legacyBridge,
      encodeEventTopics({
        abi: historyEventsAbi.legacyTokenWithdrawal,
        args: { l2Sender: alice, l1Receiver: bob, l2Token },
      }),
      encodeAbiParameters(parseAbiParameters('uint256'), [11n]),
    )
    expect(decodeWithdrawal(byKind('legacy-withdrawal'), l)).toEqual({
      l2Hash: hash,
      recipient: bob,
      amount: 11n,
      token: { kind: 'token', l2Token },
    })
  })
  it('a log that is not the event it is filed under gives nothing', () => {
    const l = log('0x000000000000000000000000000000000000800A', [`0x${'55'.repeat(32)}`], '0x')
    expect(decodeWithdrawal(byKind('base-token-withdrawal'), l)).toBeUndefined()
  })
})
