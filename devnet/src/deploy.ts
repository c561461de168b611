import {
  type Abi,
  type Address,
  createPublicClient,
  createTestClient,
  encodeAbiParameters,
  encodeDeployData,
  encodeFunctionData,
  getContractAddress,
  type Hex,
  http,
  keccak256,
  type PublicClient,
  parseAbiParameters,
  type TestClient,
  type TransactionReceipt,
} from 'viem'
import { mnemonicToAccount, privateKeyToAccount } from 'viem/accounts'
import {
  DEV_ACCOUNT_COUNT,
  DEV_MNEMONIC,
  type DevnetChainSpec,
  L1_CHAIN_ID,
  MULTICALL3_ADDRESS,
  TEST_TOKENS,
  type TestTokenKey,
} from '../facts'
import {
  bridgehubAbi,
  l1AssetRouterAbi,
  l1NativeTokenVaultAbi,
  l1NullifierAbi,
  l2AssetRouterAbi,
  l2BaseTokenAbi,
  l2NativeTokenVaultAbi,
  testErc20Abi,
} from './abis'
import type { Artifacts } from './compile'
import {
  DEV_ACCOUNT_BALANCE_ETH,
  ETH_TOKEN_ADDRESS,
  FEE_PARAMS,
  L1_MESSENGER_ADDRESS,
  L2_ASSET_ROUTER_ADDRESS,
  L2_BASE_TOKEN_ADDRESS,
  L2_NATIVE_TOKEN_VAULT_ADDRESS,
  OPERATOR_PRIVATE_KEY,
  PRIORITY_TX_MAX_GAS_LIMIT,
  PROTOCOL_VERSION_MINOR,
} from './constants'
import type { ChainDeployment, L1Deployment } from './types'

// Deployment of the devnet contracts (devnet/contracts) on the L1 anvil and on each L2 anvil.
//
// Everything is sent from the operator (OPERATOR_PRIVATE_KEY) with explicit nonces and fixed gas limits
// (signed locally, submitted without waiting; receipts are checked once at the end), so a fresh start always
// gives the same addresses. With the default chains (DEVNET_CHAINS) on fresh anvils (addresses depend only on
// the operator and the deployment order, not on the contract code):
//
//   L1 (chain 9)   Bridgehub            0x334b550164021C9123c493B2e3a5dCCEc3b301B1
//                  L1Nullifier          0xeEb88aE27B1885f68a8e20A2cAA410d856064410
//                  L1AssetRouter        0x1F373F17b8A83BAd80FBFA18D0d7Dc6E0141d27C
//                  L1NativeTokenVault   0x96Ff55A91d2650F1262d8c83A86E87F045521073
//                  TestERC20 TST        0xB7B2fDade40eee6D0099EdC29d1e4A29570fbFdB
//                  TestERC20 TUSD       0x7baEC2668170D7Fd1588cB753CCdFF6a6210e1d3
//                  ZKChain 270 (ETH)    0x74e9f31233C64305d49d407DaF08E89C06E3c799
//                  ZKChain 272 (TST)    0x164B068f3B4f9744b74F940fE65a2AEAeC78315C
//   every L2       L1Messenger 0x…8008, L2BaseToken 0x…800a, L2AssetRouter 0x…10003,
//                  L2NativeTokenVault 0x…10004 (runtime code placed with anvil_setCode, storage set by
//                  `initialize`), TestTarget 0x976C6fD8311879C4690D39F0d6DB281522BfdcbE;
//                  bridged tokens at L2NativeTokenVault.calculateCreate2TokenAddress(originChainId, token).
// devnet/test/contracts.test.ts checks these (DEVNET_DEFAULT_ADDRESSES in ../facts.ts).

/** Base-token units (18 decimals) the operator gets on each L2; backed on L1 like the dev accounts. */
export const OPERATOR_L2_BALANCE = 1_000n * 10n ** 18n
/** ETH the operator gets on L1 (deployment and batch commit/prove/execute transactions). */
export const OPERATOR_L1_BALANCE = 1_000_000n * 10n ** 18n
/** L2 base-token units that exist on every L2 at genesis without an L1 deposit (backed by `deployL1`). */
export const L2_GENESIS_SUPPLY =
  BigInt(DEV_ACCOUNT_COUNT) * DEV_ACCOUNT_BALANCE_ETH * 10n ** 18n + OPERATOR_L2_BALANCE
