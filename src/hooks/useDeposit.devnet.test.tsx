// @vitest-environment happy-dom

import { renderHook, waitFor } from '@testing-library/react'
import {
  type Address,
  createPublicClient,
  erc20Abi,
  type Hash,
  http,
  parseAbi,
  parseEther,
  parseUnits,
} from 'viem'
import { mnemonicToAccount } from 'viem/accounts'
import { publicActionsL2 } from 'viem/zksync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Config } from 'wagmi'
import { disconnect } from 'wagmi/actions'
import { DEV_MNEMONIC, DEVNET_DEFAULT_ADDRESSES } from '../../devnet/facts'
import { getL2TokenAddress } from '../bridge/actions/getL2TokenAddress'
import type { DepositTransfer } from '../bridge/model/transfer'
import type { TokenRef } from '../bridge/tokens'
import { ETH_TOKEN } from '../bridge/tokens'
import { loadTransfers } from '../bridge/transfers/store'
import { appStorage } from '../lib/storage'
import { devnetPair, rpc } from '../testing/devnetClients'
import { connectTestWallet, hookWrapper } from '../testing/testWagmi'
import { useApprove } from './useApprove'
import { useDeposit } from './useDeposit'
import { useDepositQuote } from './useDepositQuote'
import { useDepositStatus } from './useDepositStatus'

// The deposit hooks against the running devnet, with a real signing wallet behind wagmi:
// quote → (approve) → deposit → saved transfer → status until L2 success; balances on both layers.

const pair = devnetPair(270)
const ACCOUNT_INDEX = 4
const account = mnemonicToAccount(DEV_MNEMONIC, { addressIndex: ACCOUNT_INDEX })
const l1 = createPublicClient({ chain: pair.l1, transport: http(rpc[9]) })
const l2 = createPublicClient({ chain: pair.l2, transport: http(rpc[270]) }).extend(
  publicActionsL2(),
)
const bridgehubAbi = parseAbi([
  'function l2TransactionBaseCost(uint256,uint256,uint256,uint256) view returns (uint256)',
])

let config: Config
let wrapper: ReturnType<typeof hookWrapper>

beforeAll(async () => {
  config = await connectTestWallet({ pair, account, chainId: pair.l1.id })
  wrapper = hookWrapper(config)
})

afterAll(async () => {
  await disconnect(config)
})

async function depositThroughHooks(token: TokenRef, tokenAddress: Address, amount: bigint) {
  const quote = renderHook(
    () =>
      useDepositQuote({
        pair,
        account: account.address,
        token: tokenAddress,
        amount,
        to: account.address,
      }),
    { wrapper },
  )
  await waitFor(() => expect(quote.result.current.data).toBeDefined(), { timeout: 15_000 })
  const q = quote.result.current.data
  if (!q) throw new Error('no quote')

  // The quote's base cost is exactly what the Bridgehub charges for its gas price and limit.
  const onChain = await l1.readContract({
    address: q.bridgehub,
    abi: bridgehubAbi,
    functionName: 'l2TransactionBaseCost',
    args: [270n, q.maxFeePerGas, q.l2GasLimit, 800n],
  })
  expect(q.baseCost).toBe(onChain)

  if (q.route !== 'base-token') {
    const approval = renderHook(() => useApprove(), { wrapper })
    await approval.result.current.mutateAsync({
      pair,
      token: tokenAddress,
      spender: q.sharedBridge,
      amount,
    })
    expect(
      await l1.readContract({
        address: tokenAddress,
        abi: erc20Abi,
        functionName: 'allowance',
        args: [account.address, q.sharedBridge],
      }),
    ).toBe(amount)
  }

  const deposit = renderHook(() => useDeposit(), { wrapper })
  const l1Hash: Hash = await deposit.result.current.mutateAsync({
    pair,
    account: account.address,
    token,
    quote: q,
    amount,
    to: account.address,
  })
  // saved the moment the hash exists
  const saved = loadTransfers(appStorage(), { pairId: pair.id, account: account.address })
  const transfer = saved.transfers.find((t) => t.kind === 'deposit' && t.l1Hash === l1Hash) as
    | DepositTransfer
    | undefined
  expect(transfer?.amount).toBe(amount.toString())
  if (!transfer) throw new Error('transfer not saved')

  const status = renderHook(() => useDepositStatus({ pair, transfer }), { wrapper })
  await waitFor(() => expect(status.result.current.data?.status).toBe('l2-success'), {
    timeout: 20_000,
  })
  // what the status query learned is in the store (the query client's observer wrote it)
  await waitFor(() =>
    expect(
      loadTransfers(appStorage(), { pairId: pair.id, account: account.address }).transfers.find(
        (t) => t.kind === 'deposit' && t.l1Hash === l1Hash,
      ),
    ).toMatchObject({ lastStatus: 'l2-success', l2Hash: status.result.current.data?.l2Hash }),
  )
  const info = status.result.current.data
  const l1Tx = await l1.getTransaction({ hash: l1Hash })
  expect(l1Tx.value).toBe(q.value)
  return { q, info, l1Hash }
}

describe('deposit hooks on the devnet (chain 270)', () => {
  it('ETH: quote, deposit, saved transfer, status; balances on both layers', async () => {
    const amount = parseEther('0.8')
    const [l1Before, l2Before] = await Promise.all([
      l1.getBalance({ address: account.address }),
      l2.getBalance({ address: account.address }),
    ])
    const { q, info } = await depositThroughHooks({ kind: 'eth' }, ETH_TOKEN.address, amount)
    expect(q.route).toBe('base-token')
    expect(q.mintValue).toBe(q.baseCost + amount)
    expect(q.value).toBe(q.mintValue)
    const l1Fee = info?.l1Receipt?.fee ?? 0n
    const l2Fee = info?.l2Receipt?.fee ?? 0n
    expect(await l1.getBalance({ address: account.address })).toBe(l1Before - q.value - l1Fee)
    expect(await l2.getBalance({ address: account.address })).toBe(l2Before + q.mintValue - l2Fee)
  })

  it('ERC-20 (TUSD): quote shows the allowance, approve, deposit; token balances move', async () => {
    const amount = parseUnits('42.5', 6)
    const tusd = DEVNET_DEFAULT_ADDRESSES.tokens.TUSD
    // Ferry's own lookup: the vault answers zero until TUSD's first deposit on this chain; then
    // the address that deposit deploys it at
    const l2Token = await getL2TokenAddress({
      l2,
      token: { kind: 'erc20', l1Address: tusd, symbol: 'TUSD', name: 'Test USD', decimals: 6 },
      baseTokenL1: '0x0000000000000000000000000000000000000001',
      l1ChainId: 9,
    })
    const balanceOf = (client: typeof l1, token: Address) =>
      client.readContract({
        address: token,
        abi: erc20Abi,
        functionName: 'balanceOf',
        args: [account.address],
      })
    const l1Before = await balanceOf(l1, tusd)
    const l2Before = await balanceOf(l2 as unknown as typeof l1, l2Token).catch(() => 0n)
    const { q } = await depositThroughHooks(
      { kind: 'erc20', l1Address: tusd, symbol: 'TUSD', name: 'Test USD', decimals: 6 },
      tusd,
      amount,
    )
    expect(q.route).toBe('erc20-to-eth-chain')
    expect(q.mintValue).toBe(q.baseCost)
    expect(q.allowances.token).toBeDefined()
    expect(await balanceOf(l1, tusd)).toBe(l1Before - amount)
    expect(await balanceOf(l2 as unknown as typeof l1, l2Token)).toBe(l2Before + amount)
  })
})
