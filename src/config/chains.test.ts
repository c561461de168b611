import { getAddress, isAddress } from 'viem'
import { describe, expect, it } from 'vitest'
import {
  CUSTOM_BASE_L2_CHAIN_ID,
  ETH_L2_CHAIN_ID,
  L1_CHAIN_ID,
  ZKSYNC_OS_L2_CHAIN_ID,
} from '../../devnet/facts'
import { rpcUrlOf } from '../bridge/pair'
import { ETH_TOKEN } from '../bridge/tokens'
import {
  applyRpcOverrides,
  chainsOfPairs,
  loadBuiltInPairs,
  PUBLIC_PAIRS,
  resolvePairs,
} from './chains'
import { DEVNET_PAIRS } from './devnetPairs'
import { BUILT_IN_PAIR_IDS } from './pairIds'

const BUILT_IN_PAIRS = { ...PUBLIC_PAIRS, ...DEVNET_PAIRS }

describe('built-in pairs', () => {
  const pairs = Object.values(BUILT_IN_PAIRS)

  it('are keyed by their id and listed in pairIds.ts', () => {
    expect(Object.keys(BUILT_IN_PAIRS)).toEqual([...BUILT_IN_PAIR_IDS])
    for (const [id, pair] of Object.entries(BUILT_IN_PAIRS)) expect(pair.id).toBe(id)
  })

  it('have the expected chains', () => {
    const ids = pairs.map((p) => [p.id, p.l1.id, p.l2.id])
    expect(ids).toEqual([
      ['era-mainnet', 1, 324],
      ['era-sepolia', 11155111, 300],
      ['devnet-270', L1_CHAIN_ID, ETH_L2_CHAIN_ID],
      ['devnet-272', L1_CHAIN_ID, CUSTOM_BASE_L2_CHAIN_ID],
      ['devnet-271', L1_CHAIN_ID, ZKSYNC_OS_L2_CHAIN_ID],
    ])
    expect(BUILT_IN_PAIRS['devnet-272'].l2.nativeCurrency.symbol).toBe('TST')
    expect(rpcUrlOf(BUILT_IN_PAIRS['devnet-270'].l1)).toBe('http://127.0.0.1:8545')
    expect(rpcUrlOf(BUILT_IN_PAIRS['devnet-270'].l2)).toBe('http://127.0.0.1:3050')
    expect(rpcUrlOf(BUILT_IN_PAIRS['devnet-272'].l2)).toBe('http://127.0.0.1:3051')
    expect(rpcUrlOf(BUILT_IN_PAIRS['devnet-271'].l2)).toBe('http://127.0.0.1:3052')
  })

  it('L2s are plain EVM chains (no viem/zksync formatters); only devnet pairs are devnet', () => {
    for (const pair of pairs) {
      // viem/zksync's formatters fail on ZKsync OS receipts; zkSync fields are read raw
      expect(pair.l2.formatters).toBeUndefined()
      expect(pair.l2.serializers).toBeUndefined()
      expect(pair.devnet).toBe(pair.id.startsWith('devnet-'))
      expect(pair.withdrawalDelay.seconds).toBeGreaterThan(0)
      expect(pair.withdrawalDelay.text).not.toBe('')
    }
  })

  it('token lists start with ETH and hold checksummed, unique addresses', () => {
    for (const pair of pairs) {
      expect(pair.tokens[0]).toEqual(ETH_TOKEN)
      const addresses = pair.tokens.map((t) => t.address.toLowerCase())
      expect(new Set(addresses).size).toBe(addresses.length)
      for (const token of pair.tokens) {
        expect(isAddress(token.address)).toBe(true)
        if (token !== ETH_TOKEN && /[A-F]/.test(token.address))
          expect(token.address).toBe(getAddress(token.address))
        expect(token.decimals).toBeGreaterThanOrEqual(0)
        expect(token.decimals).toBeLessThanOrEqual(36)
      }
    }
  })
})

describe('loadBuiltInPairs', () => {
  it('gives the chosen pairs in order, the devnet ones loaded on demand', async () => {
    const pairs = await loadBuiltInPairs(['devnet-272', 'era-mainnet', 'devnet-270'])
    expect(pairs).toEqual([
      BUILT_IN_PAIRS['devnet-272'],
      BUILT_IN_PAIRS['era-mainnet'],
      BUILT_IN_PAIRS['devnet-270'],
    ])
    expect(await loadBuiltInPairs(['era-sepolia'])).toEqual([BUILT_IN_PAIRS['era-sepolia']])
  })
})

describe('resolvePairs', () => {
  it('offers the chosen built-in pairs then the runtime ones, with RPC overrides', () => {
    const runtime = { ...BUILT_IN_PAIRS['era-sepolia'], id: 'extra', source: 'runtime' as const }
    const pairs = resolvePairs({
      builtIn: [BUILT_IN_PAIRS['devnet-272'], BUILT_IN_PAIRS['devnet-270']],
      runtimePairs: [runtime],
      rpcOverrides: { 9: 'http://127.0.0.1:18545', 300: 'https://zk.example' },
    })
    expect(pairs.map((p) => p.id)).toEqual(['devnet-272', 'devnet-270', 'extra'])
    expect(rpcUrlOf(pairs[0]?.l1 ?? BUILT_IN_PAIRS['era-mainnet'].l1)).toBe(
      'http://127.0.0.1:18545',
    )
    expect(pairs[0]?.l2.rpcUrls.default.http).toEqual(['http://127.0.0.1:3051'])
    expect(pairs[2]?.l2.rpcUrls.default.http).toEqual(['https://zk.example'])
    // The built-in definitions are not modified.
    expect(rpcUrlOf(BUILT_IN_PAIRS['devnet-270'].l1)).toBe('http://127.0.0.1:8545')
  })

  it('chainsOfPairs lists each chain once, L1s first', () => {
    const pairs = [BUILT_IN_PAIRS['devnet-270'], BUILT_IN_PAIRS['devnet-272']].map((p) =>
      applyRpcOverrides(p, {}),
    )
    expect(chainsOfPairs(pairs).map((c) => c.id)).toEqual([9, 270, 272])
  })
})
