import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import exampleFile from '../../public/chains.example.json'
import { ETH_TOKEN } from '../bridge/tokens'
import { PUBLIC_PAIRS } from './chains'
import { DEVNET_PAIRS } from './devnetPairs'
import { loadRuntimeChains, parseRuntimeChains } from './runtimeChains'

const BUILT_IN_PAIRS = { ...PUBLIC_PAIRS, ...DEVNET_PAIRS }

const validPair = () => ({
  id: 'my-chain',
  name: 'My chain',
  testnet: true,
  l1: { chainId: 11155111 },
  l2: {
    chainId: 555,
    name: 'My ZK chain',
    rpcUrl: 'https://rpc.my-chain.example',
    explorerUrl: 'https://explorer.my-chain.example/',
    nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  },
  tokens: [
    {
      address: '0x1c7d4b196cb0c7b01d743fbc6116a902379c7238',
      symbol: 'USDC',
      name: 'USD Coin',
      decimals: 6,
    },
  ],
  withdrawalDelay: { text: 'about 3 hours', seconds: 10800 },
})

/** As a build offering the devnet pairs sees chains.json (a public build knows only its own). */
function problems(json: unknown): string[] {
  const result = parseRuntimeChains(json, Object.values(BUILT_IN_PAIRS))
  return result.ok ? [] : result.problems
}

