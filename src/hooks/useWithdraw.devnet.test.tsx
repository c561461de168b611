// @vitest-environment happy-dom
import { QueryClientProvider } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import {
  createPublicClient,
  createWalletClient,
  erc20Abi,
  http,
  parseEther,
  parseUnits,
} from 'viem'
import { generatePrivateKey, mnemonicToAccount, privateKeyToAccount } from 'viem/accounts'
import { publicActionsL2, walletActionsL1 } from 'viem/zksync'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { type Config, createConfig, WagmiProvider, http as wagmiHttp } from 'wagmi'
import { connect, disconnect, switchChain } from 'wagmi/actions'
import { injected } from 'wagmi/connectors'
import { DEV_MNEMONIC } from '../../devnet/src/constants'
import { WithdrawalAlreadyFinalizedError } from '../bridge/actions/finalizeWithdrawal'
import { loadTransfers } from '../bridge/transfers'
import type { TokenRef, WithdrawalTransfer } from '../bridge/types'
import { BUILT_IN_PAIRS, type ChainPair, withRpcOverride } from '../config/chains'
import { DEVNET_TOKEN_ADDRESSES } from '../config/devnetTokens'
import { createQueryClient } from '../config/queryClient'
import { createLocalKeyProvider } from '../wallets/createLocalKeyProvider'
import { appStorage } from './storage'
import { useFinalize } from './useFinalize'
import { useWithdraw } from './useWithdraw'
import { useWithdrawalQuote } from './useWithdrawalQuote'
import { useWithdrawalStatus } from './useWithdrawalStatus'

// The withdrawal hooks against the running devnet with a real signing wallet behind wagmi:
// quote → withdraw on L2 (saved at once) → status until executed → finalize on L1 → a second
// finalize is refused; balances on both layers.

const devnet = inject('devnet')
const rpc: Record<number, string> = {
  9: devnet.l1Url,
  ...Object.fromEntries(Object.entries(devnet.l2).map(([id, l2]) => [Number(id), l2.url])),
}
const base = BUILT_IN_PAIRS['devnet-270']
const pair: ChainPair = {
  ...base,
  l1: withRpcOverride(base.l1, rpc),
  l2: withRpcOverride(base.l2, rpc),
}
const account = mnemonicToAccount(DEV_MNEMONIC, { addressIndex: 8 })
const l1 = createPublicClient({ chain: pair.l1, transport: http(rpc[9]) })
const l2 = createPublicClient({ chain: pair.l2, transport: http(rpc[270]) }).extend(
  publicActionsL2(),
)
const TUSD = DEVNET_TOKEN_ADDRESSES.TUSD

let config: Config

function wrapper({ children }: { children: ReactNode }) {
  return (
    <WagmiProvider config={config}>
      <QueryClientProvider client={createQueryClient()}>{children}</QueryClientProvider>
    </WagmiProvider>
  )
}

beforeAll(async () => {
  const provider = createLocalKeyProvider({
    accounts: [account],
    chains: [pair.l1, pair.l2].map((chain) => ({
      id: chain.id,
      rpcUrl: rpc[chain.id] as string,
      chain,
    })),
    authorized: true,
  })
  config = createConfig({
    chains: [pair.l1, pair.l2],
    connectors: [
      injected({
        target: () => ({ id: 'test', name: 'Test wallet', provider: provider as never }),
      }),
    ],
    transports: { [pair.l1.id]: wagmiHttp(rpc[9]), [pair.l2.id]: wagmiHttp(rpc[270]) },
    multiInjectedProviderDiscovery: false,
  })
  const connector = config.connectors[0]
  if (!connector) throw new Error('no connector')
  await connect(config, { connector, chainId: pair.l2.id })
  // TUSD on L2 to withdraw later
  const wallet = createWalletClient({ account, chain: pair.l1, transport: http(rpc[9]) }).extend(
    walletActionsL1(),
  )
  const hash = await wallet.deposit({
    client: l2,
    token: TUSD,
    amount: parseUnits('30', 6),
    approveToken: true,
  })
  await l1.waitForTransactionReceipt({ hash })
  await fetch(rpc[270] as string, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'devnet_waitIdle', params: [] }),
  })
})

