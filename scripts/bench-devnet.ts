import { performance } from 'node:perf_hooks'
import { createPublicClient, createWalletClient, defineChain, http, parseEther } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import {
  chainConfig,
  getL2HashFromPriorityOp,
  publicActionsL1,
  publicActionsL2,
  walletActionsL1,
  walletActionsL2,
} from 'viem/zksync'
import { startDevnet } from '../devnet/src/devnet'

// `npm run bench:devnet`: how fast the devnet starts and moves funds, printed as figures.
// Measures wall time on this machine (instant batch timing); no pass/fail thresholds.

const ports = { l1: 48545, l2: { 270: 43050, 272: 43051 } }
const round = (ms: number) => `${ms.toFixed(0)} ms`

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

const t0 = performance.now()
const devnet = await startDevnet({ l1Port: ports.l1, gatewayPorts: ports.l2 })
const startMs = performance.now() - t0

const key = devnet.accounts[1]?.privateKey
if (!key) throw new Error('no dev account')
const account = privateKeyToAccount(key)
const l1Chain = defineChain({
  id: 9,
  name: 'L1',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: [devnet.l1.url] } },
})
const l2Url = devnet.l2[270]?.url ?? ''
const l2Chain = defineChain({
  ...chainConfig,
  id: 270,
  name: 'L2',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: [l2Url] } },
})
const l1 = createPublicClient({ chain: l1Chain, transport: http(), pollingInterval: 20 }).extend(
  publicActionsL1(),
)
const l1Wallet = createWalletClient({
  chain: l1Chain,
  transport: http(),
  account,
  pollingInterval: 20,
}).extend(walletActionsL1())
const l2 = createPublicClient({ chain: l2Chain, transport: http(), pollingInterval: 20 }).extend(
  publicActionsL2(),
)
const l2Wallet = createWalletClient({
  chain: l2Chain,
  transport: http(),
  account,
  pollingInterval: 20,
}).extend(walletActionsL2())

const deposits: number[] = []
for (let i = 0; i < 10; i++) {
  const t = performance.now()
  const hash = await l1Wallet.deposit({
    client: l2,
    token: '0x0000000000000000000000000000000000000000',
    amount: parseEther('0.01'),
  })
  const receipt = await l1.waitForTransactionReceipt({ hash })
  const l2Hash = getL2HashFromPriorityOp(receipt, await l2.getMainContractAddress())
  await l2.waitForTransactionReceipt({ hash: l2Hash })
  deposits.push(performance.now() - t)
}

const withdrawals: number[] = []
for (let i = 0; i < 10; i++) {
  const t = performance.now()
  const hash = await l2Wallet.withdraw({
    token: '0x0000000000000000000000000000000000000000',
    amount: parseEther('0.001'),
  })
  await l2.waitForTransactionReceipt({ hash })
  for (;;) {
    const proof = await l2.getLogProof({ txHash: hash, index: 0 }).catch(() => null)
    if (proof) break
    await new Promise((r) => setTimeout(r, 10))
  }
  const finalize = await l1Wallet.finalizeWithdrawal({ client: l2, hash })
  await l1.waitForTransactionReceipt({ hash: finalize })
  withdrawals.push(performance.now() - t)
}

const rpc: number[] = []
const receiptHash = await l2Wallet.withdraw({
  token: '0x0000000000000000000000000000000000000000',
  amount: 1n,
})
await l2.waitForTransactionReceipt({ hash: receiptHash })
for (let i = 0; i < 200; i++) {
  const t = performance.now()
  await l2.getTransactionReceipt({ hash: receiptHash })
  rpc.push(performance.now() - t)
}

await devnet.stop()

console.log(`
Ferry devnet benchmark (instant timing, this machine)

  start (compile cache warm, 3 anvils, deploy, batch 1 executed)  ${round(startMs)}
  ETH deposit, L1 send → L2 receipt (median of 10)               ${round(median(deposits))}
  ETH withdrawal → finalized on L1 (median of 10)                ${round(median(withdrawals))}
  gateway eth_getTransactionReceipt (median of 200)              ${median(rpc).toFixed(2)} ms
`)
