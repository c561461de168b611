import {
  createPublicClient,
  defineChain,
  encodeFunctionData,
  http,
  parseAbi,
  parseEther,
} from 'viem'
import { describe, expect, it } from 'vitest'
import { devnet, rpc } from '../../testing/devnetClients'
import { probeChainCapabilities } from './capabilities'
import { readBridgeContracts } from './contracts'
import { estimateL1ToL2Gas, l1ToL2GasLimitFromCallEstimate } from './priorityGas'

// The protocol layer against the devnet's Era-style chain 270 and ZKsync OS–style chain 271:
// the same answers from what each chain's RPC offers.

const plainChain = (id: number) =>
  defineChain({
    id,
    name: `chain ${id}`,
    nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [rpc[id] ?? ''] } },
  })
const client = (id: number) => createPublicClient({ chain: plainChain(id), transport: http() })
const l1 = client(9)
const targetAbi = parseAbi(['function incrementBy(uint256)'])

describe('what a chain can do, probed', () => {
  it('chain 270 is an Era node, chain 271 a ZKsync OS one', async () => {
    expect(await probeChainCapabilities(client(270))).toEqual({
      estimateGasL1ToL2: true,
      batchDetails: true,
      transactionDetails: true,
      kind: 'era',
    })
    expect(await probeChainCapabilities(client(271))).toEqual({
      estimateGasL1ToL2: false,
      batchDetails: false,
      transactionDetails: false,
      kind: 'zksync-os',
    })
  })

  it('the bridge contracts come from the Bridgehub on both kinds, as the deployment has them', async () => {
    for (const id of [270, 271, 272]) {
      const contracts = await readBridgeContracts({ l1, l2: client(id), l2ChainId: id })
      const chain = devnet.deployment.chains[id]
      expect(contracts).toEqual({
        bridgehub: expect.stringMatching(new RegExp(devnet.deployment.bridgehub, 'i')),
        diamond: chain?.diamond,
        l1AssetRouter: devnet.deployment.l1AssetRouter,
        l1Nullifier: devnet.deployment.l1Nullifier,
        l1NativeTokenVault: devnet.deployment.l1NativeTokenVault,
        baseToken: chain?.baseToken,
        settlementLayer: 9n,
        protocolVersion: [0, expect.any(Number), expect.any(Number)],
      })
    }
  })
})

describe('the L2 gas limit of an L1→L2 call', () => {
  it('on an Era chain, computed from eth_estimateGas it is within 5 % of zks_estimateGasL1ToL2', async () => {
    const l2 = client(270)
    const from = devnet.accounts[9]?.address ?? '0x'
    const to = devnet.deployment.chains[270]?.testTarget ?? '0x'
    const data = encodeFunctionData({ abi: targetAbi, functionName: 'incrementBy', args: [3n] })
    const node = await estimateL1ToL2Gas(l2, { from, to, data, value: 0n })
    const callGas = await l2.estimateGas({ account: from, to, data })
    const own = l1ToL2GasLimitFromCallEstimate(callGas, (data.length - 2) / 2)
    expect(Number(own)).toBeGreaterThan(Number(node) * 0.95)
    expect(Number(own)).toBeLessThan(Number(node) * 1.05)
  })

  it('on a ZKsync OS chain (no zks_estimateGasL1ToL2) a call and a value transfer get a limit L1 accepts', async () => {
    const l2 = client(271)
    const from = devnet.accounts[9]?.address ?? '0x'
    const to = devnet.deployment.chains[271]?.testTarget ?? '0x'
    const data = encodeFunctionData({ abi: targetAbi, functionName: 'incrementBy', args: [3n] })
    const call = await estimateL1ToL2Gas(l2, { from, to, data, value: 0n })
    expect(call).toBeGreaterThan(253_884n)
    // the sender holds nothing like this on L2: the request mints it, the estimate must not refuse
    const transfer = await estimateL1ToL2Gas(l2, {
      from,
      to: from,
      data: '0x',
      value: parseEther('1000000'),
    })
    expect(transfer).toBeGreaterThanOrEqual(253_884n + 21_000n)
    expect(transfer).toBeLessThan(call)
  })
})
