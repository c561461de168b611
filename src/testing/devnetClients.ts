import {
  createPublicClient,
  createWalletClient,
  erc20Abi,
  type Hex,
  http,
  parseEther,
  parseUnits,
} from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { chainConfig } from 'viem/zksync'
import { inject } from 'vitest'
import { DEVNET_DEFAULT_ADDRESSES } from '../../devnet/facts'
import { withdraw } from '../bridge/actions/withdraw'
import { PUBLIC_PAIRS, withRpcOverride } from '../config/chains'
import { DEVNET_PAIRS } from '../config/devnetPairs'
import { rpcTransport } from '../config/transport'

const BUILT_IN_PAIRS = { ...PUBLIC_PAIRS, ...DEVNET_PAIRS }

// Shared setup of the app's devnet tests (`*.devnet.test.ts`): the running devnet from the
// global setup, viem clients on its chains, fresh funded accounts, the gateway's devnet_* RPC.

export const devnet = inject('devnet')

/** RPC URL by chain id (L1 and every L2 gateway). */
export const rpc: Record<number, string> = {
  9: devnet.l1Url,
  ...Object.fromEntries(Object.entries(devnet.l2).map(([id, l2]) => [Number(id), l2.url])),
}

/**
 * A built-in devnet pair pointed at the test devnet. Its L2 carries viem/zksync's chain config
 * (formatters, EIP-712), as a dApp using the SDK would have it: the tests drive viem/zksync's
 * actions with these clients, and Ferry's actions work with either.
 */
export function devnetPair(l2ChainId: 270 | 272 = 270) {
  const pair = BUILT_IN_PAIRS[`devnet-${l2ChainId}`]
  return {
    ...pair,
    l1: withRpcOverride(pair.l1, rpc),
    l2: { ...withRpcOverride(pair.l2, rpc), ...chainConfig },
  }
}

/** Public clients of a pair (the L2 one typed as a zkSync client for the actions). */
export function publicClients(l2ChainId: 270 | 272 = 270) {
  const pair = devnetPair(l2ChainId)
  const l1 = createPublicClient({ chain: pair.l1, transport: http(), pollingInterval: 50 })
  const l2 = createPublicClient({ chain: pair.l2, transport: http(), pollingInterval: 50 })
  return { pair, l1, l2, l2Client: l2 }
}

/** Wallet clients of one account on both layers. */
export function walletClients(key: Hex, l2ChainId: 270 | 272 = 270) {
  const pair = devnetPair(l2ChainId)
  const account = privateKeyToAccount(key)
  const l1 = createWalletClient({ chain: pair.l1, transport: http(), account, pollingInterval: 50 })
  const l2 = createWalletClient({ chain: pair.l2, transport: http(), account, pollingInterval: 50 })
  return {
    account,
    l1,
    l2,
    l1Client: l1,
    l2Client: l2,
  }
}

/**
 * A brand-new account (so it has no history) with 10 ETH, 100 TST and 1 000 TUSD on L1 and 5
 * base-token units on the L2, funded by dev account 0.
 */
export async function freshAccount(l2ChainId: 270 | 272 = 270) {
  const { l1, l2 } = publicClients(l2ChainId)
  const funder = walletClients(devnet.accounts[0]?.privateKey as Hex, l2ChainId)
  const w = walletClients(generatePrivateKey(), l2ChainId)
  const transfer = (token: Hex, amount: bigint) =>
    funder.l1.writeContract({
      address: token,
      abi: erc20Abi,
      functionName: 'transfer',
      args: [w.account.address, amount],
    })
  for (const hash of [
    await funder.l1.sendTransaction({ to: w.account.address, value: parseEther('10') }),
    await transfer(DEVNET_DEFAULT_ADDRESSES.tokens.TST, parseEther('100')),
    await transfer(DEVNET_DEFAULT_ADDRESSES.tokens.TUSD, parseUnits('1000', 6)),
  ])
    await l1.waitForTransactionReceipt({ hash })
  const toL2 = await funder.l2.sendTransaction({ to: w.account.address, value: parseEther('5') })
  await l2.waitForTransactionReceipt({ hash: toL2 })
  return w
}

