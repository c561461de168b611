import {
  type Address,
  concatHex,
  fromRlp,
  type Hex,
  hashTypedData,
  hexToBigInt,
  isHex,
  keccak256,
  numberToHex,
  recoverAddress,
  size,
} from 'viem'
import { chainConfig, parseEip712Transaction } from 'viem/zksync'

// zkSync EIP-712 (type 0x71) transactions as `eth_sendRawTransaction` receives them
// (zksync-rpc.md §7). Decoding, the typed-data digest and the signature check come from viem;
// this file adds the zkSync transaction hash, the structural checks viem leaves out and the
// devnet's policy (what a plain EVM L2 cannot run).

/** A decoded type-0x71 transaction (field names as in viem's `ZksyncTransactionSerializableEIP712`). */
export type Eip712Transaction = {
  type: 'eip712'
  chainId: number
  nonce: number
  maxPriorityFeePerGas: bigint
  maxFeePerGas: bigint
  /** `gasLimit` of the EIP-712 message. */
  gas: bigint
  /** `null` when the `to` slot is empty (EraVM deployments go through a contract, never `to = ∅`). */
  to: Address | null
  value: bigint
  data: Hex
  /** Lowercase, as encoded. */
  from: Address
  gasPerPubdata: bigint
  /** Raw bytecodes (the EIP-712 message carries their `hashBytecode`). */
  factoryDeps: Hex[]
  /** `0x` when the signature sits in the `v`/`r`/`s` slots instead. */
  customSignature: Hex
  paymaster: Address | undefined
  paymasterInput: Hex | undefined
  /** RLP slots 7–9. Both SDKs put the chain id in `v` and leave `r`/`s` empty. */
  v: bigint
  r: Hex
  s: Hex
}

/** A transaction that passed {@link verifyEip712Transaction}: signed by `from`, runnable on the devnet. */
export type VerifiedEip712Transaction = Eip712Transaction & {
  to: Address
  /** EIP-712 digest (domain `{ name: 'zkSync', version: '2', chainId }`). */
  digest: Hex
  /** The zkSync transaction hash: what `eth_sendRawTransaction` returns. */
  hash: Hex
  /** The 65-byte ECDSA signature (`r ‖ s ‖ v`, v = 27/28) that was checked. */
  signature: Hex
}

export type Eip712ErrorReason =
  | 'malformed'
  | 'not-eip712'
  | 'wrong-chain-id'
  | 'unsigned'
  | 'invalid-signature'
  | 'signer-mismatch'
  | 'paymaster-unsupported'
  | 'factory-deps-unsupported'
  | 'custom-signature-unsupported'
  | 'deployment-unsupported'

/** Why a raw 0x71 transaction was refused; `message` says it in words for the JSON-RPC caller. */
export class Eip712TransactionError extends Error {
  readonly reason: Eip712ErrorReason
  constructor(reason: Eip712ErrorReason, message: string) {
    super(message)
    this.name = 'Eip712TransactionError'
    this.reason = reason
  }
}

export const EIP712_TX_TYPE = 0x71
/** ContractDeployer: EraVM deployments (bytecode hash + factory deps), impossible on a plain EVM. */
export const CONTRACT_DEPLOYER_ADDRESS: Address = '0x0000000000000000000000000000000000008006'
/** secp256k1 n / 2: era's DefaultAccount rejects signatures with a larger `s` (malleability). */
const SECP256K1_HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0n

const SLOT_NAMES = [
  'nonce',
  'maxPriorityFeePerGas',
  'maxFeePerGas',
  'gasLimit',
  'to',
  'value',
  'data',
  'v',
  'r',
  's',
  'chainId',
  'from',
  'gasPerPubdata',
  'factoryDeps',
  'customSignature',
  'paymasterParams',
] as const
const INTEGER_SLOTS = [0, 1, 2, 3, 5, 7, 10, 12] as const

const malformed = (detail: string) =>
  new Eip712TransactionError('malformed', `malformed EIP-712 transaction: ${detail}`)

/**
 * Decodes a raw type-0x71 transaction. Throws {@link Eip712TransactionError} (`not-eip712` or
 * `malformed`) naming the offending field when the bytes are not a well-formed 0x71 envelope.
 * Does not check the signature: see {@link verifyEip712Transaction}.
 */