/** Packed protocol version of the devnet chains: v0.29.0 = 29 << 32. */
export const PROTOCOL_VERSION = BigInt(PROTOCOL_VERSION_MINOR) << 32n

/** Gas limit of every deployment transaction (fixed, so that nothing needs an estimate). */
const TX_GAS = 15_000_000n

const operator = privateKeyToAccount(OPERATOR_PRIVATE_KEY)

/** NTV asset id: keccak256(abi.encode(originChainId, 0x…10004, token)). */
export function ntvAssetId(originChainId: number | bigint, token: Address): Hex {
  return keccak256(
    encodeAbiParameters(parseAbiParameters('uint256, address, address'), [
      BigInt(originChainId),
      L2_NATIVE_TOKEN_VAULT_ADDRESS,
      token,
    ]),
  )
}

/** The ten funded dev accounts (anvil's mnemonic, indexes 0..9). */
export function devAccountAddresses(): Address[] {
  return Array.from(
    { length: DEV_ACCOUNT_COUNT },
    (_, addressIndex) => mnemonicToAccount(DEV_MNEMONIC, { addressIndex }).address,
  )
}

/**
 * The operator's nonce on each L2 before `deployL2` (set with anvil_setNonce). A high start keeps the L2
 * test target away from the L1 contract addresses (which use the operator's low L1 nonces), e.g. a transfer
 * to "the Bridgehub address" on L2 must not hit the test target.
 */
export const L2_OPERATOR_START_NONCE = 1_000_000

/** Where the test target lands on every L2: the operator's CREATE address at `L2_OPERATOR_START_NONCE`. */
export function testTargetAddress(): Address {
  return getContractAddress({ from: operator.address, nonce: BigInt(L2_OPERATOR_START_NONCE) })
}

type Sender = {
  client: PublicClient
  test: TestClient
  /** Next nonce the sender will use. */
  nonce: number
  /** Signs and submits (does not wait); returns the created contract address for deployments. */
  send: (tx: { to?: Address; data: Hex; value?: bigint }) => Promise<Address | undefined>
  /** Waits for every submitted transaction and throws on any revert. */
  confirm: () => Promise<TransactionReceipt[]>
}

async function createSender(url: string, chainId: number): Promise<Sender> {
  const transport = http(url, { batch: false })
  const client = createPublicClient({ transport, pollingInterval: 10 })
  const test = createTestClient({ mode: 'anvil', transport })
  const [nonce, block] = await Promise.all([
    client.getTransactionCount({ address: operator.address, blockTag: 'pending' }),
    client.getBlock(),
  ])
  const baseFee = block.baseFeePerGas ?? 1_000_000_000n
  const maxFeePerGas = baseFee * 4n > 1_000_000_000n ? baseFee * 4n : 1_000_000_000n
  const submitted: { hash: Hex; what: string }[] = []
  const sender: Sender = {
    client: client as PublicClient,
    test,
    nonce,
    send: async ({ to, data, value }) => {
      const txNonce = sender.nonce++
      const serialized = await operator.signTransaction({
        type: 'eip1559',
        chainId,
        nonce: txNonce,
        to: to ?? null,
        data,
        value: value ?? 0n,
        gas: TX_GAS,
        maxFeePerGas,
        maxPriorityFeePerGas: 0n,
      })
      const hash = await client.sendRawTransaction({ serializedTransaction: serialized })
      submitted.push({ hash, what: to ? `call to ${to} (${data.slice(0, 10)})` : 'deployment' })
      return to ? undefined : getContractAddress({ from: operator.address, nonce: BigInt(txNonce) })
    },
    confirm: async () => {
      const pending = submitted.splice(0)
      const receipts = await Promise.all(
        pending.map(({ hash }) =>
          client.waitForTransactionReceipt({ hash, pollingInterval: 10, timeout: 60_000 }),
        ),
      )
      for (const [i, receipt] of receipts.entries()) {
        if (receipt.status !== 'success')
          throw new Error(
            `devnet deployment: ${pending[i]?.what} reverted (tx ${receipt.transactionHash})`,
          )
      }
      return receipts
    },
  }
  return sender
}

