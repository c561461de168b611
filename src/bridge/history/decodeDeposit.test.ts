import {
  type Address,
  concatHex,
  encodeAbiParameters,
  encodeEventTopics,
  type Hash,
  type Hex,
  type Log,
  parseAbiParameters,
  parseEther,
} from 'viem'
import { describe, expect, it } from 'vitest'
import { historyEventsAbi } from '../abis'
import { decodeDeposit } from './decodeDeposit'

// Receipts as each protocol generation writes them, encoded from the contracts' own event ABIs
// (era-contracts IL1SharedBridge v24, L1AssetRouter v26+, L1ERC20Bridge, the Mailbox).

const diamond: Address = '0x32400084C286CF3E17e7B677ea9583e60a000324'
const assetRouter: Address = '0x8829AD80E425C646DAB305381ff105169FeEcE56'
const sharedBridge: Address = '0xD7f9f54194C633F36CCD5F3da84ad4a1c38cB2cB'
const legacyErc20Bridge: Address = '0x57891966931Eb4Bb6FB81430E6cE0A03AAbDe063'
const alice: Address = '0x36615Cf349d7F6344891B1e7CA7C72883F5dc049'
const bob: Address = '0xa61464658AfeAf65CccaaFD3a512b69A83B77618'
const usdc: Address = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48'
const l2Hash = `0x${'ab'.repeat(32)}` as Hash

let logIndex = 0
function log(
  address: Address,
  topics: readonly (Hex | Hex[] | null)[],
  data: Hex,
): Log<bigint, number, false> {
  return {
    address,
    topics: topics.filter((t): t is Hex => typeof t === 'string') as [Hex, ...Hex[]],
    data,
    blockHash: `0x${'11'.repeat(32)}`,
    blockNumber: 20_000_000n,
    logIndex: logIndex++,
    transactionHash: `0x${'22'.repeat(32)}`,
    transactionIndex: 0,
    removed: false,
  }
}

function priorityRequest(p: { to: Address; value: bigint; data: Hex }) {
  const [event] = historyEventsAbi.priorityRequest
  const data = encodeAbiParameters(event.inputs, [
    7n,
    l2Hash,
    1_900_000_000n,
    {
      txType: 255n,
      from: BigInt(alice),
      to: BigInt(p.to),
      gasLimit: 300_000n,
      gasPerPubdataByteLimit: 800n,
      maxFeePerGas: 10n ** 9n,
      maxPriorityFeePerGas: 0n,
      paymaster: 0n,
      nonce: 7n,
      value: p.value,
      reserved: [p.value + 1n, BigInt(alice), 0n, 0n],
      data: p.data,
      signature: '0x',
      factoryDeps: [],
      paymasterInput: '0x',
      reservedDynamic: '0x',
    },
    [],
  ])
  return log(diamond, encodeEventTopics({ abi: historyEventsAbi.priorityRequest }), data)
}

const context = { mainContract: diamond, assetRouter, sharedBridge, legacyErc20Bridge }