export function decodeEip712Transaction(raw: Hex): Eip712Transaction {
  if (!isHex(raw, { strict: true }) || raw.length % 2 !== 0)
    throw malformed('expected 0x-prefixed hex bytes of even length')
  if (raw.length < 4) throw malformed('empty transaction')
  const type = raw.slice(0, 4).toLowerCase()
  if (type !== '0x71')
    throw new Eip712TransactionError(
      'not-eip712',
      `not an EIP-712 (type 0x71) transaction: it starts with ${type}`,
    )

  let fields: unknown
  try {
    fields = fromRlp(`0x${raw.slice(4)}`, 'hex')
  } catch (error) {
    throw malformed(`bad RLP (${shortMessage(error)})`)
  }
  if (!Array.isArray(fields)) throw malformed('the RLP payload is not a list')
  if (fields.length !== SLOT_NAMES.length)
    throw malformed(`expected ${SLOT_NAMES.length} RLP fields, got ${fields.length}`)
  fields.forEach((field, i) => {
    const name = SLOT_NAMES[i]
    const isList = Array.isArray(field)
    if (name === 'factoryDeps' || name === 'paymasterParams') {
      if (!isList || field.some((item) => typeof item !== 'string'))
        throw malformed(`${name} must be a list of byte strings`)
    } else if (isList) throw malformed(`${name} must be a byte string, got a list`)
  })
  const slots = fields as (Hex | Hex[])[]
  for (const i of INTEGER_SLOTS)
    if (size(slots[i] as Hex) > 32) throw malformed(`${SLOT_NAMES[i]} is longer than 32 bytes`)
  for (const i of [0, 10] as const) {
    const value = slots[i] === '0x' ? 0n : hexToBigInt(slots[i] as Hex)
    if (value > BigInt(Number.MAX_SAFE_INTEGER))
      throw malformed(`${SLOT_NAMES[i]} ${value} is too large`)
  }
  for (const [i, optional] of [
    [4, true],
    [11, false],
  ] as const) {
    const value = slots[i] as Hex
    if (!(optional && value === '0x') && size(value) !== 20)
      throw malformed(`${SLOT_NAMES[i]} must be a 20-byte address, got ${size(value)} bytes`)
  }
  const paymasterParams = slots[15] as Hex[]
  if (paymasterParams.length !== 0 && paymasterParams.length !== 2)
    throw malformed(
      `paymasterParams must be empty or [paymaster, paymasterInput], got ${paymasterParams.length} items`,
    )
  if (paymasterParams[0] !== undefined && size(paymasterParams[0]) !== 20)
    throw malformed('paymaster must be a 20-byte address')

  let tx: ReturnType<typeof parseEip712Transaction>
  try {
    tx = parseEip712Transaction(raw)
  } catch (error) {
    throw malformed(shortMessage(error))
  }
  return {
    type: 'eip712',
    chainId: tx.chainId ?? 0,
    nonce: tx.nonce ?? 0,
    maxPriorityFeePerGas: tx.maxPriorityFeePerGas ?? 0n,
    maxFeePerGas: tx.maxFeePerGas ?? 0n,
    gas: tx.gas ?? 0n,
    to: tx.to && tx.to !== '0x' ? (tx.to.toLowerCase() as Address) : null,
    value: tx.value ?? 0n,
    data: tx.data ?? '0x',
    from: tx.from.toLowerCase() as Address,
    gasPerPubdata: tx.gasPerPubdata ?? 0n,
    factoryDeps: [...(tx.factoryDeps ?? [])],
    customSignature: tx.customSignature ?? '0x',
    paymaster: tx.paymaster?.toLowerCase() as Address | undefined,
    paymasterInput: tx.paymasterInput,
    v: tx.v ?? 0n,
    r: tx.r ?? '0x',
    s: tx.s ?? '0x',
  }
}

/**
 * The EIP-712 digest the sender signs: domain `{ name: 'zkSync', version: '2', chainId }`, type
 * `Transaction(uint256 txType,…,bytes paymasterInput)` (zksync-rpc.md §7), built by viem's
 * zkSync chain config.
 */
export function eip712Digest(tx: Eip712Transaction): Hex {
  const { v: _v, r: _r, s: _s, ...fields } = tx
  return hashTypedData(
    chainConfig.custom.getEip712Domain({
      ...fields,
      to: fields.to ?? undefined,
    }),
  )
}

/**
 * The 65-byte signature a transaction carries: its `customSignature` if non-empty, else the
 * packed `r ‖ s ‖ v` of slots 7–9 with `v` normalised to 27/28 (era `get_signature`).
 * Throws when neither is present. Not validated beyond that (see {@link recoverEip712Sender}).
 */
export function eip712Signature(tx: Eip712Transaction): Hex {
  if (tx.customSignature !== '0x') return tx.customSignature
  if (tx.r === '0x' || tx.s === '0x')
    throw new Eip712TransactionError(
      'unsigned',
      'the transaction is not signed: customSignature is empty and so are r and s',
    )
  if (size(tx.r) > 32 || size(tx.s) > 32)
    throw new Eip712TransactionError('invalid-signature', 'r and s must be at most 32 bytes each')
  let v: bigint
  if (tx.v === 0n || tx.v === 1n) v = 27n + tx.v
  else if (tx.v === 27n || tx.v === 28n) v = tx.v
  else
    throw new Eip712TransactionError(
      'invalid-signature',
      `signature v must be 0 or 1 (or 27/28) when customSignature is empty, got ${tx.v}`,
    )
  return concatHex([
    numberToHex(hexToBigInt(tx.r), { size: 32 }),
    numberToHex(hexToBigInt(tx.s), { size: 32 }),
    numberToHex(v, { size: 1 }),
  ])
}