afterAll(async () => {
  await disconnect(config)
})

const tokenBalance = (client: typeof l1, token: `0x${string}`, owner: `0x${string}`) =>
  client.readContract({ address: token, abi: erc20Abi, functionName: 'balanceOf', args: [owner] })

async function withdrawAndFinalize(token: TokenRef, amount: bigint) {
  const to = privateKeyToAccount(generatePrivateKey()).address
  await switchChain(config, { chainId: pair.l2.id })
  const quote = renderHook(
    () => useWithdrawalQuote({ pair, account: account.address, token, amount, to }),
    {
      wrapper,
    },
  )
  await waitFor(() => expect(quote.result.current.data).toBeDefined(), { timeout: 15_000 })
  const q = quote.result.current.data
  if (!q) throw new Error('no quote')
  expect(q.fee).toBeGreaterThan(0n)

  const withdraw = renderHook(() => useWithdraw(), { wrapper })
  const l2Hash = await withdraw.result.current.mutateAsync({
    pair,
    account: account.address,
    token,
    l2Token: q.l2Token,
    amount,
    to,
  })
  const saved = loadTransfers(appStorage(), {
    pairId: pair.id,
    account: account.address,
  }).transfers.find((t): t is WithdrawalTransfer => t.kind === 'withdrawal' && t.l2Hash === l2Hash)
  expect(saved?.amount).toBe(amount.toString())

  const status = renderHook(
    () => useWithdrawalStatus({ pair, l2Hash, ...(saved ? { transfer: saved } : {}) }),
    {
      wrapper,
    },
  )
  await waitFor(() => expect(status.result.current.data?.finalize).toEqual({ ready: true }), {
    timeout: 20_000,
  })
  expect(status.result.current.data?.status).toBe('executed')

  await switchChain(config, { chainId: pair.l1.id })
  const finalize = renderHook(() => useFinalize(), { wrapper })
  const finalizeHash = await finalize.result.current.mutateAsync({
    pair,
    l2Hash,
    ...(saved ? { transfer: saved } : {}),
  })
  expect((await l1.getTransactionReceipt({ hash: finalizeHash })).status).toBe('success')
  // a second finalization is refused before anything is sent, with the reason
  const again = renderHook(() => useFinalize(), { wrapper })
  await expect(again.result.current.mutateAsync({ pair, l2Hash })).rejects.toBeInstanceOf(
    WithdrawalAlreadyFinalizedError,
  )
  return { to, l2Hash }
}

describe('withdrawal hooks on the devnet (chain 270)', () => {
  it('ETH: withdraw, status until ready, finalize once; balances on both layers', async () => {
    const amount = parseEther('0.6')
    const l2Before = await l2.getBalance({ address: account.address })
    const { to } = await withdrawAndFinalize({ kind: 'eth' }, amount)
    expect(await l1.getBalance({ address: to })).toBe(amount)
    const spent = l2Before - (await l2.getBalance({ address: account.address }))
    expect(spent).toBeGreaterThan(amount)
    expect(spent).toBeLessThan(amount + parseEther('0.01'))
  })

  it('ERC-20 (TUSD): withdraw, finalize; the token leaves L2 and arrives on L1', async () => {
    const amount = parseUnits('12.5', 6)
    const l2Token = await l2.getL2TokenAddress({ token: TUSD })
    const l2Before = await tokenBalance(l2 as unknown as typeof l1, l2Token, account.address)
    const { to } = await withdrawAndFinalize(
      { kind: 'erc20', l1Address: TUSD, symbol: 'TUSD', name: 'Test USD', decimals: 6 },
      amount,
    )
    expect(await tokenBalance(l1, TUSD, to)).toBe(amount)
    expect(await tokenBalance(l2 as unknown as typeof l1, l2Token, account.address)).toBe(
      l2Before - amount,
    )
  })
})