function deployData(artifacts: Artifacts, name: string, args: readonly unknown[] = []): Hex {
  const artifact = artifacts[name]
  if (!artifact) throw new Error(`contract ${name} is missing from the compiled artifacts`)
  return encodeDeployData({ abi: artifact.abi as Abi, bytecode: artifact.bytecode, args })
}

function runtimeCode(artifacts: Artifacts, name: string): Hex {
  const artifact = artifacts[name]
  if (!artifact) throw new Error(`contract ${name} is missing from the compiled artifacts`)
  return artifact.deployedBytecode
}

/**
 * Deploys and wires the L1 contracts (shared by all chains), registers the chains and funds the dev
 * accounts with the test tokens. Also backs the L2 genesis balances: for each chain,
 * `L2_GENESIS_SUPPLY` units of its base token are put into the L1 native token vault and credited to
 * the chain's `chainBalance`. `chains[i].testTarget` is the address `deployL2` will create.
 */
export async function deployL1(params: {
  url: string
  artifacts: Artifacts
  chains: readonly DevnetChainSpec[]
}): Promise<L1Deployment> {
  const { url, artifacts, chains } = params
  const s = await createSender(url, L1_CHAIN_ID)
  await s.test.setBalance({ address: operator.address, value: OPERATOR_L1_BALANCE })
  const initialBaseFee = (await s.client.getBlock()).baseFeePerGas
  const op = operator.address
  const holders = devAccountAddresses()

  // ---- contracts (nonces n..n+5)
  await s.test.setCode({
    address: MULTICALL3_ADDRESS,
    bytecode: runtimeCode(artifacts, 'Multicall3'),
  })
  const bridgehub = await deploy(s, deployData(artifacts, 'Bridgehub', [op]))
  // The block the Bridgehub landed in: nothing of the bridge exists before it.
  const [bridgehubReceipt] = await s.confirm()
  if (!bridgehubReceipt) throw new Error('unreachable: the Bridgehub deployment has a receipt')
  const startBlock = Number(bridgehubReceipt.blockNumber)
  const l1Nullifier = await deploy(s, deployData(artifacts, 'L1Nullifier', [op, bridgehub]))
  const l1AssetRouter = await deploy(
    s,
    deployData(artifacts, 'L1AssetRouter', [op, bridgehub, l1Nullifier]),
  )
  const l1NativeTokenVault = await deploy(
    s,
    deployData(artifacts, 'L1NativeTokenVault', [op, l1AssetRouter, l1Nullifier]),
  )
  const tokens = {} as Record<TestTokenKey, Address>
  for (const token of TEST_TOKENS) {
    tokens[token.key] = await deploy(
      s,
      deployData(artifacts, 'TestERC20', [
        token.name,
        token.symbol,
        token.decimals,
        holders,
        token.mintPerAccount * 10n ** BigInt(token.decimals),
      ]),
    )
  }

  // ---- wiring (setters instead of circular constructors)
  await s.send({
    to: bridgehub,
    data: encodeFunctionData({
      abi: bridgehubAbi,
      functionName: 'setAddresses',
      args: [l1AssetRouter],
    }),
  })
  await s.send({
    to: l1Nullifier,
    data: encodeFunctionData({
      abi: l1NullifierAbi,
      functionName: 'setAddresses',
      args: [l1AssetRouter, l1NativeTokenVault],
    }),
  })
  await s.send({
    to: l1AssetRouter,
    data: encodeFunctionData({
      abi: l1AssetRouterAbi,
      functionName: 'setNativeTokenVault',
      args: [l1NativeTokenVault],
    }),
  })
  await s.send({
    to: l1NativeTokenVault,
    data: encodeFunctionData({ abi: l1NativeTokenVaultAbi, functionName: 'registerEthToken' }),
  })
  // Base tokens must be registered before their chain; other tokens register on their first deposit.
  const baseTokenKeys = new Set<TestTokenKey>()
  for (const spec of chains) {
    const key = tokenKeyOf(spec)
    if (key) baseTokenKeys.add(key)
  }
  for (const key of baseTokenKeys) {
    await s.send({
      to: l1NativeTokenVault,
      data: encodeFunctionData({
        abi: l1NativeTokenVaultAbi,
        functionName: 'registerToken',
        args: [tokens[key]],
      }),
    })
  }

  // ---- chains: diamond, registration, genesis balance backing
  const deployedChains: Record<number, ChainDeployment> = {}
  let ethBacking = 0n
  for (const spec of chains) {
    const key = tokenKeyOf(spec)
    const isEth = key === undefined
    const token = TEST_TOKENS.find((t) => t.key === key)
    const baseToken = key === undefined ? ETH_TOKEN_ADDRESS : tokens[key]
    const baseTokenAssetId = ntvAssetId(L1_CHAIN_ID, baseToken)
    const diamond = await deploy(
      s,
      deployData(artifacts, 'ZKChain', [
        {
          chainId: BigInt(spec.chainId),
          bridgehub,
          admin: op,
          validator: op,
          baseToken,
          baseTokenAssetId,
          feeParams: {
            pubdataPricingMode: FEE_PARAMS.pubdataPricingMode,
            batchOverheadL1Gas: Number(FEE_PARAMS.batchOverheadL1Gas),
            maxPubdataPerBatch: Number(FEE_PARAMS.maxPubdataPerBatch),
            maxL2GasPerBatch: Number(FEE_PARAMS.maxL2GasPerBatch),
            priorityTxMaxPubdata: Number(FEE_PARAMS.priorityTxMaxPubdata),
            minimalL2GasPrice: FEE_PARAMS.minimalL2GasPrice,
          },
          baseTokenGasPriceMultiplierNominator: 1n,
          baseTokenGasPriceMultiplierDenominator: 1n,
          priorityTxMaxGasLimit: PRIORITY_TX_MAX_GAS_LIMIT,
          protocolVersion: PROTOCOL_VERSION,
        },
      ]),
    )
    await s.send({
      to: bridgehub,
      data: encodeFunctionData({
        abi: bridgehubAbi,
        functionName: 'registerAlreadyDeployedZKChain',
        args: [BigInt(spec.chainId), diamond],
      }),
    })
    await s.send({
      to: l1NativeTokenVault,
      data: encodeFunctionData({
        abi: l1NativeTokenVaultAbi,
        functionName: 'devnetSeedChainBalance',
        args: [BigInt(spec.chainId), baseTokenAssetId, L2_GENESIS_SUPPLY],
      }),
    })
    if (isEth) ethBacking += L2_GENESIS_SUPPLY
    else
      await s.send({
        to: baseToken,
        data: encodeFunctionData({
          abi: testErc20Abi,
          functionName: 'mint',
          args: [l1NativeTokenVault, L2_GENESIS_SUPPLY],
        }),
      })
    deployedChains[spec.chainId] = {
      chainId: spec.chainId,
      kind: spec.kind,
      diamond,
      baseToken,
      baseTokenAssetId,
      baseTokenName: token?.name ?? 'Ether',
      baseTokenSymbol: token?.symbol ?? 'ETH',
      baseTokenDecimals: token?.decimals ?? 18,
      testTarget: testTargetAddress(),
    }
  }

  await s.confirm()
  if (ethBacking > 0n) {
    const balance = await s.client.getBalance({ address: l1NativeTokenVault })
    await s.test.setBalance({ address: l1NativeTokenVault, value: balance + ethBacking })
  }
  // Deployment blocks are nearly empty and pull the EIP-1559 base fee down: put it back.
  if (initialBaseFee !== null && initialBaseFee !== undefined)
    await s.test.setNextBlockBaseFeePerGas({ baseFeePerGas: initialBaseFee })

  return {
    bridgehub,
    l1AssetRouter,
    l1Nullifier,
    l1NativeTokenVault,
    tokens,
    chains: deployedChains,
    startBlock,
  }
}