/** The zkSync transaction hash: `keccak256(eip712Digest ‖ keccak256(signature))` (era, zksync-ethers `eip712TxHash`). */
export function eip712TxHash(tx: Eip712Transaction): Hex {
  return keccak256(concatHex([eip712Digest(tx), keccak256(eip712Signature(tx))]))
}

/**
 * The address that signed the transaction's EIP-712 digest with an ECDSA signature (what era's
 * DefaultAccount accepts: 65 bytes, v = 27/28, low s). Throws {@link Eip712TransactionError}
 * for anything else.
 */
export async function recoverEip712Sender(tx: Eip712Transaction): Promise<Address> {
  return recover(eip712Digest(tx), checkedEcdsaSignature(tx))
}

async function recover(digest: Hex, signature: Hex): Promise<Address> {
  try {
    return await recoverAddress({ hash: digest, signature })
  } catch (error) {
    throw new Eip712TransactionError(
      'invalid-signature',
      `invalid signature: no signer can be recovered (${shortMessage(error)})`,
    )
  }
}

/**
 * Everything the gateway checks before running a 0x71 transaction on the plain-EVM L2: well
 * formed, for this chain, no paymaster, no factory deps (EraVM deployments), a 65-byte ECDSA
 * signature by `from`. Throws an {@link Eip712TransactionError} whose message says what is wrong.
 */
export async function verifyEip712Transaction(
  input: Hex | Eip712Transaction,
  expectedChainId: number,
): Promise<VerifiedEip712Transaction> {
  const tx = typeof input === 'string' ? decodeEip712Transaction(input) : input
  if (tx.chainId !== expectedChainId)
    throw new Eip712TransactionError(
      'wrong-chain-id',
      `wrong chain id: the transaction is signed for chain ${tx.chainId}, this chain is ${expectedChainId}`,
    )
  if (tx.paymaster !== undefined || tx.paymasterInput !== undefined)
    throw new Eip712TransactionError(
      'paymaster-unsupported',
      `paymaster transactions are not supported on this devnet (paymaster ${tx.paymaster ?? 'none'}); send the transaction without paymasterParams`,
    )
  if (tx.factoryDeps.length > 0)
    throw new Eip712TransactionError(
      'factory-deps-unsupported',
      `factory deps are not supported on this devnet (the L2 is a plain EVM, EraVM bytecode cannot be deployed); got ${tx.factoryDeps.length}`,
    )
  if (tx.to === null || tx.to.toLowerCase() === CONTRACT_DEPLOYER_ADDRESS)
    throw new Eip712TransactionError(
      'deployment-unsupported',
      'EraVM contract deployment (ContractDeployer 0x…8006 or an empty `to`) is not supported on this devnet; deploy with a regular EVM transaction',
    )
  const signature = checkedEcdsaSignature(tx)
  const digest = eip712Digest(tx)
  const signer = await recover(digest, signature)
  const from = tx.from.toLowerCase() as Address
  if (signer.toLowerCase() !== from)
    throw new Eip712TransactionError(
      'signer-mismatch',
      `invalid signature: it was made by ${signer}, not by from ${from}`,
    )
  return {
    ...tx,
    from,
    to: tx.to.toLowerCase() as Address,
    digest,
    signature,
    hash: keccak256(concatHex([digest, keccak256(signature)])),
  }
}

/** The signature as a 65-byte ECDSA signature era's DefaultAccount would accept, or a clear error. */
function checkedEcdsaSignature(tx: Eip712Transaction): Hex {
  const signature = eip712Signature(tx)
  const length = size(signature)
  if (length !== 65)
    throw new Eip712TransactionError(
      'custom-signature-unsupported',
      `custom signatures are not supported on this devnet: customSignature is ${length} bytes, only 65-byte ECDSA signatures of externally owned accounts are accepted`,
    )
  const v = Number.parseInt(signature.slice(-2), 16)
  if (v !== 27 && v !== 28)
    throw new Eip712TransactionError(
      'invalid-signature',
      `invalid signature: v must be 27 or 28, got ${v}`,
    )
  const s = hexToBigInt(`0x${signature.slice(66, 130)}`)
  if (s > SECP256K1_HALF_N)
    throw new Eip712TransactionError(
      'invalid-signature',
      'invalid signature: s is in the upper half of the curve order (malleable signature)',
    )
  return signature
}

function shortMessage(error: unknown): string {
  if (error && typeof error === 'object') {
    const short = (error as { shortMessage?: unknown }).shortMessage
    if (typeof short === 'string') return short
    const message = (error as { message?: unknown }).message
    if (typeof message === 'string') return message.split('\n')[0] ?? message
  }
  return String(error)
}
