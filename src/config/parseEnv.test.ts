import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BUILT_IN_PAIR_IDS } from './pairIds'
import { EnvError, isHttpUrl, parseEnv } from './parseEnv'

function problemsOf(raw: Record<string, unknown>): readonly string[] {
  try {
    parseEnv(raw)
  } catch (error) {
    if (error instanceof EnvError) return error.problems
    throw error
  }
  return []
}

describe('parseEnv', () => {
  it('defaults: public pairs, no WalletConnect, no RPC overrides', () => {
    expect(parseEnv({ MODE: 'production', BASE_URL: './', DEV: false })).toEqual({
      walletConnectProjectId: undefined,
      rpcOverrides: {},
      pairIds: ['era-mainnet', 'era-sepolia'],
      defaultPairId: 'era-mainnet',
    })
  })

  it('reads every variable', () => {
    expect(
      parseEnv({
        VITE_WALLETCONNECT_PROJECT_ID: '0123456789abcdef0123456789ABCDEF',
        VITE_RPC_1: 'https://eth.example/rpc?key=1',
        VITE_RPC_270: 'http://127.0.0.1:3050',
        VITE_PAIRS: ' devnet-270 , devnet-272 ',
        VITE_DEFAULT_PAIR: 'devnet-272',
      }),
    ).toEqual({
      walletConnectProjectId: '0123456789abcdef0123456789ABCDEF',
      rpcOverrides: { 1: 'https://eth.example/rpc?key=1', 270: 'http://127.0.0.1:3050' },
      pairIds: ['devnet-270', 'devnet-272'],
      defaultPairId: 'devnet-272',
    })
  })

  it('treats empty values as unset', () => {
    expect(
      parseEnv({ VITE_WALLETCONNECT_PROJECT_ID: '', VITE_PAIRS: '  ', VITE_RPC_1: '' }),
    ).toMatchObject({ walletConnectProjectId: undefined, rpcOverrides: {} })
  })

  it('lists every problem at once, naming the variable', () => {
    const problems = problemsOf({
      VITE_WALLETCONNECT_PROJECT_ID: 'YOUR_PROJECT_ID',
      VITE_RPC_1: 'ws://node.example',
      VITE_RPC_abc: 'https://x.example',
      VITE_RPC_324: 'not a url',
      VITE_PAIRS: 'era-mainnet,nope,era-mainnet,',
      VITE_DEFAULT_PAIR: 'devnet-270',
      VITE_PAIR: 'typo',
    })
    expect(problems).toEqual([
      'VITE_PAIR: unknown variable (Ferry reads VITE_WALLETCONNECT_PROJECT_ID, VITE_PAIRS, VITE_DEFAULT_PAIR and VITE_RPC_<chainId>)',
      'VITE_WALLETCONNECT_PROJECT_ID: expected the 32-character hexadecimal project id from the Reown (WalletConnect) dashboard, got "YOUR_PROJECT_ID"',
      'VITE_RPC_1: must be an http(s) URL, got "ws://node.example"',
      'VITE_RPC_324: must be an http(s) URL, got "not a url"',
      'VITE_RPC_abc: the part after VITE_RPC_ must be a chain id (e.g. VITE_RPC_1)',
      'VITE_PAIRS: unknown pair "nope" (known: era-mainnet, era-sepolia, devnet-270, devnet-272, devnet-271)',
      'VITE_PAIRS: "era-mainnet" is listed twice',
      'VITE_PAIRS: empty entry in "era-mainnet,nope,era-mainnet," (a comma list of pair ids)',
      'VITE_DEFAULT_PAIR: "devnet-270" is not one of the offered pairs (era-mainnet); add it to VITE_PAIRS',
    ])
  })

  it('rejects an unknown default pair', () => {
    expect(problemsOf({ VITE_DEFAULT_PAIR: 'mainnet' })).toEqual([
      'VITE_DEFAULT_PAIR: unknown pair "mainnet" (known: era-mainnet, era-sepolia, devnet-270, devnet-272, devnet-271)',
    ])
  })

  it('rejects chain id suffixes that are not plain positive integers', () => {
    for (const key of ['VITE_RPC_0', 'VITE_RPC_01', 'VITE_RPC_-1', 'VITE_RPC_1.5', 'VITE_RPC_'])
      expect(problemsOf({ [key]: 'https://x.example' })).toHaveLength(1)
  })

  it('accepts any ordered subset of the built-in pairs (property)', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...BUILT_IN_PAIR_IDS], { minLength: 1 }),
        fc.nat(),
        (ids, pick) => {
          const defaultPairId = ids[pick % ids.length]
          const env = parseEnv({ VITE_PAIRS: ids.join(','), VITE_DEFAULT_PAIR: defaultPairId })
          expect(env.pairIds).toEqual(ids)
          expect(env.defaultPairId).toBe(defaultPairId)
        },
      ),
    )
  })

  it('never throws anything but EnvError, whatever the values (property)', () => {
    const key = fc.oneof(
      fc.constantFrom('VITE_PAIRS', 'VITE_DEFAULT_PAIR', 'VITE_WALLETCONNECT_PROJECT_ID'),
      fc.string().map((s) => `VITE_RPC_${s}`),
      fc.string().map((s) => `VITE_${s}`),
    )
    fc.assert(
      fc.property(fc.dictionary(key, fc.oneof(fc.string(), fc.webUrl(), fc.boolean())), (raw) => {
        try {
          parseEnv(raw)
        } catch (error) {
          expect(error).toBeInstanceOf(EnvError)
          expect((error as EnvError).problems.length).toBeGreaterThan(0)
        }
      }),
    )
  })
})

describe('isHttpUrl', () => {
  it('accepts http(s) URLs only', () => {
    expect(isHttpUrl('https://rpc.example')).toBe(true)
    expect(isHttpUrl('http://127.0.0.1:8545')).toBe(true)
    expect(isHttpUrl('wss://rpc.example')).toBe(false)
    expect(isHttpUrl('rpc.example')).toBe(false)
    expect(isHttpUrl(' https://rpc.example')).toBe(false)
    expect(isHttpUrl('')).toBe(false)
    expect(isHttpUrl('javascript:alert(1)')).toBe(false)
  })

  it('accepts every generated web URL (property)', () => {
    fc.assert(fc.property(fc.webUrl({ validSchemes: ['http', 'https'] }), (url) => isHttpUrl(url)))
  })
})