/** Calls a devnet_* method of an L2 gateway. */
export async function gateway(method: string, params: unknown[] = [], l2ChainId = 270) {
  const response = await fetch(rpc[l2ChainId] as string, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  })
  return ((await response.json()) as { result: unknown }).result
}

/** Withdraws `amount` of ETH from the account to itself on L1; resolves once the L2 tx is mined. */
export async function withdrawEth(w: Awaited<ReturnType<typeof freshAccount>>, amount: bigint) {
  const hash = await withdraw({
    l2: w.l2Client,
    l2Token: '0x000000000000000000000000000000000000800A',
    amount,
    to: w.account.address,
  })
  await publicClients().l2.waitForTransactionReceipt({ hash })
  return hash
}

/**
 * The devnet behind the realistic-RPC profile (capped eth_getLogs, 429s, latency): public
 * clients through its proxies (what is measured), wallets straight to its nodes (setting up a
 * history should not be rate limited), and its proxies' controls.
 */
export function realisticDevnet() {
  const d = inject('realisticDevnet')
  const proxied = { 9: d.l1Url, 270: d.l2[270]?.url as string }
  const direct = { 9: d.l1AnvilUrl, 270: d.l2GatewayUrl }
  const base = BUILT_IN_PAIRS['devnet-270']
  const pair = {
    ...base,
    l1: withRpcOverride(base.l1, proxied),
    l2: withRpcOverride(base.l2, proxied),
  }
  // seeding goes through viem/zksync's actions: its chain config on the L2
  const directPair = {
    ...base,
    l1: withRpcOverride(base.l1, direct),
    l2: { ...withRpcOverride(base.l2, direct), ...chainConfig },
  }
  const call = async (url: string, method: string, params: unknown[] = []) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    })
    const body = (await response.json()) as { result?: unknown; error?: unknown }
    if (body.error) throw new Error(`${method}: ${JSON.stringify(body.error)}`)
    return body.result
  }
  return {
    devnet: d,
    pair,
    /** Public clients through the proxies, on the app's transport (batched, Multicall3 reads). */
    l1: createPublicClient({
      chain: pair.l1,
      transport: rpcTransport(pair.l1.rpcUrls.default.http),
      batch: { multicall: true },
      pollingInterval: 50,
    }),
    l2: createPublicClient({
      chain: pair.l2,
      transport: rpcTransport(pair.l2.rpcUrls.default.http),
      batch: { multicall: true },
      pollingInterval: 50,
    }),
    /** Public clients straight to the nodes. */
    directL1: createPublicClient({ chain: directPair.l1, transport: http(), pollingInterval: 50 }),
    directL2: createPublicClient({ chain: directPair.l2, transport: http(), pollingInterval: 50 }),
    wallet: (key: Hex) => {
      const account = privateKeyToAccount(key)
      return {
        account,
        l1: createWalletClient({
          chain: directPair.l1,
          transport: http(),
          account,
          pollingInterval: 50,
        }),
        l2: createWalletClient({
          chain: directPair.l2,
          transport: http(),
          account,
          pollingInterval: 50,
        }),
      }
    },
    /** A devnet_* method of the gateway (not through the proxy). */
    gateway: (method: string, params: unknown[] = []) => call(d.l2GatewayUrl, method, params),
    /** anvil_* / eth_* on the L1 node itself. */
    l1Node: (method: string, params: unknown[] = []) => call(d.l1AnvilUrl, method, params),
    /** Mines empty L1 blocks, ending on one at the usual base fee (wallets price from it). */
    mineL1: async (count: number) => {
      await call(d.l1AnvilUrl, 'anvil_mine', [`0x${count.toString(16)}`])
      await call(d.l1AnvilUrl, 'anvil_setNextBlockBaseFeePerGas', ['0x3b9aca00'])
      await call(d.l1AnvilUrl, 'evm_mine')
    },
    /** The proxies' own controls (stats, storms, profile changes). */
    proxy: (layer: 'l1' | 'l2', method: string, params: unknown[] = []) =>
      call(layer === 'l1' ? d.l1Url : (d.l2[270]?.url as string), method, params),
  }
}