describe('parseRuntimeChains', () => {
  it('builds a pair: built-in L1 reused, zkSync L2 defined, ETH listed first', () => {
    const result = parseRuntimeChains({ version: 1, pairs: [validPair()] })
    if (!result.ok) throw new Error(result.problems.join('\n'))
    const [pair] = result.pairs
    expect(pair?.id).toBe('my-chain')
    expect(pair?.source).toBe('runtime')
    expect(pair?.devnet).toBe(false)
    expect(pair?.testnet).toBe(true)
    expect(pair?.l1).toBe(BUILT_IN_PAIRS['era-sepolia'].l1)
    expect(pair?.l2.id).toBe(555)
    expect(pair?.l2.rpcUrls.default.http).toEqual(['https://rpc.my-chain.example'])
    expect(pair?.l2.blockExplorers?.default.url).toBe('https://explorer.my-chain.example')
    // A plain EVM chain: Ferry reads zkSync fields raw, on Era and ZKsync OS nodes alike.
    expect(pair?.l2.formatters).toBeUndefined()
    expect(pair?.tokens[0]).toEqual(ETH_TOKEN)
    // Addresses come out checksummed.
    expect(pair?.tokens[1]?.address).toBe('0x1c7D4B196Cb0C7B01d743Fbc6116a902379C7238')
    expect(pair?.withdrawalDelay).toEqual({ text: 'about 3 hours', seconds: 10800 })
  })

  it('accepts a custom L1, shared by two pairs when described the same way', () => {
    const l1 = { chainId: 777, name: 'My L1', rpcUrl: 'https://l1.example' }
    const result = parseRuntimeChains({
      pairs: [
        { ...validPair(), l1 },
        { ...validPair(), id: 'second', l1, l2: { ...validPair().l2, chainId: 556 } },
      ],
    })
    if (!result.ok) throw new Error(result.problems.join('\n'))
    expect(result.pairs[0]?.l1).toBe(result.pairs[1]?.l1)
    expect(result.pairs[0]?.l1.nativeCurrency.symbol).toBe('ETH')
  })

  it('takes several RPC URLs in failover order, Multicall3 and where the history starts', () => {
    const l1 = {
      chainId: 777,
      name: 'My L1',
      rpcUrl: ['https://l1-a.example', 'https://l1-b.example'],
      multicall3: '0xca11bde05977b3631167028862be2a173976ca11',
    }
    const result = parseRuntimeChains({
      pairs: [
        {
          ...validPair(),
          l1,
          l2: {
            ...validPair().l2,
            rpcUrl: ['https://rpc.my-chain.example', 'https://backup.my-chain.example'],
          },
          history: { l1StartBlock: 7_000_000, l1LogsWindow: 1_000 },
        },
      ],
    })
    if (!result.ok) throw new Error(result.problems.join('\n'))
    const [pair] = result.pairs
    expect(pair?.l1.rpcUrls.default.http).toEqual(['https://l1-a.example', 'https://l1-b.example'])
    expect(pair?.l2.rpcUrls.default.http).toEqual([
      'https://rpc.my-chain.example',
      'https://backup.my-chain.example',
    ])
    expect(pair?.l1.contracts?.multicall3?.address).toBe(
      '0xcA11bde05977b3631167028862bE2a173976CA11',
    )
    expect(pair?.l2.contracts?.multicall3).toBeUndefined()
    expect(pair?.history).toEqual({
      l1StartBlock: 7_000_000n,
      l2StartBlock: 0n,
      l1LogsWindow: 1_000n,
    })
  })

  it('says what is wrong with RPC lists, Multicall3 and history', () => {
    const pair = validPair()
    expect(
      problems({
        pairs: [
          {
            ...pair,
            l2: {
              ...pair.l2,
              rpcUrl: ['https://a.example', 'wss://b.example', 'https://a.example'],
              multicall3: '0x12',
            },
            history: { l1StartBlock: -5, l2LogsWindow: 0, fromBlock: 1 },
          },
        ],
      }),
    ).toEqual([
      'pairs[0].l2.rpcUrl[1]: must be an http(s) URL, got "wss://b.example"',
      'pairs[0].l2.multicall3: must be a 0x-prefixed 20-byte hex address, got "0x12"',
      'pairs[0].history.fromBlock: unknown field (allowed: l1StartBlock, l2StartBlock, l1LogsWindow, l2LogsWindow)',
      'pairs[0].history.l1StartBlock: -5 is out of range (0 to 9007199254740991, a block number)',
      'pairs[0].history.l2LogsWindow: 0 is out of range (1 to 10000000, blocks per eth_getLogs)',
    ])
    expect(problems({ pairs: [{ ...pair, l2: { ...pair.l2, rpcUrl: [] }, history: 3 }] })).toEqual([
      'pairs[0].l2.rpcUrl: the list is empty (give at least one http(s) URL)',
      'pairs[0].history: must be an object, got number 3',
    ])
    expect(
      problems({
        pairs: [
          { ...pair, l2: { ...pair.l2, rpcUrl: ['https://a.example', 'https://a.example'] } },
        ],
      }),
    ).toEqual(['pairs[0].l2.rpcUrl[1]: https://a.example is listed twice'])
  })

  it('the example file documents a valid configuration', () => {
    const result = parseRuntimeChains(exampleFile)
    expect(result.ok ? [] : result.problems).toEqual([])
  })

  it('reports each problem with its JSON path', () => {
    const pair = validPair()
    expect(
      problems({
        pairs: [
          {
            ...pair,
            l2: { ...pair.l2, rpcUrl: 'ftp://rpc.example', explorerUrl: 42 },
            tokens: [
              { address: '0x1234', symbol: 'BAD', name: 'Bad', decimals: 99 },
              { address: '0x1C7D4B196CB0C7B01D743FBC6116A902379C7238', symbol: '', name: 'x' },
              { ...pair.tokens[0] },
              { ...pair.tokens[0] },
              {
                address: '0x0000000000000000000000000000000000000000',
                symbol: 'ETH',
                name: 'Ether',
                decimals: 18,
              },
            ],
            colour: 'blue',
          },
        ],
      }),
    ).toEqual([
      'pairs[0].colour: unknown field (allowed: id, name, testnet, l1, l2, tokens, withdrawalDelay, history)',
      'pairs[0].l2.rpcUrl: must be an http(s) URL, got "ftp://rpc.example"',
      'pairs[0].l2.explorerUrl: must be an http(s) URL, got 42',
      'pairs[0].tokens[0].address: must be a 0x-prefixed 20-byte hex address, got "0x1234"',
      'pairs[0].tokens[0].decimals: 99 is out of range (0 to 36, decimals)',
      'pairs[0].tokens[1].address: bad checksum in 0x1C7D4B196CB0C7B01D743FBC6116A902379C7238 (write it all lowercase or correctly checksummed)',
      'pairs[0].tokens[1].symbol: must not be empty',
      'pairs[0].tokens[1].decimals: missing (decimals)',
      'pairs[0].tokens[3].address: 0x1c7D4B196Cb0C7B01d743Fbc6116a902379C7238 is listed twice in pairs[0].tokens',
      'pairs[0].tokens[4].address: ETH is always listed; remove this entry',
    ])
  })

  it('reports missing fields and wrong types', () => {
    expect(problems({ pairs: [{}] })).toEqual([
      'pairs[0].id: missing (a text)',
      'pairs[0].name: missing (a text)',
      'pairs[0].l1: missing (an object with at least "chainId")',
      'pairs[0].l2: missing (an object with chainId, name and rpcUrl)',
      'pairs[0].withdrawalDelay: missing (e.g. { "text": "about 3 hours", "seconds": 10800 })',
    ])
    expect(problems([])).toEqual(['(root): must be an object, got an array'])
    expect(problems({ pairs: {} })).toEqual(['pairs: must be an array of pairs, got an object'])
    expect(problems({ pairs: [], version: 2 })).toEqual([
      'version: only version 1 is understood, got 2',
    ])
    expect(
      problems({
        pairs: [
          {
            ...validPair(),
            testnet: 'yes',
            l2: { ...validPair().l2, chainId: 1.5 },
            withdrawalDelay: { text: 'soon', seconds: -1 },
          },
        ],
      }),
    ).toEqual([
      'pairs[0].testnet: must be true or false, got string "yes"',
      'pairs[0].l2.chainId: must be a whole number (a chain id), got number 1.5',
      'pairs[0].withdrawalDelay.seconds: -1 is out of range (0 to 31536000, seconds)',
    ])
  })

  it('rejects duplicate ids and chain ids', () => {
    const pair = validPair()
    expect(
      problems({
        pairs: [
          { ...pair, id: 'era-mainnet' },
          { ...pair, id: 'x-1', l2: { ...pair.l2, chainId: 324 } },
          { ...pair, id: 'x-2' },
          { ...pair, id: 'x-2', l2: { ...pair.l2, chainId: 11155111 } },
          { ...pair, id: 'x-3', l1: { chainId: 270 }, l2: { ...pair.l2, chainId: 600 } },
          {
            ...pair,
            id: 'x-4',
            l1: { chainId: 1, rpcUrl: 'https://x.example' },
            l2: { ...pair.l2, chainId: 601 },
          },
          { ...pair, id: 'Bad Id', l2: { ...pair.l2, chainId: 602 } },
        ],
      }),
    ).toEqual([
      'pairs[0].id: "era-mainnet" is already used by built-in pair "zkSync Era"',
      'pairs[1].l2.chainId: 324 is already used by built-in ZKsync Era',
      'pairs[2].l2.chainId: 555 is already used by pairs[0].l2',
      'pairs[3].id: "x-2" is already used by pairs[2]',
      'pairs[3].l2.chainId: 11155111 is already used by built-in Sepolia',
      'pairs[4].l1.chainId: 270 is the L2 built-in Ferry devnet, not an L1',
      'pairs[5].l1.rpcUrl: unknown field (allowed: chainId)',
      'pairs[6].id: "Bad Id" must use lowercase letters, digits and inner dashes only (e.g. "my-chain")',
    ])
  })

  it('rejects a custom L1 described differently in two pairs', () => {
    const pair = validPair()
    expect(
      problems({
        pairs: [
          { ...pair, l1: { chainId: 777, name: 'A', rpcUrl: 'https://a.example' } },
          {
            ...pair,
            id: 'b',
            l1: { chainId: 777, name: 'A', rpcUrl: 'https://b.example' },
            l2: { ...pair.l2, chainId: 556 },
          },
        ],
      }),
    ).toEqual([
      'pairs[1].l1: chain 777 is defined differently by pairs[0].l1 (same chainId needs the same name and rpcUrl)',
    ])
  })

  it('never throws, and either returns pairs or at least one problem (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = parseRuntimeChains(json)
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0)
      }),
    )
    // Mutations of a valid pair: any field replaced by any JSON value.
    const keys = ['id', 'name', 'testnet', 'l1', 'l2', 'tokens', 'withdrawalDelay'] as const
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        const result = parseRuntimeChains({ pairs: [{ ...validPair(), [key]: value }] })
        if (result.ok) expect(result.pairs).toHaveLength(1)
        else for (const p of result.problems) expect(p).toMatch(/^pairs\[0\]\./)
      }),
    )
  })
})

