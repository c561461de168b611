import { performance } from 'node:perf_hooks'
import { createPublicClient, createWalletClient, http, parseEther, type Transport } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { publicActionsL2, walletActionsL1, walletActionsL2 } from 'viem/zksync'
import { startDevnet } from '../devnet/src/devnet'
import { discoverTransfers } from '../src/bridge/actions/discoverTransfers'
import { PUBLIC_PAIRS, withRpcOverride } from '../src/config/chains'
import { DEVNET_PAIRS } from '../src/config/devnetPairs'

const BUILT_IN_PAIRS = { ...PUBLIC_PAIRS, ...DEVNET_PAIRS }

// `npm run bench:history`: RPC requests and time to rebuild an account's history (20 transfers:
// 10 deposits, 10 withdrawals) from chain logs alone, as a fresh browser would.

const ports = { l1: 48645, l2: { 270: 43150, 272: 43151 } }
const devnet = await startDevnet({
  l1Port: ports.l1,
  gatewayPorts: ports.l2,
  chains: [270],
  log: process.env.DEVNET_VERBOSE ? console.log : undefined,
})
const rpc = { 9: devnet.l1.url, 270: devnet.l2[270]?.url ?? '' }
const pair = BUILT_IN_PAIRS['devnet-270']
const l1Chain = withRpcOverride(pair.l1, rpc)
const l2Chain = withRpcOverride(pair.l2, rpc)
const ETH = '0x0000000000000000000000000000000000000000'

const account = privateKeyToAccount(generatePrivateKey())
const funderKey = devnet.accounts[0]?.privateKey
if (!funderKey) throw new Error('no dev account')
const funder = createWalletClient({
  chain: l1Chain,
  transport: http(),
  account: privateKeyToAccount(funderKey),
})
const l1 = createPublicClient({ chain: l1Chain, transport: http(), pollingInterval: 20 })
const l2 = createPublicClient({ chain: l2Chain, transport: http(), pollingInterval: 20 }).extend(
  publicActionsL2(),
)
await l1.waitForTransactionReceipt({
  hash: await funder.sendTransaction({ to: account.address, value: parseEther('50') }),
})
const l1Wallet = createWalletClient({ chain: l1Chain, transport: http(), account }).extend(
  walletActionsL1(),
)
const l2Wallet = createWalletClient({ chain: l2Chain, transport: http(), account }).extend(
  walletActionsL2(),
)
for (let i = 0; i < 10; i++) {
  const hash = await l1Wallet.deposit({ client: l2, token: ETH, amount: parseEther('1') })
  await l1.waitForTransactionReceipt({ hash })
}
await devnet.waitIdle()
for (let i = 0; i < 10; i++) {
  const hash = await l2Wallet.withdraw({ token: ETH, amount: parseEther('0.1') })
  await l2.waitForTransactionReceipt({ hash })
}

// Fresh clients that count every JSON-RPC request they send.
let requests = 0
const counting = (url: string): Transport =>
  http(url, {
    onFetchRequest: async (request) => {
      const body = await request.clone().json()
      requests += Array.isArray(body) ? body.length : 1
    },
  })
const l1Fresh = createPublicClient({ chain: l1Chain, transport: counting(rpc[9]) })
const l2Fresh = createPublicClient({ chain: l2Chain, transport: counting(rpc[270]) })
const t = performance.now()
const { transfers } = await discoverTransfers({
  l1: l1Fresh,
  l2: l2Fresh,
  pairId: pair.id,
  account: account.address,
})
const ms = performance.now() - t
await devnet.stop()

console.log(`
History rebuilt from chain logs (plain RPC, no indexer), fresh clients, devnet

  transfers found             ${transfers.length} (10 deposits + 10 withdrawals made)
  JSON-RPC requests           ${requests}
  time                        ${ms.toFixed(0)} ms
`)
if (transfers.length !== 20) process.exit(1)