describe('decodeDeposit', () => {
  it('a base-token deposit: the priority request’s value and recipient, its canonical hash', () => {
    const baseToken = log(
      assetRouter,
      encodeEventTopics({
        abi: historyEventsAbi.baseTokenDepositV26,
        args: { chainId: 324n, from: alice },
      }),
      encodeAbiParameters(parseAbiParameters('bytes32, uint256'), [
        `0x${'05'.repeat(32)}`,
        parseEther('1.0001'),
      ]),
    )
    expect(
      decodeDeposit({
        ...context,
        logs: [baseToken, priorityRequest({ to: bob, value: parseEther('1'), data: '0x' })],
      }),
    ).toEqual({ kind: 'base-token', l2Hash, recipient: bob, amount: parseEther('1') })
  })

  it('an L1→L2 call with calldata is not a deposit; no priority request, no deposit', () => {
    expect(
      decodeDeposit({
        ...context,
        logs: [priorityRequest({ to: bob, value: 0n, data: '0x1234' })],
      }),
    ).toBeUndefined()
    expect(decodeDeposit({ ...context, logs: [] })).toBeUndefined()
  })

  it('v26: the asset router’s bridge-mint data, with the token metadata it carries', () => {
    const metadata = concatHex([
      '0x01',
      encodeAbiParameters(parseAbiParameters('uint256, bytes, bytes, bytes'), [
        1n,
        encodeAbiParameters(parseAbiParameters('string'), ['USD Coin']),
        encodeAbiParameters(parseAbiParameters('string'), ['USDC']),
        encodeAbiParameters(parseAbiParameters('uint256'), [6n]),
      ]),
    ])
    const mint = encodeAbiParameters(
      parseAbiParameters('address, address, address, uint256, bytes'),
      [alice, bob, usdc, 25_000_000n, metadata],
    )
    const v26 = log(
      assetRouter,
      encodeEventTopics({
        abi: historyEventsAbi.depositV26,
        args: { chainId: 324n, txDataHash: `0x${'07'.repeat(32)}`, from: alice },
      }),
      encodeAbiParameters(parseAbiParameters('bytes32, bytes'), [`0x${'09'.repeat(32)}`, mint]),
    )
    expect(
      decodeDeposit({
        ...context,
        logs: [v26, priorityRequest({ to: bob, value: 0n, data: '0xcfe7af7c' })],
      }),
    ).toEqual({
      kind: 'token',
      l2Hash,
      recipient: bob,
      amount: 25_000_000n,
      l1Token: usdc,
      metadata: { name: 'USD Coin', symbol: 'USDC', decimals: 6 },
    })
  })

  it('v24–v25: the shared bridge’s event names receiver, token and amount', () => {
    const v24 = log(
      sharedBridge,
      encodeEventTopics({
        abi: historyEventsAbi.depositV24,
        args: { chainId: 324n, txDataHash: `0x${'07'.repeat(32)}`, from: alice },
      }),
      encodeAbiParameters(parseAbiParameters('address, address, uint256'), [bob, usdc, 5_000_000n]),
    )
    expect(
      decodeDeposit({
        ...context,
        logs: [v24, priorityRequest({ to: bob, value: 0n, data: '0xcfe7af7c' })],
      }),
    ).toEqual({
      kind: 'token',
      l2Hash,
      recipient: bob,
      amount: 5_000_000n,
      l1Token: usdc,
    })
  })

  it('Era’s legacy L1ERC20Bridge', () => {
    const legacy = log(
      legacyErc20Bridge,
      encodeEventTopics({
        abi: historyEventsAbi.legacyErc20Deposit,
        args: { l2DepositTxHash: l2Hash, from: alice, to: bob },
      }),
      encodeAbiParameters(parseAbiParameters('address, uint256'), [usdc, 7n]),
    )
    expect(
      decodeDeposit({
        ...context,
        logs: [legacy, priorityRequest({ to: bob, value: 0n, data: '0xcfe7af7c' })],
      }),
    ).toMatchObject({
      kind: 'token',
      recipient: bob,
      amount: 7n,
      l1Token: usdc,
    })
  })

  it('a look-alike event from another address is ignored', () => {
    const fake = log(
      alice,
      encodeEventTopics({
        abi: historyEventsAbi.depositV24,
        args: { chainId: 324n, txDataHash: `0x${'07'.repeat(32)}`, from: alice },
      }),
      encodeAbiParameters(parseAbiParameters('address, address, uint256'), [bob, usdc, 5n]),
    )
    expect(
      decodeDeposit({
        ...context,
        logs: [fake, priorityRequest({ to: bob, value: 3n, data: '0x' })],
      }),
    ).toEqual({
      kind: 'base-token',
      l2Hash,
      recipient: bob,
      amount: 3n,
    })
  })
})