describe('loadRuntimeChains', () => {
  const respond = (body: string, init: ResponseInit = {}) =>
    (async () => new Response(body, init)) as unknown as typeof fetch

  it('404 means no extra chains', async () => {
    expect(
      await loadRuntimeChains({ url: 'http://x/chains.json', fetch: respond('', { status: 404 }) }),
    ).toEqual({ status: 'absent' })
  })

  it('an HTML answer (a host serving index.html for every path) means no extra chains', async () => {
    expect(
      await loadRuntimeChains({
        url: 'http://x/chains.json',
        fetch: respond('<!doctype html>', { headers: { 'content-type': 'text/html' } }),
      }),
    ).toEqual({ status: 'absent' })
  })

  it('reports bad JSON, server errors and network failures as problems', async () => {
    const bad = await loadRuntimeChains({ url: 'http://x/chains.json', fetch: respond('{ nope') })
    expect(bad.status).toBe('invalid')
    expect(bad.status === 'invalid' && bad.problems[0]).toMatch(/^not valid JSON/)
    expect(
      await loadRuntimeChains({ url: 'http://x/chains.json', fetch: respond('', { status: 500 }) }),
    ).toEqual({ status: 'invalid', problems: ['the server answered HTTP 500'] })
    const down = await loadRuntimeChains({
      url: 'http://x/chains.json',
      fetch: (async () => {
        throw new TypeError('Failed to fetch')
      }) as unknown as typeof fetch,
    })
    expect(down).toEqual({ status: 'invalid', problems: ['could not be loaded (Failed to fetch)'] })
  })

  it('loads valid pairs', async () => {
    const result = await loadRuntimeChains({
      url: 'http://x/chains.json',
      fetch: respond(JSON.stringify({ pairs: [validPair()] }), {
        headers: { 'content-type': 'application/json' },
      }),
    })
    expect(result.status === 'loaded' && result.pairs.map((p) => p.id)).toEqual(['my-chain'])
  })
})