/** The test token that is the chain's base token, or undefined for ETH. */
function tokenKeyOf(spec: DevnetChainSpec): TestTokenKey | undefined {
  return spec.baseToken === 'ETH' ? undefined : spec.baseToken
}

async function deploy(s: Sender, data: Hex): Promise<Address> {
  const address = await s.send({ data })
  if (!address) throw new Error('unreachable: a deployment returns its address')
  return address
}

/**
 * Places the L2 system contracts at their fixed addresses on an L2 anvil (runtime code with
 * anvil_setCode, then one `initialize` each), funds the operator with `OPERATOR_L2_BALANCE` and deploys the
 * test target. Checks that the test target landed at `l1.chains[chainId].testTarget` (filled by
 * `deployL1`) and returns it.
 */
export async function deployL2(params: {
  url: string
  artifacts: Artifacts
  l1: L1Deployment
  chainId: number
}): Promise<Address> {
  const { url, artifacts, l1, chainId } = params
  const chain = l1.chains[chainId]
  if (!chain) throw new Error(`chain ${chainId} is not in the L1 deployment`)
  const s = await createSender(url, chainId)
  await s.test.setBalance({ address: operator.address, value: OPERATOR_L2_BALANCE })
  if (s.nonce > L2_OPERATOR_START_NONCE)
    throw new Error(`chain ${chainId}: the operator already sent ${s.nonce} L2 transactions`)
  await s.test.setNonce({ address: operator.address, nonce: L2_OPERATOR_START_NONCE })
  s.nonce = L2_OPERATOR_START_NONCE
  await Promise.all([
    s.test.setCode({
      address: L1_MESSENGER_ADDRESS,
      bytecode: runtimeCode(artifacts, 'L1Messenger'),
    }),
    s.test.setCode({
      address: L2_BASE_TOKEN_ADDRESS,
      bytecode: runtimeCode(artifacts, 'L2BaseToken'),
    }),
    s.test.setCode({
      address: L2_ASSET_ROUTER_ADDRESS,
      bytecode: runtimeCode(artifacts, 'L2AssetRouter'),
    }),
    s.test.setCode({
      address: L2_NATIVE_TOKEN_VAULT_ADDRESS,
      bytecode: runtimeCode(artifacts, 'L2NativeTokenVault'),
    }),
    s.test.setCode({ address: MULTICALL3_ADDRESS, bytecode: runtimeCode(artifacts, 'Multicall3') }),
  ])

  const testTarget = await deploy(s, deployData(artifacts, 'TestTarget'))
  await s.send({
    to: L2_BASE_TOKEN_ADDRESS,
    data: encodeFunctionData({
      abi: l2BaseTokenAbi,
      functionName: 'initialize',
      args: [chain.baseTokenName, chain.baseTokenSymbol, chain.baseTokenDecimals],
    }),
  })
  await s.send({
    to: L2_ASSET_ROUTER_ADDRESS,
    data: encodeFunctionData({
      abi: l2AssetRouterAbi,
      functionName: 'initialize',
      args: [BigInt(L1_CHAIN_ID), l1.l1AssetRouter, chain.baseTokenAssetId],
    }),
  })
  await s.send({
    to: L2_NATIVE_TOKEN_VAULT_ADDRESS,
    data: encodeFunctionData({
      abi: l2NativeTokenVaultAbi,
      functionName: 'initialize',
      args: [BigInt(L1_CHAIN_ID), chain.baseTokenAssetId],
    }),
  })
  await s.confirm()
  if (testTarget.toLowerCase() !== chain.testTarget.toLowerCase())
    throw new Error(
      `chain ${chainId}: test target deployed at ${testTarget}, expected ${chain.testTarget}`,
    )
  chain.testTarget = testTarget
  return testTarget
}
