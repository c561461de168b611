import {
  type Abi,
  type Account,
  type Address,
  concatHex,
  createPublicClient,
  createTestClient,
  createWalletClient,
  encodeAbiParameters,
  encodeFunctionData,
  encodePacked,
  erc20Abi,
  getAddress,
  type Hex,
  http,
  isAddressEqual,
  keccak256,
  pad,
  parseAbiParameters,
  parseEther,
  parseEventLogs,
  size,
  type TransactionReceipt,
  toEventSelector,
  toFunctionSelector,
  zeroAddress,
} from 'viem'
import { mnemonicToAccount, privateKeyToAccount } from 'viem/accounts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  DEV_MNEMONIC,
  DEVNET_CHAINS,
  DEVNET_DEFAULT_ADDRESSES,
  DEVNET_HISTORY_START,
  ETH_L2_CHAIN_ID,
  L1_CHAIN_ID,
  TEST_TOKENS,
} from '../facts'
import {
  bridgedStandardErc20Abi,
  bridgehubAbi,
  commitDataParameters,
  executeDataParameters,
  GENESIS_STORED_BATCH,
  l1AssetRouterAbi,
  l1MessengerAbi,
  l1NativeTokenVaultAbi,
  l1NullifierAbi,
  l2AssetRouterAbi,
  l2BaseTokenAbi,
  l2NativeTokenVaultAbi,
  proofDataParameters,
  testErc20Abi,
  testTargetAbi,
  zkChainAbi,
} from '../src/abis'
import { type AnvilInstance, startAnvil } from '../src/anvil'
import { type Artifacts, loadArtifacts } from '../src/compile'
import {
  ETH_TOKEN_ADDRESS,
  L1_BASE_FEE,
  L1_MESSENGER_ADDRESS,
  L2_ASSET_ROUTER_ADDRESS,
  L2_BASE_TOKEN_ADDRESS,
  L2_GAS_PRICE,
  L2_NATIVE_TOKEN_VAULT_ADDRESS,
  OPERATOR_PRIVATE_KEY,
  PRIORITY_TX_MAX_GAS_LIMIT,
} from '../src/constants'
import { deployL1, deployL2, L2_GENESIS_SUPPLY, OPERATOR_L2_BALANCE } from '../src/deploy'
import type { L1Deployment, StoredBatchInfo } from '../src/types'
import {
  abiSignatures,
  applyL1ToL2Alias,
  assetIdOf,
  baseCost,
  bridgeMintData,
  buildLogsTree,
  type CanonicalTransaction,
  canonicalTxHash,
  devnetChain,
  encodeCanonicalTransaction,
  encodedCanonicalLength,
  expectRevert,
  hashL2Bytecode,
  hashStoredBatch,
  type LogsTree,
  l2GasPrice,
  makeBatch,
  messageLog,
  minimalL2GasLimit,
  secondBridgeCalldata,
  statusLog,
  tokenMetadata,
  transferData,
  txDataHashLegacy,
  txDataHashNew,
  type UserLog,
  undoL1ToL2Alias,
} from './contracts/helpers'

// Contract-level tests of devnet/contracts: own anvils (L1 + L2 270 + L2 272), a fresh deployment, real
// transactions, and batches committed/proven/executed by hand (the test plays the sequencer).

/** Gas price of every L1 request in this file (legacy transactions, so tx.gasprice is exact). */
const GAS_PRICE = 2_000_000_000n
const TWO_BRIDGES_GAS_LIMIT = 400_000n

const TUSD_META = TEST_TOKENS.find((t) => t.key === 'TUSD')
const TST_META = TEST_TOKENS.find((t) => t.key === 'TST')
if (!TUSD_META || !TST_META) throw new Error('test tokens missing from constants')

const dev = (addressIndex: number) => mnemonicToAccount(DEV_MNEMONIC, { addressIndex })
const operator = privateKeyToAccount(OPERATOR_PRIVATE_KEY)
/** Fresh L1 receivers (no code, zero balance) so that payouts can be asserted exactly. */
const fresh = (n: number) => getAddress(`0x${'f0'.repeat(19)}${n.toString(16).padStart(2, '0')}`)

function makeClients(url: string, chainId: number) {
  const chain = devnetChain(chainId, url)
  const transport = http(url)
  return {
    public: createPublicClient({ chain, transport, pollingInterval: 10 }),
    test: createTestClient({ chain, mode: 'anvil', transport }),
    wallet: (account: Account | Address) => createWalletClient({ chain, transport, account }),
  }
}
type Clients = ReturnType<typeof makeClients>

let artifacts: Artifacts
const anvils: AnvilInstance[] = []
let d: L1Deployment
let L1: Clients
const L2: Record<number, Clients> = {}
let deployMs = 0

beforeAll(async () => {
  artifacts = await loadArtifacts()
  const [l1, ...l2s] = await Promise.all([
    startAnvil({ chainId: L1_CHAIN_ID, port: 0, baseFee: L1_BASE_FEE }),
    ...DEVNET_CHAINS.map((c) =>
      startAnvil({
        chainId: c.chainId,
        port: 0,
        baseFee: L2_GAS_PRICE,
        args: ['--gas-limit', '1000000000'],
      }),
    ),
  ])
  if (!l1) throw new Error('no L1 anvil')
  anvils.push(l1, ...l2s)
  const started = performance.now()
  d = await deployL1({ url: l1.url, artifacts, chains: DEVNET_CHAINS })
  await Promise.all(
    DEVNET_CHAINS.map((c, i) =>
      deployL2({ url: l2s[i]?.url ?? '', artifacts, l1: d, chainId: c.chainId }),
    ),
  )
  deployMs = performance.now() - started
  L1 = makeClients(l1.url, L1_CHAIN_ID)
  for (const [i, c] of DEVNET_CHAINS.entries())
    L2[c.chainId] = makeClients(l2s[i]?.url ?? '', c.chainId)
})

afterAll(async () => {
  await Promise.all(anvils.map((a) => a.stop()))
})

// ---------------------------------------------------------------- small helpers

function l2(chainId: number): Clients {
  const clients = L2[chainId]
  if (!clients) throw new Error(`no L2 ${chainId}`)
  return clients
}

function diamondOf(chainId: number): Address {
  const chain = d.chains[chainId]
  if (!chain) throw new Error(`chain ${chainId} not deployed`)
  return chain.diamond
}

async function mined(c: Clients, hash: Hex): Promise<TransactionReceipt> {
  const receipt = await c.public.waitForTransactionReceipt({ hash, pollingInterval: 10 })
  expect(receipt.status).toBe('success')
  return receipt
}

const ethAssetId = () => assetIdOf(L1_CHAIN_ID, ETH_TOKEN_ADDRESS)
const tstAssetId = () => assetIdOf(L1_CHAIN_ID, d.tokens.TST)
const tusdAssetId = () => assetIdOf(L1_CHAIN_ID, d.tokens.TUSD)

async function chainBalance(chainId: number, assetId: Hex) {
  return L1.public.readContract({
    address: d.l1NativeTokenVault,
    abi: l1NativeTokenVaultAbi,
    functionName: 'chainBalance',
    args: [BigInt(chainId), assetId],
  })
}

async function tokenBalance(c: Clients, token: Address, owner: Address) {
  return c.public.readContract({
    address: token,
    abi: erc20Abi,
    functionName: 'balanceOf',
    args: [owner],
  })
}

async function approve(account: Account, token: Address, spender: Address, amount: bigint) {
  await mined(
    L1,
    await L1.wallet(account).writeContract({
      address: token,
      abi: erc20Abi,
      functionName: 'approve',
      args: [spender, amount],
    }),
  )
}

type PriorityRequest = {
  txId: bigint
  txHash: Hex
  expirationTimestamp: bigint
  transaction: CanonicalTransaction
  factoryDeps: readonly Hex[]
}

/** The `NewPriorityRequest` the diamond emitted in `receipt`, checked against `NewPriorityRequestId`. */
function priorityRequestOf(receipt: TransactionReceipt, diamond: Address): PriorityRequest {
  const logs = receipt.logs.filter((log) => isAddressEqual(log.address, diamond))
  const [request] = parseEventLogs({ abi: zkChainAbi, logs, eventName: 'NewPriorityRequest' })
  const [requestId] = parseEventLogs({ abi: zkChainAbi, logs, eventName: 'NewPriorityRequestId' })
  if (!request || !requestId)
    throw new Error('no NewPriorityRequest/NewPriorityRequestId in the receipt')
  expect(requestId.args.txId).toBe(request.args.txId)
  expect(requestId.args.txHash).toBe(request.args.txHash)
  expect(requestId.logIndex).toBe(request.logIndex + 1)
  return {
    txId: request.args.txId,
    txHash: request.args.txHash,
    expirationTimestamp: request.args.expirationTimestamp,
    transaction: request.args.transaction,
    factoryDeps: request.args.factoryDeps,
  }
}

type DirectRequest = {
  chainId: number
  mintValue: bigint
  l2Contract: Address
  l2Value?: bigint
  l2Calldata?: Hex
  l2GasLimit: bigint
  l2GasPerPubdataByteLimit?: bigint
  factoryDeps?: Hex[]
  refundRecipient?: Address
}

function directArgs(r: DirectRequest) {
  return [
    {
      chainId: BigInt(r.chainId),
      mintValue: r.mintValue,
      l2Contract: r.l2Contract,
      l2Value: r.l2Value ?? 0n,
      l2Calldata: r.l2Calldata ?? '0x',
      l2GasLimit: r.l2GasLimit,
      l2GasPerPubdataByteLimit: r.l2GasPerPubdataByteLimit ?? 800n,
      factoryDeps: r.factoryDeps ?? [],
      refundRecipient: r.refundRecipient ?? zeroAddress,
    },
  ] as const
}

async function requestDirect(account: Account, r: DirectRequest, value: bigint) {
  const hash = await L1.wallet(account).writeContract({
    address: d.bridgehub,
    abi: bridgehubAbi,
    functionName: 'requestL2TransactionDirect',
    args: directArgs(r),
    value,
    gasPrice: GAS_PRICE,
  })
  const receipt = await mined(L1, hash)
  return { receipt, request: priorityRequestOf(receipt, diamondOf(r.chainId)) }
}

function simulateDirect(account: Account, r: DirectRequest, value: bigint) {
  return L1.public.simulateContract({
    account,
    address: d.bridgehub,
    abi: bridgehubAbi,
    functionName: 'requestL2TransactionDirect',
    args: directArgs(r),
    value,
    gasPrice: GAS_PRICE,
  })
}

type TwoBridgesRequest = {
  chainId: number
  mintValue: bigint
  l2Value?: bigint
  l2GasLimit?: bigint
  refundRecipient?: Address
  secondBridgeAddress?: Address
  secondBridgeValue?: bigint
  secondBridgeCalldata: Hex
}

function twoBridgesArgs(r: TwoBridgesRequest) {
  return [
    {
      chainId: BigInt(r.chainId),
      mintValue: r.mintValue,
      l2Value: r.l2Value ?? 0n,
      l2GasLimit: r.l2GasLimit ?? TWO_BRIDGES_GAS_LIMIT,
      l2GasPerPubdataByteLimit: 800n,
      refundRecipient: r.refundRecipient ?? zeroAddress,
      secondBridgeAddress: r.secondBridgeAddress ?? d.l1AssetRouter,
      secondBridgeValue: r.secondBridgeValue ?? 0n,
      secondBridgeCalldata: r.secondBridgeCalldata,
    },
  ] as const
}

async function requestTwoBridges(account: Account, r: TwoBridgesRequest, value: bigint) {
  const hash = await L1.wallet(account).writeContract({
    address: d.bridgehub,
    abi: bridgehubAbi,
    functionName: 'requestL2TransactionTwoBridges',
    args: twoBridgesArgs(r),
    value,
    gasPrice: GAS_PRICE,
  })
  const receipt = await mined(L1, hash)
  return { receipt, request: priorityRequestOf(receipt, diamondOf(r.chainId)) }
}

function simulateTwoBridges(account: Account, r: TwoBridgesRequest, value: bigint) {
  return L1.public.simulateContract({
    account,
    address: d.bridgehub,
    abi: bridgehubAbi,
    functionName: 'requestL2TransactionTwoBridges',
    args: twoBridgesArgs(r),
    value,
    gasPrice: GAS_PRICE,
  })
}

/** Runs a priority transaction on the L2 anvil the way the sequencer does: impersonating `from`. */
async function executeOnL2(chainId: number, tx: CanonicalTransaction): Promise<TransactionReceipt> {
  const c = l2(chainId)
  const from = getAddress(pad(`0x${tx.from.toString(16)}`, { size: 20 }))
  const to = getAddress(pad(`0x${tx.to.toString(16)}`, { size: 20 }))
  await c.test.setBalance({ address: from, value: parseEther('1') + tx.value })
  await c.test.impersonateAccount({ address: from })
  try {
    const hash = await c.wallet(from).sendTransaction({ to, data: tx.data, value: tx.value })
    return await mined(c, hash)
  } finally {
    await c.test.stopImpersonatingAccount({ address: from })
  }
}

/** Plays the sequencer's L1 part for one chain: commit, prove and execute batches built by the test. */
class HandExecutor {
  last: StoredBatchInfo = GENESIS_STORED_BATCH
  lastVerified: StoredBatchInfo = GENESIS_STORED_BATCH
  constructor(readonly chainId: number) {}

  get diamond() {
    return diamondOf(this.chainId)
  }

  /** The canonical hashes of all priority requests the diamond has not processed yet. */
  async pendingPriorityHashes(): Promise<Hex[]> {
    const [first, total] = await Promise.all([
      this.read('getFirstUnprocessedPriorityTx'),
      this.read('getTotalPriorityTxs'),
    ])
    const ids = Array.from({ length: Number(total - first) }, (_, i) => first + BigInt(i))
    return Promise.all(
      ids.map((id) =>
        L1.public.readContract({
          address: this.diamond,
          abi: zkChainAbi,
          functionName: 'priorityTxHash',
          args: [id],
        }),
      ),
    )
  }

  read(
    functionName:
      | 'getFirstUnprocessedPriorityTx'
      | 'getTotalPriorityTxs'
      | 'getTotalBatchesCommitted'
      | 'getTotalBatchesVerified'
      | 'getTotalBatchesExecuted',
  ) {
    return L1.public.readContract({ address: this.diamond, abi: zkChainAbi, functionName })
  }

  commitData(previous: StoredBatchInfo, batch: ReturnType<typeof makeBatch>['commit']): Hex {
    return concatHex(['0x01', encodeAbiParameters(commitDataParameters, [previous, [batch]])])
  }

  async commit(batch: ReturnType<typeof makeBatch>) {
    const n = batch.commit.batchNumber
    const hash = await L1.wallet(operator).writeContract({
      address: this.diamond,
      abi: zkChainAbi,
      functionName: 'commitBatchesSharedBridge',
      args: [this.diamond, n, n, this.commitData(this.last, batch.commit)],
    })
    const receipt = await mined(L1, hash)
    const [event] = parseEventLogs({
      abi: zkChainAbi,
      logs: receipt.logs,
      eventName: 'BlockCommit',
    })
    expect(event?.args).toEqual({
      batchNumber: n,
      batchHash: batch.stored.batchHash,
      commitment: batch.stored.commitment,
    })
    this.last = batch.stored
    return receipt
  }

