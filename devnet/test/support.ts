import {
  type Address,
  createPublicClient,
  createWalletClient,
  defineChain,
  erc20Abi,
  type Hex,
  http,
  parseAbi,
  type TransactionReceipt,
} from 'viem'
import { nonceManager, privateKeyToAccount } from 'viem/accounts'
import {
  chainConfig,
  getL2HashFromPriorityOp,
  publicActionsL1,
  publicActionsL2,
  walletActionsL1,
  walletActionsL2,
} from 'viem/zksync'
import { inject } from 'vitest'
import { createRpc } from '../src/rpc'

export const devnet = inject('devnet')

export const l1Chain = defineChain({
  id: 9,
  name: 'Ferry devnet L1',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: [devnet.l1Url] } },
})

export function l2Chain(chainId: number) {
  const l2 = devnet.l2[chainId]
  if (!l2) throw new Error(`chain ${chainId} is not running`)
  return defineChain({
    ...chainConfig,
    id: chainId,
    name: `Ferry devnet L2 ${chainId}`,
    nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [l2.url] } },
  })
}

/** viem clients for one dev account on L1 and on an L2. */
export function clients(accountIndex: number, chainId = 270) {
  const key = devnet.accounts[accountIndex]?.privateKey
  if (!key) throw new Error(`no dev account ${accountIndex}`)
  // The nonce manager never reuses a nonce even if a node answers `pending` from slightly stale
  // state (anvil can, right after a receipt, when ten accounts send at once).
  const account = privateKeyToAccount(key, { nonceManager })
  const l2 = l2Chain(chainId)
  const l1Transport = http(devnet.l1Url)
  const l2Transport = http(l2.rpcUrls.default.http[0])
  return {
    account,
    l1: createPublicClient({ chain: l1Chain, transport: l1Transport, pollingInterval: 50 }).extend(
      publicActionsL1(),
    ),
    l1Wallet: createWalletClient({
      chain: l1Chain,
      transport: l1Transport,
      account,
      pollingInterval: 50,
    }).extend(walletActionsL1()),
    l2: createPublicClient({ chain: l2, transport: l2Transport, pollingInterval: 50 }).extend(
      publicActionsL2(),
    ),
    l2Wallet: createWalletClient({
      chain: l2,
      transport: l2Transport,
      account,
      pollingInterval: 50,
    }).extend(walletActionsL2()),
  }
}

export type Clients = ReturnType<typeof clients>

export const ETH: Address = '0x0000000000000000000000000000000000000000'

export function l2Rpc(chainId: number) {
  const l2 = devnet.l2[chainId]
  if (!l2) throw new Error(`chain ${chainId} is not running`)
  return createRpc(l2.url)
}

/** Waits until the devnet has run every priority request and executed every batch. */
export async function waitIdle(chainId = 270) {
  await l2Rpc(chainId)('devnet_waitIdle', [])
}

export async function l1TokenBalance(
  c: Clients,
  token: Address,
  owner: Address = c.account.address,
) {
  return c.l1.readContract({
    address: token,
    abi: erc20Abi,
    functionName: 'balanceOf',
    args: [owner],
  })
}

export async function l2TokenBalance(
  c: Clients,
  token: Address,
  owner: Address = c.account.address,
) {
  return c.l2.readContract({
    address: token,
    abi: erc20Abi,
    functionName: 'balanceOf',
    args: [owner],
  })
}

/** L1 receipt → L2 hash (canonical) → L2 receipt. */
export async function waitForDeposit(c: Clients, l1Hash: Hex) {
  const l1Receipt = await c.l1.waitForTransactionReceipt({ hash: l1Hash })
  const l2Hash = getL2HashFromPriorityOp(l1Receipt, await c.l2.getMainContractAddress())
  const l2Receipt = await c.l2.waitForTransactionReceipt({ hash: l2Hash })
  return { l1Receipt, l2Hash, l2Receipt }
}

/** Sum of what an L1 receipt cost in gas. */
export function gasCost(receipt: TransactionReceipt) {
  return receipt.gasUsed * receipt.effectiveGasPrice
}

export const testTargetAbi = parseAbi([
  'function count() view returns (uint256)',
  'function increment()',
  'function incrementBy(uint256)',
  'function greeting() view returns (string)',
  'function setGreeting(string)',
  'function deposit() payable',
  'function fail(string reason)',
  'function lastCaller() view returns (address)',
])

/** One JSON-RPC call, answered as the node sends it (result or error, unparsed). */
export async function rawRpc(url: string, method: string, params: unknown[] = []) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  })
  return (await response.json()) as { result?: unknown; error?: { code: number; message: string } }
}
