import { parseAbi, parseEther, parseEventLogs } from 'viem'
import { afterAll, describe, expect, it } from 'vitest'
import { clients, devnet, ETH, l2Rpc, waitForDeposit } from './support'

// A devnet history can span the v26 upgrade: with devnet_setPreV26Events on, deposits announce
// themselves with the v24–v25 shared-bridge events, from the nullifier (the old shared bridge's
// address), and the asset router emits none; both SDKs' deposits still complete on L2.

const v24 = parseAbi([
  'event BridgehubDepositBaseTokenInitiated(uint256 indexed chainId, address indexed from, address l1Token, uint256 amount)',
  'event BridgehubDepositInitiated(uint256 indexed chainId, bytes32 indexed txDataHash, address indexed from, address to, address l1Token, uint256 amount)',
])
const v26 = parseAbi([
  'event BridgehubDepositBaseTokenInitiated(uint256 indexed chainId, address indexed from, bytes32 assetId, uint256 amount)',
  'event BridgehubDepositInitiated(uint256 indexed chainId, bytes32 indexed txDataHash, address indexed from, bytes32 assetId, bytes bridgeMintCalldata)',
])
const { l1Nullifier, l1AssetRouter, tokens } = devnet.deployment
const setPreV26 = (on: boolean) => l2Rpc(270)('devnet_setPreV26Events', [on])

afterAll(() => setPreV26(false))

describe('pre-v26 deposit events', () => {
  it('an ETH deposit emits the v24 base-token event from the nullifier, and lands on L2', async () => {
    const c = clients(7)
    await setPreV26(true)
    const hash = await c.l1Wallet.deposit({ client: c.l2, token: ETH, amount: parseEther('0.3') })
    const { l1Receipt, l2Receipt } = await waitForDeposit(c, hash)
    expect(l2Receipt.status).toBe('success')
    const fromNullifier = l1Receipt.logs.filter(
      (l) => l.address.toLowerCase() === l1Nullifier.toLowerCase(),
    )
    const [event] = parseEventLogs({
      abi: v24,
      logs: fromNullifier,
      eventName: 'BridgehubDepositBaseTokenInitiated',
    })
    expect(event?.args).toMatchObject({
      chainId: 270n,
      from: c.account.address,
      l1Token: '0x0000000000000000000000000000000000000001',
    })
    const fromRouter = l1Receipt.logs.filter(
      (l) => l.address.toLowerCase() === l1AssetRouter.toLowerCase(),
    )
    expect(parseEventLogs({ abi: v26, logs: fromRouter })).toEqual([])
  })

  it('an ERC-20 deposit emits the v24 two-bridges event with receiver, token and amount', async () => {
    const c = clients(7)
    await setPreV26(true)
    const amount = parseEther('3')
    const hash = await c.l1Wallet.deposit({
      client: c.l2,
      token: tokens.TST,
      amount,
      approveToken: true,
    })
    const { l1Receipt, l2Receipt } = await waitForDeposit(c, hash)
    expect(l2Receipt.status).toBe('success')
    const [event] = parseEventLogs({
      abi: v24,
      logs: l1Receipt.logs.filter((l) => l.address.toLowerCase() === l1Nullifier.toLowerCase()),
      eventName: 'BridgehubDepositInitiated',
    })
    expect(event?.args).toMatchObject({
      from: c.account.address,
      to: c.account.address,
      l1Token: tokens.TST,
      amount,
    })
  })

  it('switched off, deposits emit the v26 events of the asset router again', async () => {
    const c = clients(7)
    await setPreV26(false)
    const hash = await c.l1Wallet.deposit({ client: c.l2, token: ETH, amount: parseEther('0.1') })
    const { l1Receipt } = await waitForDeposit(c, hash)
    const [event] = parseEventLogs({
      abi: v26,
      logs: l1Receipt.logs.filter((l) => l.address.toLowerCase() === l1AssetRouter.toLowerCase()),
      eventName: 'BridgehubDepositBaseTokenInitiated',
    })
    expect(event?.args.from).toBe(c.account.address)
  })
})