  proofData(previous: StoredBatchInfo, batch: StoredBatchInfo): Hex {
    return concatHex(['0x01', encodeAbiParameters(proofDataParameters, [previous, [batch], []])])
  }

  async prove(stored: StoredBatchInfo) {
    const n = stored.batchNumber
    const hash = await L1.wallet(operator).writeContract({
      address: this.diamond,
      abi: zkChainAbi,
      functionName: 'proveBatchesSharedBridge',
      args: [this.diamond, n, n, this.proofData(this.lastVerified, stored)],
    })
    const receipt = await mined(L1, hash)
    const [event] = parseEventLogs({
      abi: zkChainAbi,
      logs: receipt.logs,
      eventName: 'BlocksVerification',
    })
    expect(event?.args).toEqual({ previousLastVerifiedBatch: n - 1n, currentLastVerifiedBatch: n })
    this.lastVerified = stored
    return receipt
  }

  executeData(stored: StoredBatchInfo, itemHashes: readonly Hex[]): Hex {
    return concatHex([
      '0x01',
      encodeAbiParameters(executeDataParameters, [
        [stored],
        [{ leftPath: [], rightPath: [], itemHashes }],
        [[]],
      ]),
    ])
  }

  async execute(stored: StoredBatchInfo, itemHashes: readonly Hex[]) {
    const n = stored.batchNumber
    const hash = await L1.wallet(operator).writeContract({
      address: this.diamond,
      abi: zkChainAbi,
      functionName: 'executeBatchesSharedBridge',
      args: [this.diamond, n, n, this.executeData(stored, itemHashes)],
    })
    const receipt = await mined(L1, hash)
    const [event] = parseEventLogs({
      abi: zkChainAbi,
      logs: receipt.logs,
      eventName: 'BlockExecution',
    })
    expect(event?.args).toEqual({
      batchNumber: n,
      batchHash: stored.batchHash,
      commitment: stored.commitment,
    })
    return receipt
  }

  simulate(
    functionName:
      | 'commitBatchesSharedBridge'
      | 'proveBatchesSharedBridge'
      | 'executeBatchesSharedBridge',
    n: bigint,
    data: Hex,
    account: Account = operator,
  ) {
    return L1.public.simulateContract({
      account,
      address: this.diamond,
      abi: zkChainAbi,
      functionName,
      args: [this.diamond, n, n, data],
    })
  }

  /** A whole batch with these logs and every pending priority request; returns its tree. */
  async runBatch(logs: readonly UserLog[]): Promise<{ tree: LogsTree; stored: StoredBatchInfo }> {
    const tree = buildLogsTree(logs)
    const priorityHashes = await this.pendingPriorityHashes()
    const batch = makeBatch({
      batchNumber: this.last.batchNumber + 1n,
      root: tree.root,
      priorityHashes,
    })
    await this.commit(batch)
    await this.prove(batch.stored)
    await this.execute(batch.stored, priorityHashes)
    return { tree, stored: batch.stored }
  }
}

type FinalizeParams = {
  chainId: bigint
  l2BatchNumber: bigint
  l2MessageIndex: bigint
  l2Sender: Address
  l2TxNumberInBatch: number
  message: Hex
  merkleProof: Hex[]
}

function simulateFinalize(params: FinalizeParams, account: Account = dev(6)) {
  return L1.public.simulateContract({
    account,
    address: d.l1Nullifier,
    abi: l1NullifierAbi,
    functionName: 'finalizeDeposit',
    args: [params],
  })
}

async function finalize(params: FinalizeParams, account: Account = dev(6)) {
  const hash = await L1.wallet(account).writeContract({
    address: d.l1Nullifier,
    abi: l1NullifierAbi,
    functionName: 'finalizeDeposit',
    args: [params],
  })
  return mined(L1, hash)
}

// ---------------------------------------------------------------- shared state between the tests below

/** The first TUSD deposit to 270 (two bridges), by dev 2 to themselves. */
let tusdDeposit: { request: PriorityRequest; amount: bigint; depositor: Address }
/** The ETH deposit to 272 (two bridges), by dev 3. */
let ethTo272: { request: PriorityRequest; amount: bigint }
/** Messages produced on L2 270 by the L2 contracts. */
let ethWithdrawal: { message: Hex; receiver: Address; amount: bigint }
let tusdWithdrawal: { message: Hex; receiver: Address; amount: bigint }
let l2Tusd: Address
/** A legacy-encoded TUSD deposit (reported failed in batch 1, claimed with claimFailedDeposit). */
let legacyDeposit: { request: PriorityRequest; amount: bigint; depositor: Address }
/** A TST deposit to 270 reported failed in batch 1. */
let failedDeposit: { request: PriorityRequest; amount: bigint; depositor: Address }
/** Batch 1 of chain 270. */
let batch1: { tree: LogsTree; stored: StoredBatchInfo }
const executor270 = new HandExecutor(ETH_L2_CHAIN_ID)

