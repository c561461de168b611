import {
  type Address,
  type Client,
  decodeAbiParameters,
  decodeFunctionData,
  encodeAbiParameters,
  encodeFunctionData,
  type Hash,
  type Hex,
  isAddressEqual,
  parseAbi,
  zeroHash,
} from 'viem'
import { getTransaction, readContract, simulateContract } from 'viem/actions'
import { BOOTLOADER_ADDRESS } from '../constants'
import { bridgeErrorsAbi } from '../errors/abi'
import {
  classifyL1Refusal,
  getLogProof,
  type L1Readiness,
  type RawWithdrawalReceipt,
  readL2ToL1Logs,
} from './withdrawal'

// Claiming a failed deposit back on L1, from what every chain kind offers: the priority
// transaction's status log in its L2 receipt, the L2 call it made (the asset router's
// finalizeDeposit, in either encoding), the log proof, and L1's own answer to a simulation.

const ALIAS_OFFSET = 0x1111000000000000000000000000000000001111n

/** The L1 address behind an aliased L2 sender (the Mailbox aliases contracts). */
export function undoL1ToL2Alias(address: Address): Address {
  const value = (BigInt(address) - ALIAS_OFFSET + 2n ** 160n) % 2n ** 160n
  return `0x${value.toString(16).padStart(40, '0')}`
}

/** The priority transaction's status log: its position and whether the L2 call succeeded. */
export function findPriorityStatusLog(
  receipt: RawWithdrawalReceipt,
  l2Hash: Hash,
): { logIndex: number; success: boolean; txNumberInBatch: number } | undefined {
  const logs = readL2ToL1Logs(receipt)
  if (!logs) return undefined
  const logIndex = logs.findIndex(
    (log) =>
      isAddressEqual(log.sender, BOOTLOADER_ADDRESS) &&
      log.key.toLowerCase() === l2Hash.toLowerCase(),
  )
  const log = logs[logIndex]
  if (!log) return undefined
  return { logIndex, success: log.value !== zeroHash, txNumberInBatch: log.txNumberInBatch }
}

const finalizeDepositAbis = parseAbi([
  'function finalizeDeposit(address _l1Sender, address _l2Receiver, address _l1Token, uint256 _amount, bytes _data)',
  'function finalizeDeposit(uint256 _chainId, bytes32 _assetId, bytes _transferData)',
])
const vaultAbi = parseAbi([
  'function assetId(address token) view returns (bytes32)',
  'function tokenAddress(bytes32 assetId) view returns (address)',
])
export const recoverAbi = parseAbi([
  'function bridgeRecoverFailedTransfer(uint256 _chainId, address _depositSender, bytes32 _assetId, bytes _assetData, bytes32 _l2TxHash, uint256 _l2BatchNumber, uint256 _l2MessageIndex, uint16 _l2TxNumberInBatch, bytes32[] _merkleProof)',
])

/** What the deposit moved, read back from its L2 call. */
export type FailedDeposit = { depositSender: Address; assetId: Hex; assetData: Hex }

/** Decodes the asset router's `finalizeDeposit` call (the legacy or the asset-id encoding). */
export async function readFailedDeposit(p: {
  l1: Client
  nativeTokenVault: Address
  input: Hex
}): Promise<FailedDeposit> {
  const call = decodeFunctionData({ abi: finalizeDepositAbis, data: p.input })
  const assetData = (amount: bigint, receiver: Address, token: Address) =>
    encodeAbiParameters(
      [{ type: 'uint256' }, { type: 'address' }, { type: 'address' }],
      [amount, receiver, token],
    )
  if (call.args.length === 5) {
    const [sender, receiver, token, amount] = call.args
    const assetId = await readContract(p.l1, {
      address: p.nativeTokenVault,
      abi: vaultAbi,
      functionName: 'assetId',
      args: [token],
    })
    return { depositSender: sender, assetId, assetData: assetData(amount, receiver, token) }
  }
  const [, assetId, transferData] = call.args
  const [sender, receiver, , amount] = decodeAbiParameters(
    [
      { type: 'address' },
      { type: 'address' },
      { type: 'address' },
      { type: 'uint256' },
      { type: 'bytes' },
    ],
    transferData,
  )
  const token = await readContract(p.l1, {
    address: p.nativeTokenVault,
    abi: vaultAbi,
    functionName: 'tokenAddress',
    args: [assetId],
  })
  return { depositSender: sender, assetId, assetData: assetData(amount, receiver, token) }
}

/** The L1 call that claims a failed deposit: `to` is the L1 asset router (the un-aliased sender). */
export type ClaimRequest = { to: Address; data: Hex }

/**
 * The claim of a failed deposit, or why it cannot be built yet: `succeeded` (nothing to claim),
 * `not-a-deposit` (no status log, or not through the asset router), `proof-not-available`.
 */
export async function buildClaimRequest(p: {
  l1: Client
  l2: Client
  l2ChainId: number
  l2Hash: Hash
  receipt: RawWithdrawalReceipt & { from: Address; to: Address | null }
  nativeTokenVault: Address
}): Promise<
  | { ok: true; request: ClaimRequest }
  | { ok: false; reason: 'succeeded' | 'not-a-deposit' | 'proof-not-available' }
> {
  const status = findPriorityStatusLog(p.receipt, p.l2Hash)
  if (!status) return { ok: false, reason: 'not-a-deposit' }
  if (status.success) return { ok: false, reason: 'succeeded' }
  const tx = await getTransaction(p.l2, { hash: p.l2Hash })
  let deposit: FailedDeposit
  try {
    deposit = await readFailedDeposit({
      l1: p.l1,
      nativeTokenVault: p.nativeTokenVault,
      input: tx.input,
    })
  } catch {
    return { ok: false, reason: 'not-a-deposit' }
  }
  const proof = await getLogProof(p.l2, p.l2Hash, status.logIndex)
  const batch =
    proof?.batchNumber ?? (p.receipt.l1BatchNumber ? BigInt(p.receipt.l1BatchNumber) : undefined)
  if (!proof || batch === undefined) return { ok: false, reason: 'proof-not-available' }
  return {
    ok: true,
    request: {
      to: undoL1ToL2Alias(p.receipt.from),
      data: encodeFunctionData({
        abi: recoverAbi,
        functionName: 'bridgeRecoverFailedTransfer',
        args: [
          BigInt(p.l2ChainId),
          deposit.depositSender,
          deposit.assetId,
          deposit.assetData,
          p.l2Hash,
          batch,
          proof.id,
          status.txNumberInBatch,
          proof.proof,
        ],
      }),
    },
  }
}

/** What L1 says about the claim now (the simulation's revert, classified). */
export async function getClaimReadiness(p: {
  l1: Client
  request: ClaimRequest
  account?: Address | undefined
}): Promise<L1Readiness> {
  const { args } = decodeFunctionData({ abi: recoverAbi, data: p.request.data })
  try {
    await simulateContract(p.l1, {
      address: p.request.to,
      abi: [...recoverAbi, ...bridgeErrorsAbi],
      functionName: 'bridgeRecoverFailedTransfer',
      args,
      ...(p.account ? { account: p.account } : {}),
    })
    return { kind: 'ready' }
  } catch (error) {
    return classifyL1Refusal(error, 'DepositDoesNotExist')
  }
}
