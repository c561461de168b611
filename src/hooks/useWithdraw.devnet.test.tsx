// @vitest-environment happy-dom
import { renderHook, waitFor } from '@testing-library/react'
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
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Config } from 'wagmi'
import { disconnect, switchChain } from 'wagmi/actions'
import { DEV_MNEMONIC, DEVNET_DEFAULT_ADDRESSES } from '../../devnet/facts'
import { WithdrawalAlreadyFinalizedError } from '../bridge/errors/bridgeErrors'
import type { WithdrawalTransfer } from '../bridge/model/transfer'
import type { TokenRef } from '../bridge/tokens'
import { loadTransfers } from '../bridge/transfers/store'
import { appStorage } from '../lib/storage'
import { devnetPair, gateway, rpc } from '../testing/devnetClients'
import { connectTestWallet, hookWrapper } from '../testing/testWagmi'
import { useFinalizeWithdrawal } from './useFinalizeWithdrawal'
import { useWithdraw } from './useWithdraw'
import { useWithdrawalQuote } from './useWithdrawalQuote'
import { useWithdrawalStatus } from './useWithdrawalStatus'

// The withdrawal hooks against the running devnet with a real signing wallet behind wagmi:
// quote → withdraw on L2 (saved at once) → status until executed → finalize on L1 → a second
// finalize is refused; balances on both layers.

const pair = devnetPair(270)
const account = mnemonicToAccount(DEV_MNEMONIC, { addressIndex: 8 })
const l1 = createPublicClient({ chain: pair.l1, transport: http(rpc[9]) })
const l2 = createPublicClient({ chain: pair.l2, transport: http(rpc[270]) }).extend(
  publicActionsL2(),
)
const TUSD = DEVNET_DEFAULT_ADDRESSES.tokens.TUSD

let config: Config
let wrapper: ReturnType<typeof hookWrapper>

beforeAll(async () => {
  config = await connectTestWallet({ pair, account, chainId: pair.l2.id })
  wrapper = hookWrapper(config)
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
  await gateway('devnet_waitIdle')
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
  const finalize = renderHook(() => useFinalizeWithdrawal(), { wrapper })
  const finalizeHash = await finalize.result.current.mutateAsync({
    pair,
    l2Hash,
    ...(saved ? { transfer: saved } : {}),
  })
  expect((await l1.getTransactionReceipt({ hash: finalizeHash })).status).toBe('success')
  // a second finalization is refused before anything is sent, with the reason
  const again = renderHook(() => useFinalizeWithdrawal(), { wrapper })
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