describe('devnet contracts', () => {
  it('compiles every contract below the EIP-170 limit and the TS ABIs match the artifacts', () => {
    for (const name of [
      'Bridgehub',
      'ZKChain',
      'L1AssetRouter',
      'L1Nullifier',
      'L1NativeTokenVault',
      'TestERC20',
      'L1Messenger',
      'L2BaseToken',
      'L2AssetRouter',
      'L2NativeTokenVault',
      'BridgedStandardERC20',
      'TestTarget',
    ]) {
      const artifact = artifacts[name]
      expect(artifact, name).toBeDefined()
      const runtimeSize = size(artifact?.deployedBytecode ?? '0x')
      expect(runtimeSize, name).toBeGreaterThan(0)
      expect(runtimeSize, name).toBeLessThanOrEqual(24_576)
    }
    const pairs: [string, Abi][] = [
      ['Bridgehub', bridgehubAbi],
      ['ZKChain', zkChainAbi],
      ['L1AssetRouter', l1AssetRouterAbi],
      ['L1Nullifier', l1NullifierAbi],
      ['L1NativeTokenVault', l1NativeTokenVaultAbi],
      ['TestERC20', testErc20Abi],
      ['L1Messenger', l1MessengerAbi],
      ['L2BaseToken', l2BaseTokenAbi],
      ['L2AssetRouter', l2AssetRouterAbi],
      ['L2NativeTokenVault', l2NativeTokenVaultAbi],
      ['BridgedStandardERC20', bridgedStandardErc20Abi],
      ['TestTarget', testTargetAbi],
    ]
    const allErrors = new Set(
      Object.values(artifacts).flatMap((a) =>
        abiSignatures(a.abi).filter((s) => s.startsWith('error ')),
      ),
    )
    for (const [name, abi] of pairs) {
      const compiled = new Set(abiSignatures(artifacts[name]?.abi ?? []))
      for (const signature of abiSignatures(abi)) {
        if (signature.startsWith('error ')) expect(allErrors.has(signature), signature).toBe(true)
        else expect(compiled.has(`${signature}`), `${name}: ${signature}`).toBe(true)
      }
    }
    // Selectors the clients depend on (zksync-contracts.md §2.2).
    const selectors: [string, Hex][] = [
      [
        'requestL2TransactionDirect((uint256,uint256,address,uint256,bytes,uint256,uint256,bytes[],address))',
        '0xd52471c1',
      ],
      [
        'requestL2TransactionTwoBridges((uint256,uint256,uint256,uint256,uint256,address,address,uint256,bytes))',
        '0x24fd57fb',
      ],
      ['finalizeDeposit((uint256,uint256,uint256,address,uint16,bytes,bytes32[]))', '0x74beea82'],
      ['commitBatchesSharedBridge(address,uint256,uint256,bytes)', '0x0db9eb87'],
      ['executeBatchesSharedBridge(address,uint256,uint256,bytes)', '0xa085344d'],
      [
        'bridgeRecoverFailedTransfer(uint256,address,bytes32,bytes,bytes32,uint256,uint256,uint16,bytes32[])',
        '0x3601e63e',
      ],
    ]
    for (const [signature, selector] of selectors)
      expect(toFunctionSelector(`function ${signature}`)).toBe(selector)
  })

  it('has the selectors and event topics of zksync-contracts.md §2.2–§2.3 on the right contracts', () => {
    const selectorsOf = (name: string) =>
      new Set(
        (artifacts[name]?.abi ?? []).flatMap((item) =>
          item.type === 'function' ? [toFunctionSelector(item)] : [],
        ),
      )
    const topicsOf = (name: string) =>
      new Set(
        (artifacts[name]?.abi ?? []).flatMap((item) =>
          item.type === 'event' ? [toEventSelector(item)] : [],
        ),
      )
    const functions: Record<string, Hex[]> = {
      Bridgehub: [
        '0xd52471c1',
        '0x24fd57fb',
        '0x71623274',
        '0x59ec65a2',
        '0xe52db4ca',
        '0xe680c4c1',
        '0xdead6f7f',
        '0x38720778',
        '0xbc0aac10',
        '0x99c16d1a',
        '0xe6d9923b',
        '0xb292f5f1',
      ],
      ZKChain: [
        '0xb473318e',
        '0x12f43dab',
        '0xe4948f43',
        '0x042901c7',
        '0x0db9eb87',
        '0x9271e450',
        '0xa085344d',
        '0xb8c2f66f',
        '0x9cd939e4',
        '0xa1954fc5',
      ],
      L1AssetRouter: [
        '0xc4879440',
        '0xca408c23',
        '0x8eb7db57',
        '0x3601e63e',
        '0x1346ca3b',
        '0xc0991525',
        '0x9c884fd1',
        '0x8f31f052',
        '0xe60ccaba',
        '0x64e130cf',
      ],
      L1Nullifier: ['0x3601e63e', '0xc0991525', '0x74beea82', '0x8f31f052', '0x9fa8826b'],
      L1NativeTokenVault: ['0xfd3f60df', '0x97bb3ce9', '0x5f3455b5', '0xcb944dec', '0x2f90b184'],
      L2NativeTokenVault: ['0xfd3f60df', '0x97bb3ce9', '0x5f3455b5', '0xcb944dec', '0x2f90b184'],
      L2AssetRouter: [
        '0x9c884fd1',
        '0xcfe7af7c',
        '0xcdf25430',
        '0xf5f15168',
        '0xf54266a2',
        '0x969b53da',
        '0xd9caed12',
        '0x4a2e35ba',
      ],
      L2BaseToken: ['0x51cff8d9'],
      L1Messenger: ['0x62f84b24'],
    }
    for (const [name, selectors] of Object.entries(functions)) {
      const have = selectorsOf(name)
      for (const selector of selectors) expect(have.has(selector), `${name} ${selector}`).toBe(true)
    }
    // like the real L2AssetRouter: no l1SharedBridge()
    expect(selectorsOf('L2AssetRouter').has('0xb852ad36')).toBe(false)
    const events: Record<string, Hex[]> = {
      ZKChain: [
        '0x4531cd5795773d7101c17bdeb9f5ab7f47d7056017506f937083be5d6e77a382',
        '0x779f441679936c5441b671969f37400b8c3ed0071cb47444431bf985754560df',
      ],
      L1Messenger: [
        '0x3a36e47291f4201faf137fab081d92295bce2d53be2c6ca68ba82c7faa9ce241',
        '0x27fe8c0b49f49507b9d4fe5968c9f49edfe5c9df277d433a07a0717ede97638d',
      ],
      L2BaseToken: [
        '0x2717ead6b9200dd235aad468c9809ea400fe33ac69b5bfaa6d3e90fc922b6398',
        '0xc405fe8958410bbaf0c73b7a0c3e20859e86ca168a4c9b0def9c54d2555a306b',
        '0x0f6798a560793a54c3bcfe86a93cde1e73087d944c0ea20544137d4121396885',
      ],
      L2AssetRouter: [
        '0x55362fc62473cb1255e770af5d5e02ba6ee5bc7ed6969c30eb11ca31b92384dc',
        '0x44eb9a840094a49b3cd0a5205042598a1c08c4e87bafb5760bc2d8efa170c541',
        '0x2632cc0d58b0cb1017b99cc0b6cc66ad86440cc0dd923bfdaa294f95ba1b0201',
      ],
      L1AssetRouter: [
        '0x44eb9a840094a49b3cd0a5205042598a1c08c4e87bafb5760bc2d8efa170c541',
        '0x0f87e1ea5eb1f034a6071ef630c174063e3d48756f853efaaf4292b929298240',
        '0xe21913bc89c1320d9709a5d236ffe06b54cf88aecfc9509ebd68f1adba45781e',
        '0x4250817d22c13fba8067153d85ccd9706326ac2bd14d5c3898c8b1bccc440658',
        '0x2632cc0d58b0cb1017b99cc0b6cc66ad86440cc0dd923bfdaa294f95ba1b0201',
      ],
      L1Nullifier: ['0xe4def01b981193a97a9e81230d7b9f31812ceaf23f864a828a82c687911cb2df'],
      L1NativeTokenVault: [
        '0x1cd02155ad1064c60598a8bd0e4e795d7e7d0a0f3c38aad04d261f1297fb2545',
        '0xbc0f4055a7869d8ecad34b33382a0bc181c5811565fec42f335505be5fd661d2',
      ],
      L2NativeTokenVault: [
        '0x1cd02155ad1064c60598a8bd0e4e795d7e7d0a0f3c38aad04d261f1297fb2545',
        '0xbc0f4055a7869d8ecad34b33382a0bc181c5811565fec42f335505be5fd661d2',
      ],
    }
    for (const [name, topics] of Object.entries(events)) {
      const have = topicsOf(name)
      for (const topic of topics) expect(have.has(topic), `${name} ${topic}`).toBe(true)
    }
    const prefixed: [string, string, string][] = [
      ['BridgedStandardERC20', 'BridgeInitialize', '0x81e8e92e'],
      ['BridgedStandardERC20', 'BridgeMint', '0x397b33b3'],
      ['BridgedStandardERC20', 'BridgeBurn', '0x9b5b9a05'],
      ['ZKChain', 'BlockCommit', '0x8f2916b2'],
      ['ZKChain', 'BlocksVerification', '0x22c9005d'],
      ['ZKChain', 'BlockExecution', '0x24023073'],
    ]
    for (const [name, event, prefix] of prefixed) {
      const item = artifacts[name]?.abi.find((i) => i.type === 'event' && i.name === event)
      expect(item && item.type === 'event' ? toEventSelector(item).slice(0, 10) : undefined).toBe(
        prefix,
      )
    }
  })

  it('deploys deterministically, wires the contracts and backs the L2 genesis balances', async () => {
    console.log(`deployL1 + ${DEVNET_CHAINS.length} × deployL2: ${deployMs.toFixed(0)} ms`)
    expect(d.bridgehub).toBe(DEVNET_DEFAULT_ADDRESSES.bridgehub)
    expect(d.l1Nullifier).toBe(DEVNET_DEFAULT_ADDRESSES.l1Nullifier)
    expect(d.l1AssetRouter).toBe(DEVNET_DEFAULT_ADDRESSES.l1AssetRouter)
    expect(d.l1NativeTokenVault).toBe(DEVNET_DEFAULT_ADDRESSES.l1NativeTokenVault)
    expect(d.tokens).toEqual(DEVNET_DEFAULT_ADDRESSES.tokens)
    expect(d.chains[270]?.diamond).toBe(DEVNET_DEFAULT_ADDRESSES.diamonds[270])
    expect(d.chains[272]?.diamond).toBe(DEVNET_DEFAULT_ADDRESSES.diamonds[272])
    expect(d.chains[271]?.diamond).toBe(DEVNET_DEFAULT_ADDRESSES.diamonds[271])
    expect(d.chains[270]?.testTarget).toBe(DEVNET_DEFAULT_ADDRESSES.testTarget)
    expect(d.startBlock).toBe(DEVNET_HISTORY_START.l1)
    expect(
      await L1.public.getCode({ address: d.bridgehub, blockNumber: BigInt(d.startBlock) }),
    ).not.toBe(undefined)
    expect(
      await L1.public.getCode({ address: d.bridgehub, blockNumber: BigInt(d.startBlock - 1) }),
    ).toBe(undefined)

    const read = L1.public.readContract
    // Bridgehub
    expect(
      await read({
        address: d.bridgehub,
        abi: bridgehubAbi,
        functionName: 'baseToken',
        args: [270n],
      }),
    ).toBe(ETH_TOKEN_ADDRESS)
    expect(
      await read({
        address: d.bridgehub,
        abi: bridgehubAbi,
        functionName: 'baseToken',
        args: [272n],
      }),
    ).toBe(d.tokens.TST)
    expect(
      await read({
        address: d.bridgehub,
        abi: bridgehubAbi,
        functionName: 'baseTokenAssetId',
        args: [270n],
      }),
    ).toBe('0x52f431aa35dd80982e3c66614112503ca2c6e344745f4a2bcfc9bd7e09c75584')
    expect(
      await read({
        address: d.bridgehub,
        abi: bridgehubAbi,
        functionName: 'baseTokenAssetId',
        args: [272n],
      }),
    ).toBe(tstAssetId())
    expect(
      await read({
        address: d.bridgehub,
        abi: bridgehubAbi,
        functionName: 'getZKChain',
        args: [270n],
      }),
    ).toBe(diamondOf(270))
    expect(
      await read({
        address: d.bridgehub,
        abi: bridgehubAbi,
        functionName: 'getHyperchain',
        args: [272n],
      }),
    ).toBe(diamondOf(272))
    expect(
      await read({ address: d.bridgehub, abi: bridgehubAbi, functionName: 'sharedBridge' }),
    ).toBe(d.l1AssetRouter)
    expect(
      await read({ address: d.bridgehub, abi: bridgehubAbi, functionName: 'assetRouter' }),
    ).toBe(d.l1AssetRouter)
    // asset router / nullifier / vault discovery
    expect(
      await read({ address: d.l1AssetRouter, abi: l1AssetRouterAbi, functionName: 'L1_NULLIFIER' }),
    ).toBe(d.l1Nullifier)
    expect(
      await read({
        address: d.l1AssetRouter,
        abi: l1AssetRouterAbi,
        functionName: 'nativeTokenVault',
      }),
    ).toBe(d.l1NativeTokenVault)
    expect(
      await read({
        address: d.l1AssetRouter,
        abi: l1AssetRouterAbi,
        functionName: 'assetHandlerAddress',
        args: [ethAssetId()],
      }),
    ).toBe(d.l1NativeTokenVault)
    expect(
      await read({
        address: d.l1NativeTokenVault,
        abi: l1NativeTokenVaultAbi,
        functionName: 'assetId',
        args: [ETH_TOKEN_ADDRESS],
      }),
    ).toBe(ethAssetId())
    expect(
      await read({
        address: d.l1NativeTokenVault,
        abi: l1NativeTokenVaultAbi,
        functionName: 'assetId',
        args: [d.tokens.TUSD],
      }),
    ).toBe(pad('0x00'))
    // diamonds
    for (const chainId of [270, 272]) {
      const diamond = diamondOf(chainId)
      expect(
        await read({ address: diamond, abi: zkChainAbi, functionName: 'getSemverProtocolVersion' }),
      ).toEqual([0, 29, 0])
      expect(
        await read({ address: diamond, abi: zkChainAbi, functionName: 'getProtocolVersion' }),
      ).toBe(29n << 32n)
      expect(await read({ address: diamond, abi: zkChainAbi, functionName: 'getChainId' })).toBe(
        BigInt(chainId),
      )
      expect(
        await read({ address: diamond, abi: zkChainAbi, functionName: 'getTotalBatchesExecuted' }),
      ).toBe(0n)
      expect(
        await read({ address: diamond, abi: zkChainAbi, functionName: 'getPriorityTxMaxGasLimit' }),
      ).toBe(PRIORITY_TX_MAX_GAS_LIMIT)
      expect(
        await read({
          address: diamond,
          abi: zkChainAbi,
          functionName: 'isValidator',
          args: [operator.address],
        }),
      ).toBe(true)
      expect(
        await read({
          address: diamond,
          abi: zkChainAbi,
          functionName: 'storedBatchHash',
          args: [0n],
        }),
      ).toBe(hashStoredBatch(GENESIS_STORED_BATCH))
    }
    // genesis backing of the pre-funded L2 balances
    expect(await chainBalance(270, ethAssetId())).toBe(L2_GENESIS_SUPPLY)
    expect(await chainBalance(272, tstAssetId())).toBe(L2_GENESIS_SUPPLY)
    expect(L2_GENESIS_SUPPLY).toBe(10n * 10_000n * 10n ** 18n + OPERATOR_L2_BALANCE)
    expect(await chainBalance(271, ethAssetId())).toBe(L2_GENESIS_SUPPLY)
    // the vault backs both ETH chains' genesis balances (270 and 271)
    expect(await L1.public.getBalance({ address: d.l1NativeTokenVault })).toBe(
      2n * L2_GENESIS_SUPPLY,
    )
    expect(await tokenBalance(L1, d.tokens.TST, d.l1NativeTokenVault)).toBe(L2_GENESIS_SUPPLY)
    // dev accounts got the test tokens
    expect(await tokenBalance(L1, d.tokens.TST, dev(9).address)).toBe(1_000_000n * 10n ** 18n)
    expect(await tokenBalance(L1, d.tokens.TUSD, dev(0).address)).toBe(1_000_000n * 10n ** 6n)
    expect(await read({ address: d.tokens.TUSD, abi: erc20Abi, functionName: 'decimals' })).toBe(6)
    // the deployment put the L1 base fee back where it was
    await L1.test.mine({ blocks: 1 })
    expect((await L1.public.getBlock()).baseFeePerGas).toBe(L1_BASE_FEE)

    // L2 system contracts
    for (const chainId of [270, 272]) {
      const c = l2(chainId)
      const chain = d.chains[chainId]
      for (const address of [
        L1_MESSENGER_ADDRESS,
        L2_BASE_TOKEN_ADDRESS,
        L2_ASSET_ROUTER_ADDRESS,
        L2_NATIVE_TOKEN_VAULT_ADDRESS,
      ])
        expect(size((await c.public.getCode({ address })) ?? '0x'), address).toBeGreaterThan(0)
      const r = c.public.readContract
      expect(
        await r({
          address: L2_NATIVE_TOKEN_VAULT_ADDRESS,
          abi: l2NativeTokenVaultAbi,
          functionName: 'L1_CHAIN_ID',
        }),
      ).toBe(9n)
      expect(
        await r({
          address: L2_NATIVE_TOKEN_VAULT_ADDRESS,
          abi: l2NativeTokenVaultAbi,
          functionName: 'BASE_TOKEN_ASSET_ID',
        }),
      ).toBe(chain?.baseTokenAssetId)
      expect(
        await r({
          address: L2_NATIVE_TOKEN_VAULT_ADDRESS,
          abi: l2NativeTokenVaultAbi,
          functionName: 'WETH_TOKEN',
        }),
      ).toBe(zeroAddress)
      expect(
        await r({
          address: L2_ASSET_ROUTER_ADDRESS,
          abi: l2AssetRouterAbi,
          functionName: 'L1_ASSET_ROUTER',
        }),
      ).toBe(d.l1AssetRouter)
      expect(
        await r({
          address: L2_ASSET_ROUTER_ADDRESS,
          abi: l2AssetRouterAbi,
          functionName: 'l1Bridge',
        }),
      ).toBe(d.l1AssetRouter)
      expect(
        await r({
          address: L2_ASSET_ROUTER_ADDRESS,
          abi: l2AssetRouterAbi,
          functionName: 'l1TokenAddress',
          args: [L2_BASE_TOKEN_ADDRESS],
        }),
      ).toBe(zeroAddress)
      expect(
        await r({ address: L2_BASE_TOKEN_ADDRESS, abi: l2BaseTokenAbi, functionName: 'symbol' }),
      ).toBe(chain?.baseTokenSymbol)
      expect(
        await r({ address: L2_BASE_TOKEN_ADDRESS, abi: l2BaseTokenAbi, functionName: 'name' }),
      ).toBe(chain?.baseTokenName)
      expect(
        await r({ address: L2_BASE_TOKEN_ADDRESS, abi: l2BaseTokenAbi, functionName: 'decimals' }),
      ).toBe(18)
      expect(
        await r({
          address: L2_BASE_TOKEN_ADDRESS,
          abi: l2BaseTokenAbi,
          functionName: 'balanceOf',
          args: [BigInt(operator.address)],
        }),
      ).toBe(await c.public.getBalance({ address: operator.address }))
      // Like the real L2AssetRouter there is no l1SharedBridge() (zksync-ethers then treats it as legacy).
      const noLegacy = await c.public
        .call({
          to: L2_ASSET_ROUTER_ADDRESS,
          data: toFunctionSelector('function l1SharedBridge()'),
        })
        .then(
          () => 'returned',
          () => 'reverted',
        )
      expect(noLegacy).toBe('reverted')
      expect(
        await r({
          address: chain?.testTarget ?? zeroAddress,
          abi: testTargetAbi,
          functionName: 'greeting',
        }),
      ).toBe('hello from Ferry')
    }
    expect(
      await l2(272).public.readContract({
        address: L2_BASE_TOKEN_ADDRESS,
        abi: l2BaseTokenAbi,
        functionName: 'name',
      }),
    ).toBe(TST_META.name)
  })

  it('the TS reference helpers reproduce the vectors of zksync-contracts.md §6.2, §7.5, §8, §9, §10.1, §14', () => {
    const alice = '0x36615Cf349d7F6344891B1e7CA7C72883F5dc049'
    const token = '0x5FbDB2315678afecb367f032d93F642f64180aa3'
    // §6.2: alice deposits 1 ETH to herself, l2GasLimit 300 000, L1 gas price 2 gwei, txId 0
    const mint = 82_500_000_000_000n + 10n ** 18n
    expect(
      canonicalTxHash({
        txType: 255n,
        from: BigInt(alice),
        to: BigInt(alice),
        gasLimit: 300_000n,
        gasPerPubdataByteLimit: 800n,
        maxFeePerGas: 275_000_000n,
        maxPriorityFeePerGas: 0n,
        paymaster: 0n,
        nonce: 0n,
        value: 10n ** 18n,
        reserved: [mint, BigInt(alice), 0n, 0n],
        data: '0x',
        signature: '0x',
        factoryDeps: [],
        paymasterInput: '0x',
        reservedDynamic: '0x',
      }),
    ).toBe('0x9d32b51b56c3b82bce08e744531b3e7f2ac993716d5f99c06343323a1ea297d2')
    // §10.1
    expect(l2GasPrice(2_000_000_000n)).toBe(275_000_000n)
    expect(baseCost(2_000_000_000n, 300_000n)).toBe(82_500_000_000_000n)
    expect(l2GasPrice(50_000_000_000n)).toBe(1_583_333_334n)
    expect(baseCost(50_000_000_000n, 300_000n)).toBe(475_000_000_200_000n)
    expect(minimalL2GasLimit(800n)).toBe(253_884n)
    // §9
    expect(applyL1ToL2Alias('0x702942B8205E5dEdCD3374E5f4419843adA76Eeb')).toBe(
      getAddress('0x813a42b8205e5dedcd3374e5f4419843ada77ffc'),
    )
    expect(applyL1ToL2Alias('0xffffffffffffffffffffffffffffffffffffffff')).toBe(
      '0x1111000000000000000000000000000000001110',
    )
    expect(undoL1ToL2Alias(applyL1ToL2Alias(alice))).toBe(alice)
    // §8 / §14 (L1 31337)
    const asset = assetIdOf(31337, token)
    expect(asset).toBe('0x82bb82cc3111570dc21d9aadc3cb147dc87c0bb83073ed19aaeba82fff1b0371')
    expect(assetIdOf(9, ETH_TOKEN_ADDRESS)).toBe(
      '0x52f431aa35dd80982e3c66614112503ca2c6e344745f4a2bcfc9bd7e09c75584',
    )
    const amount = 100n * 10n ** 18n
    expect(txDataHashNew(alice, asset, transferData(amount, alice, token))).toBe(
      '0x87957befb53d234dfd18a62406eb585a3ced7fe92a727a49a0dc305918dfd385',
    )
    expect(txDataHashLegacy(alice, token, amount)).toBe(
      '0xad0e2edd89bd6523a43a9f4254641f9a9c592e8ef7e4ff1bce9ccbea339469c9',
    )
    // §5.7 / §7.5: batch 5 of L2 chain 260
    const ethMessage = encodePacked(
      ['bytes4', 'address', 'uint256'],
      ['0x6c0960f9', alice, 10n ** 18n],
    )
    expect(keccak256(ethMessage)).toBe(
      '0x63617a85294a18156762eded63283f032e1162b3b65c41cd06b710b01a1aaacf',
    )
    const tokenMessage = concatHex([
      '0x9c884fd1',
      pad('0x0104'),
      asset,
      bridgeMintData(alice, alice, token, amount, tokenMetadata(31337, 'Test Token', 'TST', 18)),
    ])
    expect(size(tokenMessage)).toBe(740)
    expect(keccak256(tokenMessage)).toBe(
      '0x5418d3220100608eda29315d5f115d3576c5e6208e95c1626088ebf3e13effa5',
    )
    const tree = buildLogsTree([
      statusLog(0, `0x${'ab'.repeat(32)}`, true),
      messageLog(1, L2_BASE_TOKEN_ADDRESS, ethMessage),
      messageLog(2, L2_ASSET_ROUTER_ADDRESS, tokenMessage),
    ])
    expect(tree.localRoot).toBe(
      '0x2e40f517b3fce27ebbda32b8522234735897e6bc086056003eb108877993f34d',
    )
    expect(tree.root).toBe('0xb1de4cbffa7f1f76b9c1ebcb0a7fa2589c74f7a8a762aebedfd4c71f7b2768aa')
    const proof = tree.proof(1)
    expect(proof).toHaveLength(16)
    expect(proof[0]).toBe(`0x010f0001${'00'.repeat(28)}`)
    expect(proof[1]).toBe('0x74c84b752e6f08fd118a1f00c4299cca46c9d5f901ac3a6e8718d6a837c075bd')
    expect(proof[2]).toBe('0x49e739849cfdaf537edc751c7b4a8cb3e8d5559cdc21454564275d8bb5ad9041')
    expect(proof[14]).toBe('0xf6e093070e0389d2e529d60fadb855fdded54976ec50ac709e3a36ceaa64c291')
    expect(buildLogsTree([]).localRoot).toBe(
      '0x375a5bf909cb02143e3695ca658e0641e739aa590f0004dba93572c44cdb9d2d',
    )
  })

  it('l2TransactionBaseCost follows §10.1 on a grid of gas prices, limits and pubdata prices', async () => {
    const prices = [
      0n,
      1n,
      7n,
      999_999_999n,
      1_000_000_000n,
      2_000_000_000n,
      50_000_000_000n,
      123_456_789_012n,
      10n ** 15n,
    ]
    const limits = [0n, 21_000n, 253_884n, 300_000n, 1_000_000n, 72_000_000n]
    const pubdata = [800n, 1n, 50_000n]
    const cases = prices.flatMap((p) =>
      limits.flatMap((l) => pubdata.map((g) => [p, l, g] as const)),
    )
    for (const chainId of [270, 272]) {
      const results = await Promise.all(
        cases.map(([p, l, g]) =>
          L1.public.readContract({
            address: d.bridgehub,
            abi: bridgehubAbi,
            functionName: 'l2TransactionBaseCost',
            args: [BigInt(chainId), p, l, g],
          }),
        ),
      )
      for (const [i, [p, l, g]] of cases.entries())
        expect(results[i], `chain ${chainId}: ${p}/${l}/${g}`).toBe(
          baseCost(p, l, { gasPerPubdata: g }),
        )
    }
    // the reference vectors, read from the chain
    const cost = (gasPrice: bigint) =>
      L1.public.readContract({
        address: d.bridgehub,
        abi: bridgehubAbi,
        functionName: 'l2TransactionBaseCost',
        args: [270n, gasPrice, 300_000n, 800n],
      })
    expect(await cost(2_000_000_000n)).toBe(82_500_000_000_000n)
    expect(await cost(50_000_000_000n)).toBe(475_000_000_200_000n)
    expect(
      await L1.public.readContract({
        address: diamondOf(270),
        abi: zkChainAbi,
        functionName: 'l2TransactionBaseCost',
        args: [2_000_000_000n, 300_000n, 800n],
      }),
    ).toBe(82_500_000_000_000n)

    // the base-token price multiplier (nominator/denominator) of a custom-base-token chain
    const diamond = diamondOf(272)
    const setMultiplier = async (nominator: bigint, denominator: bigint) =>
      mined(
        L1,
        await L1.wallet(operator).writeContract({
          address: diamond,
          abi: zkChainAbi,
          functionName: 'setTokenMultiplier',
          args: [nominator, denominator],
        }),
      )
    await setMultiplier(3n, 2n)
    for (const [p, l] of [
      [2_000_000_000n, 300_000n],
      [50_000_000_000n, 1_000_000n],
      [7n, 21_000n],
    ] as const) {
      expect(
        await L1.public.readContract({
          address: d.bridgehub,
          abi: bridgehubAbi,
          functionName: 'l2TransactionBaseCost',
          args: [272n, p, l, 800n],
        }),
      ).toBe(baseCost(p, l, { nominator: 3n, denominator: 2n }))
    }
    await setMultiplier(1n, 0n)
    await expectRevert(
      L1.public.readContract({
        address: d.bridgehub,
        abi: bridgehubAbi,
        functionName: 'l2TransactionBaseCost',
        args: [272n, 1n, 1n, 800n],
      }),
      'BaseTokenGasPriceDenominatorNotSet',
    )
    await setMultiplier(1n, 1n)
    await expectRevert(
      L1.public.simulateContract({
        account: dev(7),
        address: diamond,
        abi: zkChainAbi,
        functionName: 'setTokenMultiplier',
        args: [1n, 1n],
      }),
      'Unauthorized',
      [dev(7).address],
    )
  })

  it('requestL2TransactionDirect emits NewPriorityRequest whose txHash is keccak256(abi.encode(tx))', async () => {
    const a = dev(1)
    const target = fresh(1)
    const l2GasLimit = 300_000n
    const l2Value = parseEther('1')
    const mintValue = baseCost(GAS_PRICE, l2GasLimit) + l2Value
    const diamond = diamondOf(270)
    const [userBefore, vaultBefore, chainBefore, totalBefore] = await Promise.all([
      L1.public.getBalance({ address: a.address }),
      L1.public.getBalance({ address: d.l1NativeTokenVault }),
      chainBalance(270, ethAssetId()),
      L1.public.readContract({
        address: diamond,
        abi: zkChainAbi,
        functionName: 'getTotalPriorityTxs',
      }),
    ])
    const { receipt, request } = await requestDirect(
      a,
      { chainId: 270, mintValue, l2Contract: target, l2Value, l2GasLimit },
      mintValue,
    )
    const tx = request.transaction
    expect(request.txId).toBe(totalBefore)
    expect(request.txHash).toBe(keccak256(encodeCanonicalTransaction(tx)))
    expect(size(encodeCanonicalTransaction(tx))).toBe(800)
    expect(tx).toEqual({
      txType: 255n,
      from: BigInt(a.address), // an EOA calling the Bridgehub is not aliased
      to: BigInt(target),
      gasLimit: l2GasLimit,
      gasPerPubdataByteLimit: 800n,
      maxFeePerGas: l2GasPrice(GAS_PRICE),
      maxPriorityFeePerGas: 0n,
      paymaster: 0n,
      nonce: totalBefore,
      value: l2Value,
      reserved: [mintValue, BigInt(a.address), 0n, 0n], // refund recipient 0 => the caller
      data: '0x',
      signature: '0x',
      factoryDeps: [],
      paymasterInput: '0x',
      reservedDynamic: '0x',
    })
    expect(request.factoryDeps).toEqual([])
    const block = await L1.public.getBlock({ blockHash: receipt.blockHash })
    expect(request.expirationTimestamp).toBe(block.timestamp)
    // raw layout of the event data (§6.2): word 3 is the offset of the transaction tuple
    const raw = receipt.logs.find((log) => isAddressEqual(log.address, diamond))
    expect(raw?.data.slice(2 + 64 * 3, 2 + 64 * 4)).toBe(pad('0xa0').slice(2))
    // funds: mintValue moved from the user into the vault and onto the chain's balance
    expect(await L1.public.getBalance({ address: d.l1NativeTokenVault })).toBe(
      vaultBefore + mintValue,
    )
    expect(await chainBalance(270, ethAssetId())).toBe(chainBefore + mintValue)
    expect(await L1.public.getBalance({ address: a.address })).toBe(
      userBefore - mintValue - receipt.gasUsed * receipt.effectiveGasPrice,
    )
    expect(
      await L1.public.readContract({
        address: diamond,
        abi: zkChainAbi,
        functionName: 'getTotalPriorityTxs',
      }),
    ).toBe(totalBefore + 1n)
    expect(
      await L1.public.readContract({
        address: diamond,
        abi: zkChainAbi,
        functionName: 'priorityTxHash',
        args: [request.txId],
      }),
    ).toBe(request.txHash)
    // a base-token request is never recorded for claims
    expect(
      await L1.public.readContract({
        address: d.l1Nullifier,
        abi: l1NullifierAbi,
        functionName: 'depositHappened',
        args: [270n, request.txHash],
      }),
    ).toBe(pad('0x00'))
  })

  it('applies the refund-recipient aliasing rules and hashes factory dependencies', async () => {
    const a = dev(1)
    const target = d.chains[270]?.testTarget ?? zeroAddress
    const data = encodeFunctionData({ abi: testTargetAbi, functionName: 'incrementBy', args: [7n] })
    const dep = pad('0x1234', { size: 32 })
    const encodedLength = encodedCanonicalLength(size(data), 1)
    expect(encodedLength).toBe(896n)
    const l2GasLimit = minimalL2GasLimit(encodedLength, 1n) // exactly the minimum passes
    const mintValue = baseCost(GAS_PRICE, l2GasLimit)
    const contractRecipient = await requestDirect(
      a,
      {
        chainId: 270,
        mintValue,
        l2Contract: target,
        l2Calldata: data,
        l2GasLimit,
        factoryDeps: [dep],
        refundRecipient: d.tokens.TST, // has code on L1 => aliased
      },
      mintValue,
    )
    const tx = contractRecipient.request.transaction
    expect(tx.reserved[1]).toBe(BigInt(applyL1ToL2Alias(d.tokens.TST)))
    expect(tx.factoryDeps).toEqual([BigInt(hashL2Bytecode(dep))])
    expect(contractRecipient.request.factoryDeps).toEqual([dep])
    expect(tx.data).toBe(data)
    expect(BigInt(size(encodeCanonicalTransaction(tx)))).toBe(encodedLength)
    expect(contractRecipient.request.txHash).toBe(canonicalTxHash(tx))

    const gas = minimalL2GasLimit(encodedCanonicalLength(0))
    const eoaRecipient = await requestDirect(
      a,
      {
        chainId: 270,
        mintValue: baseCost(GAS_PRICE, gas),
        l2Contract: target,
        l2GasLimit: gas,
        refundRecipient: fresh(2), // an EOA => as given
      },
      baseCost(GAS_PRICE, gas),
    )
    expect(eoaRecipient.request.transaction.reserved[1]).toBe(BigInt(fresh(2)))
    expect(eoaRecipient.request.transaction.from).toBe(BigInt(a.address))
  })

  it('rejects bad requests: MsgValueMismatch, MsgValueTooLow, GasPerPubdataMismatch, ValidateTxnNotEnoughGas, …', async () => {
    const a = dev(7)
    const base = { chainId: 270, l2Contract: fresh(3), l2GasLimit: 300_000n }
    const cost = baseCost(GAS_PRICE, 300_000n)
    await expectRevert(
      simulateDirect(a, { ...base, mintValue: cost }, cost + 1n),
      'MsgValueMismatch',
      [cost, cost + 1n],
    )
    await expectRevert(
      simulateDirect(a, { ...base, mintValue: cost - 1n }, cost - 1n),
      'MsgValueTooLow',
      [cost, cost - 1n],
    )
    await expectRevert(
      simulateDirect(a, { ...base, mintValue: cost, l2Value: 1n }, cost),
      'MsgValueTooLow',
      [cost + 1n, cost],
    )
    await expectRevert(
      simulateDirect(a, { ...base, mintValue: cost, l2GasPerPubdataByteLimit: 801n }, cost),
      'GasPerPubdataMismatch',
    )
    const min = minimalL2GasLimit(800n)
    const at = (l2GasLimit: bigint) => ({
      ...base,
      l2GasLimit,
      mintValue: baseCost(GAS_PRICE, l2GasLimit),
    })
    await expectRevert(
      simulateDirect(a, at(min - 1n), baseCost(GAS_PRICE, min - 1n)),
      'ValidateTxnNotEnoughGas',
    )
    const ok = await simulateDirect(a, at(min), baseCost(GAS_PRICE, min))
    expect(ok.result).toMatch(/^0x[0-9a-f]{64}$/)
    await expectRevert(
      simulateDirect(a, at(9_999n), baseCost(GAS_PRICE, 9_999n)),
      'TxnBodyGasLimitNotEnoughGas',
    )
    const tooMuch = PRIORITY_TX_MAX_GAS_LIMIT + 10_001n
    await expectRevert(simulateDirect(a, at(tooMuch), baseCost(GAS_PRICE, tooMuch)), 'TooMuchGas')
    const deps = Array.from({ length: 65 }, () => pad('0x01', { size: 32 }))
    await expectRevert(
      simulateDirect(a, { ...base, mintValue: cost, factoryDeps: deps }, cost),
      'TooManyFactoryDeps',
    )
    await expectRevert(
      simulateDirect(
        a,
        { ...base, mintValue: cost, factoryDeps: [pad('0x01', { size: 31 })] },
        cost,
      ),
      'MalformedBytecode',
      [2],
    )
    await expectRevert(
      simulateDirect(
        a,
        { ...base, mintValue: cost, factoryDeps: [pad('0x01', { size: 64 })] },
        cost,
      ),
      'MalformedBytecode',
      [3],
    )
    await expectRevert(
      simulateDirect(a, { ...base, chainId: 999, mintValue: cost }, cost),
      'ChainIdNotRegistered',
      [999n],
    )
    // custom base token chain: no ETH with a direct request
    await expectRevert(
      simulateDirect(a, { ...base, chainId: 272, mintValue: cost }, 1n),
      'MsgValueMismatch',
      [0n, 1n],
    )
    // two bridges
    const calldata = secondBridgeCalldata(tusdAssetId(), transferData(1n, a.address, d.tokens.TUSD))
    await expectRevert(
      simulateTwoBridges(
        a,
        {
          chainId: 270,
          mintValue: cost,
          secondBridgeAddress: '0x000000000000000000000000000000000000ffff',
          secondBridgeCalldata: calldata,
        },
        cost,
      ),
      'SecondBridgeAddressTooLow',
      ['0x000000000000000000000000000000000000ffff', '0x000000000000000000000000000000000000ffff'],
    )
    await expectRevert(
      simulateTwoBridges(
        a,
        { chainId: 270, mintValue: cost, secondBridgeValue: 5n, secondBridgeCalldata: calldata },
        cost,
      ),
      'MsgValueMismatch',
      [cost + 5n, cost],
    )
    // ETH is the base token of 270: it cannot go through the second bridge
    await expectRevert(
      simulateTwoBridges(
        a,
        {
          chainId: 270,
          mintValue: cost,
          secondBridgeValue: 5n,
          secondBridgeCalldata: secondBridgeCalldata(
            ethAssetId(),
            transferData(5n, a.address, ETH_TOKEN_ADDRESS),
          ),
        },
        cost + 5n,
      ),
      'AssetIdNotSupported',
      [ethAssetId()],
    )

    // a real reverted transaction leaves no trace
    const total = await L1.public.readContract({
      address: diamondOf(270),
      abi: zkChainAbi,
      functionName: 'getTotalPriorityTxs',
    })
    const vault = await L1.public.getBalance({ address: d.l1NativeTokenVault })
    const hash = await L1.wallet(a).writeContract({
      address: d.bridgehub,
      abi: bridgehubAbi,
      functionName: 'requestL2TransactionDirect',
      args: directArgs({ ...base, mintValue: cost }),
      value: cost + 1n,
      gas: 1_000_000n,
      gasPrice: GAS_PRICE,
    })
    const receipt = await L1.public.waitForTransactionReceipt({ hash, pollingInterval: 10 })
    expect(receipt.status).toBe('reverted')
    expect(
      await L1.public.readContract({
        address: diamondOf(270),
        abi: zkChainAbi,
        functionName: 'getTotalPriorityTxs',
      }),
    ).toBe(total)
    expect(await L1.public.getBalance({ address: d.l1NativeTokenVault })).toBe(vault)
  })

  it('an ERC-20 two-bridges deposit registers the token, locks it and records depositHappened (§8)', async () => {
    const c = dev(2)
    const token = d.tokens.TUSD
    const assetId = tusdAssetId()
    const amount = 500n * 10n ** 6n
    const mintValue = baseCost(GAS_PRICE, TWO_BRIDGES_GAS_LIMIT)
    const data = transferData(amount, c.address, token)
    await approve(c, token, d.l1AssetRouter, amount) // what the SDKs approve: the asset router
    const readVault = (functionName: 'assetId', args: readonly [Address]) =>
      L1.public.readContract({
        address: d.l1NativeTokenVault,
        abi: l1NativeTokenVaultAbi,
        functionName,
        args,
      })
    expect(await readVault('assetId', [token])).toBe(pad('0x00'))
    const [userBefore, vaultBefore, ethChainBefore] = await Promise.all([
      tokenBalance(L1, token, c.address),
      tokenBalance(L1, token, d.l1NativeTokenVault),
      chainBalance(270, ethAssetId()),
    ])

    const { receipt, request } = await requestTwoBridges(
      c,
      { chainId: 270, mintValue, secondBridgeCalldata: secondBridgeCalldata(assetId, data) },
      mintValue,
    )

    // auto-registration on the first deposit
    expect(await readVault('assetId', [token])).toBe(assetId)
    expect(
      await L1.public.readContract({
        address: d.l1NativeTokenVault,
        abi: l1NativeTokenVaultAbi,
        functionName: 'originChainId',
        args: [assetId],
      }),
    ).toBe(9n)
    expect(
      await L1.public.readContract({
        address: d.l1NativeTokenVault,
        abi: l1NativeTokenVaultAbi,
        functionName: 'tokenAddress',
        args: [assetId],
      }),
    ).toBe(token)
    expect(
      await L1.public.readContract({
        address: d.l1AssetRouter,
        abi: l1AssetRouterAbi,
        functionName: 'assetHandlerAddress',
        args: [assetId],
      }),
    ).toBe(d.l1NativeTokenVault)
    // funds and chain balances
    expect(await tokenBalance(L1, token, c.address)).toBe(userBefore - amount)
    expect(await tokenBalance(L1, token, d.l1NativeTokenVault)).toBe(vaultBefore + amount)
    expect(await chainBalance(270, assetId)).toBe(amount)
    expect(await chainBalance(270, ethAssetId())).toBe(ethChainBefore + mintValue)
    // depositHappened = txDataHash (new encoding)
    const txDataHash = txDataHashNew(c.address, assetId, data)
    expect(
      await L1.public.readContract({
        address: d.l1Nullifier,
        abi: l1NullifierAbi,
        functionName: 'depositHappened',
        args: [270n, request.txHash],
      }),
    ).toBe(txDataHash)
    // the L2 transaction: aliased L1 asset router -> 0x…10003, legacy finalizeDeposit calldata
    const metadata = tokenMetadata(9, TUSD_META.name, TUSD_META.symbol, TUSD_META.decimals)
    const l2Calldata = encodeFunctionData({
      abi: l2AssetRouterAbi,
      functionName: 'finalizeDeposit',
      args: [c.address, c.address, token, amount, metadata],
    })
    const tx = request.transaction
    expect(tx.from).toBe(BigInt(applyL1ToL2Alias(d.l1AssetRouter)))
    expect(tx.to).toBe(BigInt(L2_ASSET_ROUTER_ADDRESS))
    expect(tx.data).toBe(l2Calldata)
    expect(tx.value).toBe(0n)
    expect(tx.reserved).toEqual([mintValue, BigInt(c.address), 0n, 0n])
    expect(request.txHash).toBe(canonicalTxHash(tx))
    expect(
      await L1.public.readContract({
        address: d.l1AssetRouter,
        abi: l1AssetRouterAbi,
        functionName: 'getDepositCalldata',
        args: [c.address, assetId, bridgeMintData(c.address, c.address, token, amount, metadata)],
      }),
    ).toBe(l2Calldata)
    // events
    const [initiated] = parseEventLogs({
      abi: l1AssetRouterAbi,
      logs: receipt.logs,
      eventName: 'BridgehubDepositInitiated',
    })
    expect(initiated?.args).toEqual({
      chainId: 270n,
      txDataHash,
      from: c.address,
      assetId,
      bridgeMintCalldata: bridgeMintData(c.address, c.address, token, amount, metadata),
    })
    const [finalized] = parseEventLogs({
      abi: l1NullifierAbi,
      logs: receipt.logs,
      eventName: 'BridgehubDepositFinalized',
    })
    expect(finalized?.args).toEqual({ chainId: 270n, txDataHash, l2DepositTxHash: request.txHash })
    const [registered] = parseEventLogs({
      abi: l1AssetRouterAbi,
      logs: receipt.logs,
      eventName: 'AssetHandlerRegistered',
    })
    expect(registered?.args).toEqual({ assetId, _assetHandlerAddress: d.l1NativeTokenVault })
    tusdDeposit = { request, amount, depositor: c.address }

    // the legacy second-bridge encoding abi.encode(token, amount, receiver) records the legacy txDataHash
    const legacyAmount = 3n * 10n ** 6n
    await approve(c, token, d.l1AssetRouter, legacyAmount)
    const legacy = await requestTwoBridges(
      c,
      {
        chainId: 270,
        mintValue,
        secondBridgeCalldata: encodeAbiParameters(parseAbiParameters('address, uint256, address'), [
          token,
          legacyAmount,
          c.address,
        ]),
      },
      mintValue,
    )
    expect(
      await L1.public.readContract({
        address: d.l1Nullifier,
        abi: l1NullifierAbi,
        functionName: 'depositHappened',
        args: [270n, legacy.request.txHash],
      }),
    ).toBe(txDataHashLegacy(c.address, token, legacyAmount))
    legacyDeposit = { request: legacy.request, amount: legacyAmount, depositor: c.address }
    expect(await chainBalance(270, assetId)).toBe(amount + legacyAmount)
  })

  it('deposits to the TST-based chain 272: TST direct, ETH and an ERC-20 through two bridges', async () => {
    const u = dev(3)
    const tst = d.tokens.TST
    await approve(u, tst, d.l1AssetRouter, 2n ** 256n - 1n)
    // (a) the base token, direct: msg.value 0, mintValue pulled through the asset router allowance
    const l2GasLimit = 300_000n
    const l2Value = 5n * 10n ** 18n
    const mintValue = baseCost(GAS_PRICE, l2GasLimit) + l2Value
    const [tstBefore, vaultTstBefore, chainTstBefore, ethBefore] = await Promise.all([
      tokenBalance(L1, tst, u.address),
      tokenBalance(L1, tst, d.l1NativeTokenVault),
      chainBalance(272, tstAssetId()),
      L1.public.getBalance({ address: u.address }),
    ])
    const direct = await requestDirect(
      u,
      { chainId: 272, mintValue, l2Contract: u.address, l2Value, l2GasLimit },
      0n,
    )
    expect(await tokenBalance(L1, tst, u.address)).toBe(tstBefore - mintValue)
    expect(await tokenBalance(L1, tst, d.l1NativeTokenVault)).toBe(vaultTstBefore + mintValue)
    expect(await chainBalance(272, tstAssetId())).toBe(chainTstBefore + mintValue)
    expect(await L1.public.getBalance({ address: u.address })).toBe(
      ethBefore - direct.receipt.gasUsed * direct.receipt.effectiveGasPrice,
    )
    expect(direct.request.transaction.from).toBe(BigInt(u.address))
    expect(direct.request.transaction.reserved[0]).toBe(mintValue)
    expect(direct.request.transaction.value).toBe(l2Value)

    // (b) ETH: msg.value = the ETH amount, mintValue in TST
    const ethAmount = parseEther('0.75')
    const mint = baseCost(GAS_PRICE, TWO_BRIDGES_GAS_LIMIT)
    const vaultEthBefore = await L1.public.getBalance({ address: d.l1NativeTokenVault })
    const ethData = transferData(ethAmount, u.address, ETH_TOKEN_ADDRESS)
    const eth = await requestTwoBridges(
      u,
      {
        chainId: 272,
        mintValue: mint,
        secondBridgeValue: ethAmount,
        secondBridgeCalldata: secondBridgeCalldata(ethAssetId(), ethData),
      },
      ethAmount,
    )
    expect(await chainBalance(272, ethAssetId())).toBe(ethAmount)
    expect(await chainBalance(272, tstAssetId())).toBe(chainTstBefore + mintValue + mint)
    expect(await L1.public.getBalance({ address: d.l1NativeTokenVault })).toBe(
      vaultEthBefore + ethAmount,
    )
    expect(eth.request.transaction.data).toBe(
      encodeFunctionData({
        abi: l2AssetRouterAbi,
        functionName: 'finalizeDeposit',
        args: [
          u.address,
          u.address,
          ETH_TOKEN_ADDRESS,
          ethAmount,
          tokenMetadata(9, 'Ether', 'ETH', 18),
        ],
      }),
    )
    expect(eth.request.transaction.from).toBe(BigInt(applyL1ToL2Alias(d.l1AssetRouter)))
    expect(
      await L1.public.readContract({
        address: d.l1Nullifier,
        abi: l1NullifierAbi,
        functionName: 'depositHappened',
        args: [272n, eth.request.txHash],
      }),
    ).toBe(txDataHashNew(u.address, ethAssetId(), ethData))
    ethTo272 = { request: eth.request, amount: ethAmount }

    // (c) another ERC-20: two allowances, msg.value 0
    const tusdAmount = 10n ** 6n
    await approve(u, d.tokens.TUSD, d.l1AssetRouter, tusdAmount)
    await requestTwoBridges(
      u,
      {
        chainId: 272,
        mintValue: mint,
        secondBridgeCalldata: secondBridgeCalldata(
          tusdAssetId(),
          transferData(tusdAmount, u.address, d.tokens.TUSD),
        ),
      },
      0n,
    )
    expect(await chainBalance(272, tusdAssetId())).toBe(tusdAmount)

    // the base token cannot go through the second bridge; msg.value must be the second-bridge value
    await expectRevert(
      simulateTwoBridges(
        u,
        {
          chainId: 272,
          mintValue: mint,
          secondBridgeCalldata: secondBridgeCalldata(
            tstAssetId(),
            transferData(1n, u.address, tst),
          ),
        },
        0n,
      ),
      'AssetIdNotSupported',
      [tstAssetId()],
    )
    await expectRevert(
      simulateTwoBridges(
        u,
        {
          chainId: 272,
          mintValue: mint,
          secondBridgeValue: 2n,
          secondBridgeCalldata: secondBridgeCalldata(
            ethAssetId(),
            transferData(2n, u.address, ETH_TOKEN_ADDRESS),
          ),
        },
        3n,
      ),
      'MsgValueMismatch',
      [2n, 3n],
    )
  })

  it('L2: finalizeDeposit from the aliased L1 asset router deploys the bridged token and mints; other callers revert', async () => {
    const c = l2(270)
    const { request, amount, depositor } = tusdDeposit
    const token = d.tokens.TUSD
    const assetId = tusdAssetId()
    const metadata = tokenMetadata(9, TUSD_META.name, TUSD_META.symbol, TUSD_META.decimals)
    const readRouter = (functionName: 'l2TokenAddress' | 'l1TokenAddress', arg: Address) =>
      c.public.readContract({
        address: L2_ASSET_ROUTER_ADDRESS,
        abi: l2AssetRouterAbi,
        functionName,
        args: [arg],
      })
    // like the real vault: zero before the first deposit, which deploys it at the predicted address
    expect(await readRouter('l2TokenAddress', token)).toBe(zeroAddress)
    const predicted = await c.public.readContract({
      address: L2_NATIVE_TOKEN_VAULT_ADDRESS,
      abi: l2NativeTokenVaultAbi,
      functionName: 'calculateCreate2TokenAddress',
      args: [9n, token],
    })
    expect(await c.public.getCode({ address: predicted })).toBeUndefined()

    // only the aliased L1 asset router may call it
    const legacyArgs = [depositor, depositor, token, amount, metadata] as const
    for (const caller of [depositor, d.l1AssetRouter, applyL1ToL2Alias(d.l1Nullifier)]) {
      await expectRevert(
        c.public.simulateContract({
          account: caller,
          address: L2_ASSET_ROUTER_ADDRESS,
          abi: l2AssetRouterAbi,
          functionName: 'finalizeDeposit',
          args: legacyArgs,
        }),
        'InvalidCaller',
        [caller],
      )
    }
    await expectRevert(
      c.public.simulateContract({
        account: depositor,
        address: L2_ASSET_ROUTER_ADDRESS,
        abi: l2AssetRouterAbi,
        functionName: 'finalizeDeposit',
        args: [9n, assetId, bridgeMintData(depositor, depositor, token, amount, metadata)],
      }),
      'InvalidCaller',
      [depositor],
    )

    // the priority transaction, executed like the sequencer does (impersonating tx.from)
    const receipt = await executeOnL2(270, request.transaction)
    expect(size((await c.public.getCode({ address: predicted })) ?? '0x')).toBeGreaterThan(0)
    const readToken = <
      F extends
        | 'name'
        | 'symbol'
        | 'decimals'
        | 'totalSupply'
        | 'originToken'
        | 'l1Address'
        | 'assetId'
        | 'nativeTokenVault'
        | 'l2Bridge',
    >(
      functionName: F,
    ) => c.public.readContract({ address: predicted, abi: bridgedStandardErc20Abi, functionName })
    expect(await readToken('name')).toBe(TUSD_META.name)
    expect(await readToken('symbol')).toBe(TUSD_META.symbol)
    expect(await readToken('decimals')).toBe(TUSD_META.decimals)
    expect(await readToken('totalSupply')).toBe(amount)
    expect(await readToken('originToken')).toBe(token)
    expect(await readToken('l1Address')).toBe(token)
    expect(await readToken('assetId')).toBe(assetId)
    expect(await readToken('nativeTokenVault')).toBe(L2_NATIVE_TOKEN_VAULT_ADDRESS)
    expect(await readToken('l2Bridge')).toBe(L2_ASSET_ROUTER_ADDRESS)
    expect(await tokenBalance(c, predicted, depositor)).toBe(amount)
    const readNtv = <F extends 'assetId' | 'tokenAddress' | 'originChainId'>(
      functionName: F,
      arg: Address | Hex,
    ) =>
      c.public.readContract({
        address: L2_NATIVE_TOKEN_VAULT_ADDRESS,
        abi: l2NativeTokenVaultAbi,
        functionName,
        args: [arg] as never,
      })
    expect(await readNtv('assetId', predicted)).toBe(assetId)
    expect(await readNtv('tokenAddress', assetId)).toBe(predicted)
    expect(await readNtv('originChainId', assetId)).toBe(9n)
    expect(await readRouter('l1TokenAddress', predicted)).toBe(token)
    expect(await readRouter('l2TokenAddress', token)).toBe(predicted)
    const [init] = parseEventLogs({
      abi: bridgedStandardErc20Abi,
      logs: receipt.logs,
      eventName: 'BridgeInitialize',
    })
    expect(init?.args).toEqual({
      l1Token: token,
      name: TUSD_META.name,
      symbol: TUSD_META.symbol,
      decimals: TUSD_META.decimals,
    })
    const [done] = parseEventLogs({
      abi: l2AssetRouterAbi,
      logs: receipt.logs,
      eventName: 'DepositFinalizedAssetRouter',
    })
    expect(done?.args).toEqual({
      chainId: 9n,
      assetId,
      assetData: bridgeMintData(depositor, depositor, token, amount, metadata),
    })
    const [minted] = parseEventLogs({
      abi: l2NativeTokenVaultAbi,
      logs: receipt.logs,
      eventName: 'BridgeMint',
    })
    expect(minted?.args).toEqual({ chainId: 9n, assetId, receiver: depositor, amount })

    // the new-format entry (what non-SDK callers use) mints into the existing token
    const alias = applyL1ToL2Alias(d.l1AssetRouter)
    const more = await executeOnL2(270, {
      ...request.transaction,
      data: encodeFunctionData({
        abi: l2AssetRouterAbi,
        functionName: 'finalizeDeposit',
        args: [9n, assetId, bridgeMintData(depositor, fresh(5), token, 7n, metadata)],
      }),
    })
    expect(more.logs.some((log) => isAddressEqual(log.address, predicted))).toBe(true)
    expect(await tokenBalance(c, predicted, fresh(5))).toBe(7n)
    expect(await readToken('totalSupply')).toBe(amount + 7n)
    // the base token never arrives through the asset router
    await expectRevert(
      c.public.simulateContract({
        account: alias,
        address: L2_ASSET_ROUTER_ADDRESS,
        abi: l2AssetRouterAbi,
        functionName: 'finalizeDeposit',
        args: [9n, ethAssetId(), bridgeMintData(depositor, depositor, ETH_TOKEN_ADDRESS, 1n, '0x')],
      }),
      'AssetIdNotSupported',
      [ethAssetId()],
    )
    l2Tusd = predicted
  })

  it('L2 272: ETH arrives as a bridged token "Ether"/"ETH"/18 with origin 0x…01', async () => {
    const c = l2(272)
    const u = dev(3)
    await executeOnL2(272, ethTo272.request.transaction)
    const predicted = await c.public.readContract({
      address: L2_ASSET_ROUTER_ADDRESS,
      abi: l2AssetRouterAbi,
      functionName: 'l2TokenAddress',
      args: [ETH_TOKEN_ADDRESS],
    })
    const read = <F extends 'name' | 'symbol' | 'decimals' | 'originToken'>(functionName: F) =>
      c.public.readContract({ address: predicted, abi: bridgedStandardErc20Abi, functionName })
    expect(await read('name')).toBe('Ether')
    expect(await read('symbol')).toBe('ETH')
    expect(await read('decimals')).toBe(18)
    expect(await read('originToken')).toBe(ETH_TOKEN_ADDRESS)
    expect(await tokenBalance(c, predicted, u.address)).toBe(ethTo272.amount)
    expect(
      await c.public.readContract({
        address: L2_NATIVE_TOKEN_VAULT_ADDRESS,
        abi: l2NativeTokenVaultAbi,
        functionName: 'assetId',
        args: [predicted],
      }),
    ).toBe(ethAssetId())
    expect(
      await c.public.readContract({
        address: L2_ASSET_ROUTER_ADDRESS,
        abi: l2AssetRouterAbi,
        functionName: 'l1TokenAddress',
        args: [predicted],
      }),
    ).toBe(ETH_TOKEN_ADDRESS)
    // TST is the base token here: it cannot arrive through the asset router
    await expectRevert(
      c.public.simulateContract({
        account: applyL1ToL2Alias(d.l1AssetRouter),
        address: L2_ASSET_ROUTER_ADDRESS,
        abi: l2AssetRouterAbi,
        functionName: 'finalizeDeposit',
        args: [u.address, u.address, d.tokens.TST, 1n, tokenMetadata(9, 'Test Token', 'TST', 18)],
      }),
      'AssetIdNotSupported',
      [tstAssetId()],
    )
  })

  it('L2BaseToken.withdraw sends the exact 56-byte message; L2AssetRouter.withdraw burns and sends the router message', async () => {
    const c = l2(270)
    const w = dev(4)
    const receiver = fresh(10)
    const amount = parseEther('1.5')
    const [burntBefore, wBefore] = await Promise.all([
      c.public.getBalance({ address: L2_BASE_TOKEN_ADDRESS }),
      c.public.getBalance({ address: w.address }),
    ])
    const receipt = await mined(
      c,
      await c.wallet(w).writeContract({
        address: L2_BASE_TOKEN_ADDRESS,
        abi: l2BaseTokenAbi,
        functionName: 'withdraw',
        args: [receiver],
        value: amount,
      }),
    )
    const message = encodePacked(['bytes4', 'address', 'uint256'], ['0x6c0960f9', receiver, amount])
    expect(size(message)).toBe(56)
    const [logSent] = parseEventLogs({
      abi: l1MessengerAbi,
      logs: receipt.logs,
      eventName: 'L2ToL1LogSent',
    })
    const [sent] = parseEventLogs({
      abi: l1MessengerAbi,
      logs: receipt.logs,
      eventName: 'L1MessageSent',
    })
    const [withdrawal] = parseEventLogs({
      abi: l2BaseTokenAbi,
      logs: receipt.logs,
      eventName: 'Withdrawal',
    })
    expect(sent?.address).toBe(L1_MESSENGER_ADDRESS)
    expect(sent?.args).toEqual({
      _sender: getAddress(L2_BASE_TOKEN_ADDRESS),
      _hash: keccak256(message),
      _message: message,
    })
    expect(logSent?.args._l2log).toEqual({
      l2ShardId: 0,
      isService: true,
      txNumberInBlock: 0,
      sender: getAddress(L1_MESSENGER_ADDRESS),
      key: pad(L2_BASE_TOKEN_ADDRESS),
      value: keccak256(message),
    })
    expect(logSent?.logIndex).toBeLessThan(sent?.logIndex ?? 0)
    expect(withdrawal?.args).toEqual({
      _l2Sender: w.address,
      _l1Receiver: receiver,
      _amount: amount,
    })
    expect(await c.public.getBalance({ address: L2_BASE_TOKEN_ADDRESS })).toBe(burntBefore + amount)
    expect(await c.public.getBalance({ address: w.address })).toBe(
      wBefore - amount - receipt.gasUsed * receipt.effectiveGasPrice,
    )
    ethWithdrawal = { message, receiver, amount }

    // withdrawWithMessage appends the sender and the extra data (>= 76 bytes)
    const extra: Hex = '0xc0ffee'
    const withMessage = await mined(
      c,
      await c.wallet(w).writeContract({
        address: L2_BASE_TOKEN_ADDRESS,
        abi: l2BaseTokenAbi,
        functionName: 'withdrawWithMessage',
        args: [receiver, extra],
        value: 1n,
      }),
    )
    const [sentWithMessage] = parseEventLogs({
      abi: l1MessengerAbi,
      logs: withMessage.logs,
      eventName: 'L1MessageSent',
    })
    expect(sentWithMessage?.args._message).toBe(
      encodePacked(
        ['bytes4', 'address', 'uint256', 'address', 'bytes'],
        ['0x6c0960f9', receiver, 1n, w.address, extra],
      ),
    )
    expect(size(sentWithMessage?.args._message ?? '0x')).toBe(79)

    // ERC-20: burn on L2 (no approval needed) and the 0x9c884fd1 message from 0x…10003
    const holder = dev(2)
    const l1Receiver = fresh(11)
    const tokenAmount = 200n * 10n ** 6n
    const [holderBefore, supplyBefore] = await Promise.all([
      tokenBalance(c, l2Tusd, holder.address),
      c.public.readContract({
        address: l2Tusd,
        abi: bridgedStandardErc20Abi,
        functionName: 'totalSupply',
      }),
    ])
    const erc20Receipt = await mined(
      c,
      await c.wallet(holder).writeContract({
        address: L2_ASSET_ROUTER_ADDRESS,
        abi: l2AssetRouterAbi,
        functionName: 'withdraw',
        args: [l1Receiver, l2Tusd, tokenAmount],
      }),
    )
    const tokenMessage = concatHex([
      '0x9c884fd1',
      pad('0x010e'), // 270
      tusdAssetId(),
      bridgeMintData(
        holder.address,
        l1Receiver,
        d.tokens.TUSD,
        tokenAmount,
        tokenMetadata(9, TUSD_META.name, TUSD_META.symbol, TUSD_META.decimals),
      ),
    ])
    const [tokenSent] = parseEventLogs({
      abi: l1MessengerAbi,
      logs: erc20Receipt.logs,
      eventName: 'L1MessageSent',
    })
    expect(tokenSent?.args).toEqual({
      _sender: getAddress(L2_ASSET_ROUTER_ADDRESS),
      _hash: keccak256(tokenMessage),
      _message: tokenMessage,
    })
    const [initiated] = parseEventLogs({
      abi: l2AssetRouterAbi,
      logs: erc20Receipt.logs,
      eventName: 'WithdrawalInitiatedAssetRouter',
    })
    expect(initiated?.args).toEqual({
      chainId: 9n,
      l2Sender: holder.address,
      assetId: tusdAssetId(),
      assetData: transferData(tokenAmount, l1Receiver, l2Tusd),
    })
    expect(await tokenBalance(c, l2Tusd, holder.address)).toBe(holderBefore - tokenAmount)
    expect(
      await c.public.readContract({
        address: l2Tusd,
        abi: bridgedStandardErc20Abi,
        functionName: 'totalSupply',
      }),
    ).toBe(supplyBefore - tokenAmount)
    tusdWithdrawal = { message: tokenMessage, receiver: l1Receiver, amount: tokenAmount }

    // only tokens that came from L1 use the legacy entry; zero amounts are rejected
    const target = d.chains[270]?.testTarget ?? zeroAddress
    await expectRevert(
      c.public.simulateContract({
        account: holder,
        address: L2_ASSET_ROUTER_ADDRESS,
        abi: l2AssetRouterAbi,
        functionName: 'withdraw',
        args: [l1Receiver, target, 1n],
      }),
      'TokenNotLegacy',
    )
    await expectRevert(
      c.public.simulateContract({
        account: holder,
        address: L2_ASSET_ROUTER_ADDRESS,
        abi: l2AssetRouterAbi,
        functionName: 'withdraw',
        args: [l1Receiver, l2Tusd, 0n],
      }),
      'AmountMustBeGreaterThanZero',
    )
  })

  it('commit/prove/execute by hand; finalizeDeposit pays out once, only with a valid proof of an executed batch', async () => {
    const ex = executor270
    // a TST deposit to 270 that the batch reports as failed on L2
    const f = dev(5)
    const failAmount = 42n * 10n ** 18n
    const mintValue = baseCost(GAS_PRICE, TWO_BRIDGES_GAS_LIMIT)
    await approve(f, d.tokens.TST, d.l1AssetRouter, failAmount)
    const failed = await requestTwoBridges(
      f,
      {
        chainId: 270,
        mintValue,
        secondBridgeCalldata: secondBridgeCalldata(
          tstAssetId(),
          transferData(failAmount, f.address, d.tokens.TST),
        ),
      },
      mintValue,
    )
    failedDeposit = { request: failed.request, amount: failAmount, depositor: f.address }

    const hugeMessage = encodePacked(
      ['bytes4', 'address', 'uint256'],
      ['0x6c0960f9', fresh(12), 10n ** 30n],
    )
    const badSelector = concatHex(['0xdeadbeef', pad(fresh(12))])
    const logs: UserLog[] = [
      statusLog(0, tusdDeposit.request.txHash, true),
      messageLog(1, L2_BASE_TOKEN_ADDRESS, ethWithdrawal.message),
      messageLog(2, L2_ASSET_ROUTER_ADDRESS, tusdWithdrawal.message),
      statusLog(3, failed.request.txHash, false),
      messageLog(4, L2_BASE_TOKEN_ADDRESS, hugeMessage),
      messageLog(5, L2_BASE_TOKEN_ADDRESS, badSelector),
      statusLog(6, legacyDeposit.request.txHash, false),
    ]
    const tree = buildLogsTree(logs)
    const ethParams: FinalizeParams = {
      chainId: 270n,
      l2BatchNumber: 1n,
      l2MessageIndex: 1n,
      l2Sender: L2_BASE_TOKEN_ADDRESS,
      l2TxNumberInBatch: 1,
      message: ethWithdrawal.message,
      merkleProof: tree.proof(1),
    }
    await expectRevert(simulateFinalize(ethParams), 'BatchNotExecuted', [1n])

    const priorityHashes = await ex.pendingPriorityHashes()
    expect(priorityHashes).toContain(tusdDeposit.request.txHash)
    expect(priorityHashes).toContain(failed.request.txHash)
    const batch = makeBatch({ batchNumber: 1n, root: tree.root, priorityHashes })
    const commitData = ex.commitData(GENESIS_STORED_BATCH, batch.commit)
    // commit: only the validator, version 0x01, the right previous batch, consecutive, with a logs root
    await expectRevert(
      ex.simulate('commitBatchesSharedBridge', 1n, commitData, dev(6)),
      'Unauthorized',
      [dev(6).address],
    )
    await expectRevert(
      ex.simulate('commitBatchesSharedBridge', 1n, concatHex(['0x00', `0x${commitData.slice(4)}`])),
      'UnsupportedCommitBatchEncoding',
      [0],
    )
    await expectRevert(
      ex.simulate(
        'commitBatchesSharedBridge',
        1n,
        ex.commitData({ ...GENESIS_STORED_BATCH, timestamp: 1n }, batch.commit),
      ),
      'BatchHashMismatch',
    )
    await expectRevert(
      ex.simulate(
        'commitBatchesSharedBridge',
        2n,
        ex.commitData(GENESIS_STORED_BATCH, { ...batch.commit, batchNumber: 2n }),
      ),
      'BatchNumberMismatch',
      [1n, 2n],
    )
    await expectRevert(
      ex.simulate(
        'commitBatchesSharedBridge',
        1n,
        ex.commitData(GENESIS_STORED_BATCH, { ...batch.commit, systemLogs: '0x' }),
      ),
      'MissingSystemLogs',
      [1n, 0n],
    )
    await expectRevert(
      ex.simulate('commitBatchesSharedBridge', 2n, commitData),
      'IncorrectBatchBounds',
      [2n, 2n, 1n, 1n],
    )
    await ex.commit(batch)
    expect(
      await L1.public.readContract({
        address: ex.diamond,
        abi: zkChainAbi,
        functionName: 'storedBatchHash',
        args: [1n],
      }),
    ).toBe(hashStoredBatch(batch.stored))
    expect(await ex.read('getTotalBatchesCommitted')).toBe(1n)

    // execute needs a proof first
    await expectRevert(
      ex.simulate('executeBatchesSharedBridge', 1n, ex.executeData(batch.stored, priorityHashes)),
      'CantExecuteUnprovenBatches',
    )
    await expectRevert(
      ex.simulate(
        'proveBatchesSharedBridge',
        1n,
        ex.proofData(GENESIS_STORED_BATCH, { ...batch.stored, l2LogsTreeRoot: pad('0x01') }),
      ),
      'BatchHashMismatch',
    )
    await ex.prove(batch.stored)
    expect(await ex.read('getTotalBatchesVerified')).toBe(1n)
    await expectRevert(simulateFinalize(ethParams), 'BatchNotExecuted', [1n])

    // execute: the priority operations must be exactly the pending requests, in order
    const n = BigInt(priorityHashes.length)
    await expectRevert(
      ex.simulate(
        'executeBatchesSharedBridge',
        1n,
        ex.executeData(batch.stored, priorityHashes.slice(1)),
      ),
      'MismatchNumberOfLayer1Txs',
      [n, n - 1n],
    )
    await expectRevert(
      ex.simulate(
        'executeBatchesSharedBridge',
        1n,
        ex.executeData(batch.stored, [...priorityHashes].reverse()),
      ),
      'PriorityOperationsRollingHashMismatch',
    )
    await ex.execute(batch.stored, priorityHashes)
    batch1 = { tree, stored: batch.stored }
    expect(
      await L1.public.readContract({
        address: ex.diamond,
        abi: zkChainAbi,
        functionName: 'l2LogsRootHash',
        args: [1n],
      }),
    ).toBe(tree.root)
    expect(await ex.read('getTotalBatchesExecuted')).toBe(1n)
    expect(await ex.read('getFirstUnprocessedPriorityTx')).toBe(
      await ex.read('getTotalPriorityTxs'),
    )

    // §7.4 views through the Bridgehub
    const prove = (
      index: bigint,
      message: { txNumberInBatch: number; sender: Address; data: Hex },
      proof: Hex[],
    ) =>
      L1.public.readContract({
        address: d.bridgehub,
        abi: bridgehubAbi,
        functionName: 'proveL2MessageInclusion',
        args: [270n, 1n, index, message, proof],
      })
    const ethMessage = {
      txNumberInBatch: 1,
      sender: L2_BASE_TOKEN_ADDRESS,
      data: ethWithdrawal.message,
    }
    expect(await prove(1n, ethMessage, tree.proof(1))).toBe(true)
    expect(await prove(1n, ethMessage, tree.legacyProof(1))).toBe(true)
    expect(await prove(2n, ethMessage, tree.proof(2))).toBe(false)
    expect(await prove(1n, { ...ethMessage, txNumberInBatch: 0 }, tree.proof(1))).toBe(false)
    const status = (hash: Hex, index: number, txStatus: 0 | 1) =>
      L1.public.readContract({
        address: d.bridgehub,
        abi: bridgehubAbi,
        functionName: 'proveL1ToL2TransactionStatus',
        args: [270n, hash, 1n, BigInt(index), index, tree.proof(index), txStatus],
      })
    expect(await status(tusdDeposit.request.txHash, 0, 1)).toBe(true)
    expect(await status(tusdDeposit.request.txHash, 0, 0)).toBe(false)
    expect(await status(failed.request.txHash, 3, 0)).toBe(true)
    expect(
      await L1.public.readContract({
        address: d.bridgehub,
        abi: bridgehubAbi,
        functionName: 'proveL2LogInclusion',
        args: [
          270n,
          1n,
          2n,
          {
            l2ShardId: 0,
            isService: true,
            txNumberInBatch: 2,
            sender: L1_MESSENGER_ADDRESS,
            key: pad(L2_ASSET_ROUTER_ADDRESS),
            value: keccak256(tusdWithdrawal.message),
          },
          tree.proof(2),
        ],
      }),
    ).toBe(true)

    // the ETH withdrawal pays out exactly once
    const [vaultBefore, chainBefore] = await Promise.all([
      L1.public.getBalance({ address: d.l1NativeTokenVault }),
      chainBalance(270, ethAssetId()),
    ])
    expect(await L1.public.getBalance({ address: ethWithdrawal.receiver })).toBe(0n)
    await finalize(ethParams)
    expect(await L1.public.getBalance({ address: ethWithdrawal.receiver })).toBe(
      ethWithdrawal.amount,
    )
    expect(await L1.public.getBalance({ address: d.l1NativeTokenVault })).toBe(
      vaultBefore - ethWithdrawal.amount,
    )
    expect(await chainBalance(270, ethAssetId())).toBe(chainBefore - ethWithdrawal.amount)
    for (const [address, abi] of [
      [d.l1Nullifier, l1NullifierAbi],
      [d.l1AssetRouter, l1AssetRouterAbi],
    ] as const)
      expect(
        await L1.public.readContract({
          address,
          abi,
          functionName: 'isWithdrawalFinalized',
          args: [270n, 1n, 1n],
        }),
      ).toBe(true)
    await expectRevert(simulateFinalize(ethParams), 'WithdrawalAlreadyFinalized')
    await expectRevert(
      simulateFinalize({ ...ethParams, merkleProof: tree.legacyProof(1) }),
      'WithdrawalAlreadyFinalized',
    )

    // the ERC-20 withdrawal: wrong proofs fail, then the legacy (bare path) proof format pays out
    const erc20Params: FinalizeParams = {
      chainId: 270n,
      l2BatchNumber: 1n,
      l2MessageIndex: 2n,
      l2Sender: L2_ASSET_ROUTER_ADDRESS,
      l2TxNumberInBatch: 2,
      message: tusdWithdrawal.message,
      merkleProof: tree.proof(2),
    }
    const tampered = [...tree.proof(2)]
    tampered[3] = keccak256('0x01')
    await expectRevert(simulateFinalize({ ...erc20Params, merkleProof: tampered }), 'InvalidProof')
    await expectRevert(simulateFinalize({ ...erc20Params, l2TxNumberInBatch: 3 }), 'InvalidProof')
    await expectRevert(
      simulateFinalize({ ...erc20Params, l2MessageIndex: 0n, merkleProof: tree.proof(0) }),
      'InvalidProof',
    )
    await expectRevert(simulateFinalize({ ...erc20Params, l2Sender: fresh(13) }), 'WrongL2Sender', [
      fresh(13),
    ])
    await expectRevert(simulateFinalize({ ...erc20Params, merkleProof: [] }), 'MerklePathEmpty')
    await expectRevert(
      simulateFinalize({
        ...erc20Params,
        merkleProof: [`0x02${'00'.repeat(31)}`, ...tree.proof(2).slice(1)],
      }),
      'UnsupportedProofMetadataVersion',
      [2n],
    )
    const [tusdVaultBefore, tusdChainBefore] = await Promise.all([
      tokenBalance(L1, d.tokens.TUSD, d.l1NativeTokenVault),
      chainBalance(270, tusdAssetId()),
    ])
    const paid = await finalize({ ...erc20Params, merkleProof: tree.legacyProof(2) })
    expect(await tokenBalance(L1, d.tokens.TUSD, tusdWithdrawal.receiver)).toBe(
      tusdWithdrawal.amount,
    )
    expect(await tokenBalance(L1, d.tokens.TUSD, d.l1NativeTokenVault)).toBe(
      tusdVaultBefore - tusdWithdrawal.amount,
    )
    expect(await chainBalance(270, tusdAssetId())).toBe(tusdChainBefore - tusdWithdrawal.amount)
    const [routerEvent] = parseEventLogs({
      abi: l1AssetRouterAbi,
      logs: paid.logs,
      eventName: 'DepositFinalizedAssetRouter',
    })
    expect(routerEvent?.args.assetId).toBe(tusdAssetId())
    const [mintEvent] = parseEventLogs({
      abi: l1NativeTokenVaultAbi,
      logs: paid.logs,
      eventName: 'BridgeMint',
    })
    expect(mintEvent?.args).toEqual({
      chainId: 270n,
      assetId: tusdAssetId(),
      receiver: tusdWithdrawal.receiver,
      amount: tusdWithdrawal.amount,
    })
    await expectRevert(simulateFinalize(erc20Params), 'WithdrawalAlreadyFinalized')

    // messages that are proven but not payable
    await expectRevert(
      simulateFinalize({
        ...ethParams,
        l2MessageIndex: 4n,
        l2TxNumberInBatch: 4,
        message: hugeMessage,
        merkleProof: tree.proof(4),
      }),
      'InsufficientChainBalance',
    )
    await expectRevert(
      simulateFinalize({
        ...ethParams,
        l2MessageIndex: 5n,
        l2TxNumberInBatch: 5,
        message: badSelector,
        merkleProof: tree.proof(5),
      }),
      'InvalidSelector',
      ['0xdeadbeef'],
    )
    await expectRevert(
      simulateFinalize({
        ...ethParams,
        l2MessageIndex: 9n,
        message: '0x6c0960f9aabbccdd',
        merkleProof: tree.proof(9),
      }),
      'L2WithdrawalMessageWrongLength',
      [8n],
    )
  })

  it('a failed two-bridges deposit is recovered once with bridgeRecoverFailedTransfer; a successful one cannot be', async () => {
    const { tree } = batch1
    const { request, amount, depositor } = failedDeposit
    const tst = d.tokens.TST
    const assetData = transferData(amount, depositor, tst)
    const claimArgs = (
      over: Partial<{
        assetData: Hex
        hash: Hex
        index: number
        sender: Address
        assetId: Hex
      }> = {},
    ) => {
      const index = over.index ?? 3
      return [
        270n,
        over.sender ?? depositor,
        over.assetId ?? tstAssetId(),
        over.assetData ?? assetData,
        over.hash ?? request.txHash,
        1n,
        BigInt(index),
        index,
        tree.proof(index),
      ] as const
    }
    const simulateClaim = (args: ReturnType<typeof claimArgs>) =>
      L1.public.simulateContract({
        account: dev(6),
        address: d.l1AssetRouter,
        abi: l1AssetRouterAbi,
        functionName: 'bridgeRecoverFailedTransfer',
        args,
      })
    // the stored txDataHash must match the claimed data
    await expectRevert(
      simulateClaim(claimArgs({ assetData: transferData(amount + 1n, depositor, tst) })),
      'DepositDoesNotExist',
    )
    await expectRevert(simulateClaim(claimArgs({ sender: dev(6).address })), 'DepositDoesNotExist')
    // a successful deposit: its status log says success, so a failure cannot be proven
    await expectRevert(
      simulateClaim([
        270n,
        tusdDeposit.depositor,
        tusdAssetId(),
        transferData(tusdDeposit.amount, tusdDeposit.depositor, d.tokens.TUSD),
        tusdDeposit.request.txHash,
        1n,
        0n,
        0,
        tree.proof(0),
      ]),
      'InvalidProof',
    )
    // a request in a batch that is not executed yet
    await expectRevert(
      L1.public.simulateContract({
        account: dev(6),
        address: d.l1AssetRouter,
        abi: l1AssetRouterAbi,
        functionName: 'bridgeRecoverFailedTransfer',
        args: [270n, depositor, tstAssetId(), assetData, request.txHash, 5n, 3n, 3, tree.proof(3)],
      }),
      'BatchNotExecuted',
      [5n],
    )

    const [userBefore, vaultBefore, chainBefore] = await Promise.all([
      tokenBalance(L1, tst, depositor),
      tokenBalance(L1, tst, d.l1NativeTokenVault),
      chainBalance(270, tstAssetId()),
    ])
    expect(chainBefore).toBe(amount)
    const receipt = await mined(
      L1,
      await L1.wallet(dev(6)).writeContract({
        address: d.l1AssetRouter,
        abi: l1AssetRouterAbi,
        functionName: 'bridgeRecoverFailedTransfer',
        args: claimArgs(),
      }),
    )
    expect(await tokenBalance(L1, tst, depositor)).toBe(userBefore + amount)
    expect(await tokenBalance(L1, tst, d.l1NativeTokenVault)).toBe(vaultBefore - amount)
    expect(await chainBalance(270, tstAssetId())).toBe(0n)
    expect(
      await L1.public.readContract({
        address: d.l1Nullifier,
        abi: l1NullifierAbi,
        functionName: 'depositHappened',
        args: [270n, request.txHash],
      }),
    ).toBe(pad('0x00'))
    const [claimed] = parseEventLogs({
      abi: l1AssetRouterAbi,
      logs: receipt.logs,
      eventName: 'ClaimedFailedDepositAssetRouter',
    })
    expect(claimed?.args).toEqual({ chainId: 270n, assetId: tstAssetId(), assetData })
    // exactly once
    await expectRevert(simulateClaim(claimArgs()), 'DepositDoesNotExist')

    // the legacy claimFailedDeposit matches legacy-encoded deposits
    const legacyBefore = await tokenBalance(L1, d.tokens.TUSD, legacyDeposit.depositor)
    await mined(
      L1,
      await L1.wallet(dev(6)).writeContract({
        address: d.l1AssetRouter,
        abi: l1AssetRouterAbi,
        functionName: 'claimFailedDeposit',
        args: [
          270n,
          legacyDeposit.depositor,
          d.tokens.TUSD,
          legacyDeposit.amount,
          legacyDeposit.request.txHash,
          1n,
          6n,
          6,
          tree.proof(6),
        ],
      }),
    )
    expect(await tokenBalance(L1, d.tokens.TUSD, legacyDeposit.depositor)).toBe(
      legacyBefore + legacyDeposit.amount,
    )
  })

  it('executor: priority operations must be the stored requests in order; unexecuted batches can be reverted', async () => {
    const ex = executor270
    expect(await ex.pendingPriorityHashes()).toEqual([])
    const emptyRoot = buildLogsTree([]).root
    const fake = keccak256('0xbad1')
    const wrong = makeBatch({ batchNumber: 2n, root: emptyRoot, priorityHashes: [fake] })
    await ex.commit(wrong)
    await ex.prove(wrong.stored)
    await expectRevert(
      ex.simulate('executeBatchesSharedBridge', 2n, ex.executeData(wrong.stored, [fake])),
      'QueueIsEmpty',
    )
    const gas = minimalL2GasLimit(800n)
    const { request } = await requestDirect(
      dev(7),
      { chainId: 270, mintValue: baseCost(GAS_PRICE, gas), l2Contract: fresh(7), l2GasLimit: gas },
      baseCost(GAS_PRICE, gas),
    )
    await expectRevert(
      ex.simulate('executeBatchesSharedBridge', 2n, ex.executeData(wrong.stored, [fake])),
      'PriorityOperationMismatch',
      [request.txId, request.txHash, fake],
    )
    // revert the committed (and proven) batch 2, then redo it right
    const revert = (newLastBatch: bigint, account: Account = operator) =>
      L1.public.simulateContract({
        account,
        address: ex.diamond,
        abi: zkChainAbi,
        functionName: 'revertBatchesSharedBridge',
        args: [ex.diamond, newLastBatch],
      })
    await expectRevert(revert(0n), 'CantRevertExecutedBatch')
    await expectRevert(revert(3n), 'RevertedBatchNotAfterNewLastBatch')
    await expectRevert(revert(1n, dev(7)), 'Unauthorized', [dev(7).address])
    const reverted = await mined(
      L1,
      await L1.wallet(operator).writeContract({
        address: ex.diamond,
        abi: zkChainAbi,
        functionName: 'revertBatchesSharedBridge',
        args: [ex.diamond, 1n],
      }),
    )
    const [revertEvent] = parseEventLogs({
      abi: zkChainAbi,
      logs: reverted.logs,
      eventName: 'BlocksRevert',
    })
    expect(revertEvent?.args).toEqual({
      totalBatchesCommitted: 1n,
      totalBatchesVerified: 1n,
      totalBatchesExecuted: 1n,
    })
    ex.last = batch1.stored
    ex.lastVerified = batch1.stored
    const right = makeBatch({ batchNumber: 2n, root: emptyRoot, priorityHashes: [request.txHash] })
    await ex.commit(right)
    await ex.prove(right.stored)
    // dependency roots (interop) are not supported: they must be empty
    await expectRevert(
      ex.simulate(
        'executeBatchesSharedBridge',
        2n,
        concatHex([
          '0x01',
          encodeAbiParameters(executeDataParameters, [
            [right.stored],
            [{ leftPath: [], rightPath: [], itemHashes: [request.txHash] }],
            [[{ chainId: 270n, blockOrBatchNumber: 1n, sides: [emptyRoot] }]],
          ]),
        ]),
      ),
      'DependencyRootsRollingHashMismatch',
    )
    await ex.execute(right.stored, [request.txHash])
    expect(await ex.read('getTotalBatchesExecuted')).toBe(2n)
    expect(await ex.read('getFirstUnprocessedPriorityTx')).toBe(request.txId + 1n)
  })

  it('on the TST chain, base-token (0x…800a) and bridged-ETH (0x…10003) withdrawals finalize on L1', async () => {
    const c = l2(272)
    const u = dev(3)
    // base token (TST) withdrawal from a pre-funded L2 account: backed by the genesis chain balance
    const tstAmount = 7n * 10n ** 18n
    const tstReceiver = fresh(20)
    const baseReceipt = await mined(
      c,
      await c.wallet(u).writeContract({
        address: L2_BASE_TOKEN_ADDRESS,
        abi: l2BaseTokenAbi,
        functionName: 'withdraw',
        args: [tstReceiver],
        value: tstAmount,
      }),
    )
    const [baseSent] = parseEventLogs({
      abi: l1MessengerAbi,
      logs: baseReceipt.logs,
      eventName: 'L1MessageSent',
    })
    // bridged ETH back to L1
    const ethToken = await c.public.readContract({
      address: L2_ASSET_ROUTER_ADDRESS,
      abi: l2AssetRouterAbi,
      functionName: 'l2TokenAddress',
      args: [ETH_TOKEN_ADDRESS],
    })
    const ethAmount = parseEther('0.25')
    const ethReceiver = fresh(21)
    const ethReceipt = await mined(
      c,
      await c.wallet(u).writeContract({
        address: L2_ASSET_ROUTER_ADDRESS,
        abi: l2AssetRouterAbi,
        functionName: 'withdraw',
        args: [ethReceiver, ethToken, ethAmount],
      }),
    )
    const [ethSent] = parseEventLogs({
      abi: l1MessengerAbi,
      logs: ethReceipt.logs,
      eventName: 'L1MessageSent',
    })
    if (!baseSent || !ethSent) throw new Error('no L1MessageSent')
    expect(ethSent.args._message.slice(0, 10)).toBe('0x9c884fd1')
    expect(`0x${ethSent.args._message.slice(2 + 8 + 64, 2 + 8 + 128)}`).toBe(ethAssetId())

    const ex = new HandExecutor(272)
    const { tree } = await ex.runBatch([
      messageLog(0, L2_BASE_TOKEN_ADDRESS, baseSent.args._message),
      messageLog(1, L2_ASSET_ROUTER_ADDRESS, ethSent.args._message),
    ])
    const [tstChainBefore, ethChainBefore] = await Promise.all([
      chainBalance(272, tstAssetId()),
      chainBalance(272, ethAssetId()),
    ])
    await finalize({
      chainId: 272n,
      l2BatchNumber: 1n,
      l2MessageIndex: 0n,
      l2Sender: L2_BASE_TOKEN_ADDRESS,
      l2TxNumberInBatch: 0,
      message: baseSent.args._message,
      merkleProof: tree.proof(0),
    })
    await finalize({
      chainId: 272n,
      l2BatchNumber: 1n,
      l2MessageIndex: 1n,
      l2Sender: L2_ASSET_ROUTER_ADDRESS,
      l2TxNumberInBatch: 1,
      message: ethSent.args._message,
      merkleProof: tree.proof(1),
    })
    expect(await tokenBalance(L1, d.tokens.TST, tstReceiver)).toBe(tstAmount)
    expect(await L1.public.getBalance({ address: ethReceiver })).toBe(ethAmount)
    expect(await chainBalance(272, tstAssetId())).toBe(tstChainBefore - tstAmount)
    expect(await chainBalance(272, ethAssetId())).toBe(ethChainBefore - ethAmount)
    expect(ethChainBefore).toBe(ethTo272.amount)
  })

  it('L2: the legacy token metadata (what the SDKs send to estimate gas) is decoded too', async () => {
    const c = l2(270)
    const l1Token = fresh(30)
    const legacyData = encodeAbiParameters(parseAbiParameters('bytes, bytes, bytes'), [
      encodeAbiParameters(parseAbiParameters('string'), ['Legacy Token']),
      encodeAbiParameters(parseAbiParameters('string'), ['LEG']),
      encodeAbiParameters(parseAbiParameters('uint256'), [9n]),
    ])
    const alias = applyL1ToL2Alias(d.l1AssetRouter)
    const call = {
      address: L2_ASSET_ROUTER_ADDRESS,
      abi: l2AssetRouterAbi,
      functionName: 'finalizeDeposit',
      args: [dev(2).address, dev(2).address, l1Token, 5n, legacyData],
    } as const
    await c.public.simulateContract({ account: alias, ...call })
    const gas = await c.public.estimateContractGas({ account: alias, ...call })
    expect(gas).toBeGreaterThan(21_000n)
    await executeOnL2(270, {
      ...tusdDeposit.request.transaction,
      data: encodeFunctionData(call),
    })
    const token = await c.public.readContract({
      address: L2_ASSET_ROUTER_ADDRESS,
      abi: l2AssetRouterAbi,
      functionName: 'l2TokenAddress',
      args: [l1Token],
    })
    const read = <F extends 'name' | 'symbol' | 'decimals'>(functionName: F) =>
      c.public.readContract({ address: token, abi: bridgedStandardErc20Abi, functionName })
    expect([await read('name'), await read('symbol'), await read('decimals')]).toEqual([
      'Legacy Token',
      'LEG',
      9,
    ])
    expect(await tokenBalance(c, token, dev(2).address)).toBe(5n)
  })

  it('an L2-native token: locked in 0x…10004 on withdrawal, deployed as a bridged token on L1, and back', async () => {
    const c = l2(270)
    const owner = dev(8)
    const amount = 1_000n * 10n ** 12n
    const artifact = artifacts.TestERC20
    if (!artifact) throw new Error('no TestERC20 artifact')
    const deployHash = await c.wallet(owner).deployContract({
      abi: artifact.abi,
      bytecode: artifact.bytecode,
      args: ['L2 Native', 'L2N', 12, [owner.address], amount],
    })
    const created = (await mined(c, deployHash)).contractAddress
    if (!created) throw new Error('no contract address')
    const l2Token = getAddress(created)
    const assetId = assetIdOf(ETH_L2_CHAIN_ID, l2Token)
    await mined(
      c,
      await c.wallet(owner).writeContract({
        address: l2Token,
        abi: erc20Abi,
        functionName: 'approve',
        args: [L2_NATIVE_TOKEN_VAULT_ADDRESS, amount],
      }),
    )
    const out = amount / 2n
    const receipt = await mined(
      c,
      await c.wallet(owner).writeContract({
        address: L2_ASSET_ROUTER_ADDRESS,
        abi: l2AssetRouterAbi,
        functionName: 'withdraw',
        args: [assetId, transferData(out, owner.address, l2Token)],
      }),
    )
    expect(await tokenBalance(c, l2Token, L2_NATIVE_TOKEN_VAULT_ADDRESS)).toBe(out)
    expect(
      await c.public.readContract({
        address: L2_NATIVE_TOKEN_VAULT_ADDRESS,
        abi: l2NativeTokenVaultAbi,
        functionName: 'originChainId',
        args: [assetId],
      }),
    ).toBe(270n)
    const metadata = tokenMetadata(270, 'L2 Native', 'L2N', 12)
    const message = concatHex([
      '0x9c884fd1',
      pad('0x010e'),
      assetId,
      bridgeMintData(owner.address, owner.address, l2Token, out, metadata),
    ])
    const [sent] = parseEventLogs({
      abi: l1MessengerAbi,
      logs: receipt.logs,
      eventName: 'L1MessageSent',
    })
    expect(sent?.args._message).toBe(message)

    const { tree, stored } = await executor270.runBatch([
      messageLog(0, L2_ASSET_ROUTER_ADDRESS, message),
    ])
    const l1Token = await L1.public.readContract({
      address: d.l1NativeTokenVault,
      abi: l1NativeTokenVaultAbi,
      functionName: 'calculateCreate2TokenAddress',
      args: [270n, l2Token],
    })
    expect(await L1.public.getCode({ address: l1Token })).toBeUndefined()
    await finalize({
      chainId: 270n,
      l2BatchNumber: stored.batchNumber,
      l2MessageIndex: 0n,
      l2Sender: L2_ASSET_ROUTER_ADDRESS,
      l2TxNumberInBatch: 0,
      message,
      merkleProof: tree.proof(0),
    })
    const read = <F extends 'name' | 'symbol' | 'decimals' | 'originToken'>(functionName: F) =>
      L1.public.readContract({ address: l1Token, abi: bridgedStandardErc20Abi, functionName })
    expect([
      await read('name'),
      await read('symbol'),
      await read('decimals'),
      await read('originToken'),
    ]).toEqual(['L2 Native', 'L2N', 12, l2Token])
    expect(await tokenBalance(L1, l1Token, owner.address)).toBe(out)
    expect(
      await L1.public.readContract({
        address: d.l1NativeTokenVault,
        abi: l1NativeTokenVaultAbi,
        functionName: 'assetId',
        args: [l1Token],
      }),
    ).toBe(assetId)
    // the origin chain mints its own token: no chain balance is tracked for it
    expect(await chainBalance(270, assetId)).toBe(0n)

    // back to L2: burnt on L1 (no approval needed), released from the L2 vault
    const back = out / 5n
    const mintValue = baseCost(GAS_PRICE, TWO_BRIDGES_GAS_LIMIT)
    const { request } = await requestTwoBridges(
      owner,
      {
        chainId: 270,
        mintValue,
        secondBridgeCalldata: secondBridgeCalldata(
          assetId,
          transferData(back, owner.address, l1Token),
        ),
      },
      mintValue,
    )
    expect(await tokenBalance(L1, l1Token, owner.address)).toBe(out - back)
    expect(request.transaction.data).toBe(
      encodeFunctionData({
        abi: l2AssetRouterAbi,
        functionName: 'finalizeDeposit',
        args: [9n, assetId, bridgeMintData(owner.address, owner.address, l2Token, back, metadata)],
      }),
    )
    const l2Before = await tokenBalance(c, l2Token, owner.address)
    await executeOnL2(270, request.transaction)
    expect(await tokenBalance(c, l2Token, owner.address)).toBe(l2Before + back)
    expect(await tokenBalance(c, l2Token, L2_NATIVE_TOKEN_VAULT_ADDRESS)).toBe(out - back)
  })

  it('the L2 test target counts, greets, records deposits and fails on demand', async () => {
    const c = l2(270)
    const target = d.chains[270]?.testTarget ?? zeroAddress
    const w = dev(8)
    const send = async (data: Hex, value = 0n) =>
      mined(c, await c.wallet(w).sendTransaction({ to: target, data, value }))
    const read = <F extends 'count' | 'greeting' | 'lastCaller' | 'totalDeposits'>(
      functionName: F,
    ) => c.public.readContract({ address: target, abi: testTargetAbi, functionName })
    const countBefore = await read('count')
    const incremented = await send(
      encodeFunctionData({ abi: testTargetAbi, functionName: 'increment' }),
    )
    await send(encodeFunctionData({ abi: testTargetAbi, functionName: 'incrementBy', args: [41n] }))
    expect(await read('count')).toBe(countBefore + 42n)
    expect(await read('lastCaller')).toBe(w.address)
    const [event] = parseEventLogs({
      abi: testTargetAbi,
      logs: incremented.logs,
      eventName: 'Incremented',
    })
    expect(event?.args).toEqual({ caller: w.address, by: 1n, count: countBefore + 1n })
    await send(
      encodeFunctionData({ abi: testTargetAbi, functionName: 'setGreeting', args: ['gm'] }),
    )
    expect(await read('greeting')).toBe('gm')
    const deposited = await send(
      encodeFunctionData({ abi: testTargetAbi, functionName: 'deposit' }),
      3n,
    )
    expect(
      await c.public.readContract({
        address: target,
        abi: testTargetAbi,
        functionName: 'deposits',
        args: [w.address],
      }),
    ).toBe(3n)
    expect(await c.public.getBalance({ address: target })).toBe(await read('totalDeposits'))
    const [depositEvent] = parseEventLogs({
      abi: testTargetAbi,
      logs: deposited.logs,
      eventName: 'Deposited',
    })
    expect(depositEvent?.args).toEqual({ caller: w.address, amount: 3n, total: 3n })
    await expectRevert(
      c.public.readContract({
        address: target,
        abi: testTargetAbi,
        functionName: 'fail',
        args: ['boom'],
      }),
      'Error',
      ['boom'],
    )
    // a reverting call inside a transaction leaves the state alone
    const failed = await c.public.waitForTransactionReceipt({
      hash: await c.wallet(w).sendTransaction({
        to: target,
        data: encodeFunctionData({ abi: testTargetAbi, functionName: 'fail', args: ['boom'] }),
        gas: 100_000n,
      }),
    })
    expect(failed.status).toBe('reverted')
    expect(await read('count')).toBe(countBefore + 42n)
  })
})
