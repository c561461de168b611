import fc from 'fast-check'
import {
  type Address,
  bytesToHex,
  concatHex,
  encodeAbiParameters,
  getAddress,
  type Hex,
  keccak256,
  size,
  type TransactionReceipt,
} from 'viem'
import { getL2HashFromPriorityOp, hashBytecode } from 'viem/zksync'
import { describe, expect, it } from 'vitest'
import { utils as zkUtils } from 'zksync-ethers'
import { EMPTY_STRING_KECCAK } from '../constants'
import {
  applyL1ToL2Alias,
  canonicalTxFrom,
  canonicalTxHash,
  canonicalTxMintValue,
  canonicalTxRefundRecipient,
  canonicalTxTo,
  decodeNewPriorityRequest,
  encodeCanonicalTransaction,
  type L2CanonicalTransaction,
  NEW_PRIORITY_REQUEST_EVENT,
  NEW_PRIORITY_REQUEST_TOPIC,
  priorityOperationsRollingHash,
  uintToAddress,
  undoL1ToL2Alias,
} from './priority'

const ALICE: Address = '0x36615Cf349d7F6344891B1e7CA7C72883F5dc049'
const DIAMOND: Address = '0x5FbDB2315678afecb367f032d93F642f64180aa3'

// zksync-contracts.md §6.2: alice deposits 1 ETH to herself, l2GasLimit 300 000, L1 gas price
// 2 gwei ⇒ l2GasPrice 275 000 000, txId 0 (vectors/canon.mjs).
const DEPOSIT: L2CanonicalTransaction = {
  txType: 255n,
  from: BigInt(ALICE),
  to: BigInt(ALICE),
  gasLimit: 300_000n,
  gasPerPubdataByteLimit: 800n,
  maxFeePerGas: 275_000_000n,
  maxPriorityFeePerGas: 0n,
  paymaster: 0n,
  nonce: 0n,
  value: 10n ** 18n,
  reserved: [82_500_000_000_000n + 10n ** 18n, BigInt(ALICE), 0n, 0n],
  data: '0x',
  signature: '0x',
  factoryDeps: [],
  paymasterInput: '0x',
  reservedDynamic: '0x',
}
const DEPOSIT_HASH = '0x9d32b51b56c3b82bce08e744531b3e7f2ac993716d5f99c06343323a1ea297d2'

/** The log the Mailbox emits (all arguments in data, no indexed topics). */
function priorityLog(
  tx: L2CanonicalTransaction,
  overrides: {
    txId?: bigint
    txHash?: Hex
    factoryDeps?: Hex[]
    expirationTimestamp?: bigint
  } = {},
) {
  const data = encodeAbiParameters(NEW_PRIORITY_REQUEST_EVENT.inputs, [
    overrides.txId ?? tx.nonce,
    overrides.txHash ?? canonicalTxHash(tx),
    overrides.expirationTimestamp ?? 1_700_000_000n,
    tx,
    overrides.factoryDeps ?? [],
  ])
  return { address: DIAMOND, topics: [NEW_PRIORITY_REQUEST_TOPIC] as [Hex], data }
}

describe('canonical transaction hash', () => {
  it('the §6.2 / §14 ETH deposit vector', () => {
    const encoded = encodeCanonicalTransaction(DEPOSIT)
    expect(size(encoded)).toBe(800)
    expect(encoded.slice(0, 66)).toBe(`0x${'0'.repeat(62)}20`)
    expect(canonicalTxHash(DEPOSIT)).toBe(DEPOSIT_HASH)
  })

  it('topic0 of NewPriorityRequest', () => {
    expect(NEW_PRIORITY_REQUEST_TOPIC).toBe(
      '0x4531cd5795773d7101c17bdeb9f5ab7f47d7056017506f937083be5d6e77a382',
    )
  })

  it('accessors', () => {
    expect(canonicalTxMintValue(DEPOSIT)).toBe(1_000_082_500_000_000_000n)
    expect(canonicalTxRefundRecipient(DEPOSIT)).toBe(ALICE)
    expect(canonicalTxFrom(DEPOSIT)).toBe(ALICE)
    expect(canonicalTxTo({ ...DEPOSIT, to: 0x10003n })).toBe(
      '0x0000000000000000000000000000000000010003',
    )
    expect(uintToAddress(0n)).toBe('0x0000000000000000000000000000000000000000')
    expect(() => uintToAddress(1n << 160n)).toThrow(/not a uint160 address/)
  })
})

describe('decodeNewPriorityRequest', () => {
  it('decodes the deposit event; layout as in §6.2 (30 words, offsets 0xa0 / 0x3a0)', () => {
    const log = priorityLog(DEPOSIT)
    const words = (log.data.length - 2) / 64
    expect(words).toBe(30)
    const word = (i: number) => BigInt(`0x${log.data.slice(2 + 64 * i, 2 + 64 * (i + 1))}`)
    expect(word(3)).toBe(0xa0n)
    expect(word(4)).toBe(0x3a0n)
    const request = decodeNewPriorityRequest(log)
    expect(request).toEqual({
      txId: 0n,
      txHash: DEPOSIT_HASH,
      expirationTimestamp: 1_700_000_000n,
      transaction: DEPOSIT,
      factoryDeps: [],
    })
  })

  it('agrees with viem getL2HashFromPriorityOp on the same receipt', () => {
    const tx = { ...DEPOSIT, nonce: 41n, data: '0xdeadbeef' as Hex }
    const log = priorityLog(tx)
    const receipt = { logs: [{ ...log, blockNumber: 1n }] } as unknown as TransactionReceipt
    expect(getL2HashFromPriorityOp(receipt, DIAMOND)).toBe(decodeNewPriorityRequest(log).txHash)
  })

  it('accepts an upper-case topic0 (RPCs may not lowercase)', () => {
    const log = priorityLog(DEPOSIT)
    const request = decodeNewPriorityRequest({
      topics: [NEW_PRIORITY_REQUEST_TOPIC.toUpperCase().replace('0X', '0x') as Hex],
      data: log.data,
    })
    expect(request.txHash).toBe(DEPOSIT_HASH)
  })

  it('checks factory deps against their hashes', () => {
    const bytecode = `0x${'11'.repeat(32)}` as Hex
    const depHash = BigInt(bytesToHex(hashBytecode(bytecode)))
    const tx = { ...DEPOSIT, factoryDeps: [depHash] }
    expect(
      decodeNewPriorityRequest(priorityLog(tx, { factoryDeps: [bytecode] })).factoryDeps,
    ).toEqual([bytecode])
    expect(() =>
      decodeNewPriorityRequest(priorityLog(tx, { factoryDeps: [`0x${'22'.repeat(32)}`] })),
    ).toThrow(/factory dep 0 does not match its hash/)
    expect(() => decodeNewPriorityRequest(priorityLog(tx))).toThrow(
      /0 factory deps but 1 hashes in the transaction/,
    )
  })

  it('refuses inconsistent or foreign logs with a message saying why', () => {
    expect(() =>
      decodeNewPriorityRequest(priorityLog(DEPOSIT, { txHash: `0x${'00'.repeat(32)}` })),
    ).toThrow(
      `NewPriorityRequest 0: txHash 0x${'00'.repeat(32)} is not keccak256(abi.encode(transaction)) = ${DEPOSIT_HASH}`,
    )
    expect(() => decodeNewPriorityRequest(priorityLog(DEPOSIT, { txId: 5n }))).toThrow(
      /NewPriorityRequest 5: transaction.nonce is 0, expected the txId/,
    )
    expect(() => decodeNewPriorityRequest(priorityLog({ ...DEPOSIT, txType: 254n }))).toThrow(
      /transaction.txType is 254, expected 255/,
    )
    const log = priorityLog(DEPOSIT)
    expect(() => decodeNewPriorityRequest({ ...log, topics: [keccak256('0x01')] })).toThrow(
      /not a NewPriorityRequest log: topic0 is 0x/,
    )
    expect(() => decodeNewPriorityRequest({ ...log, topics: [] })).toThrow(/topic0 is missing/)
    expect(() => decodeNewPriorityRequest({ ...log, data: log.data.slice(0, 600) as Hex })).toThrow(
      /malformed NewPriorityRequest log/,
    )
  })

  it('property: any encoded request decodes to itself', () => {
    const u256 = fc.bigInt({ min: 0n, max: 2n ** 256n - 1n })
    const u160 = fc.bigInt({ min: 0n, max: 2n ** 160n - 1n })
    const bytes = fc.uint8Array({ maxLength: 200 }).map((b) => bytesToHex(b))
    fc.assert(
      fc.property(
        fc.record({
          from: u160,
          to: u160,
          gasLimit: u256,
          maxFeePerGas: u256,
          nonce: fc.bigInt({ min: 0n, max: 2n ** 64n }),
          value: u256,
          reserved: fc.tuple(u256, u160, u256, u256),
          data: bytes,
        }),
        (fields) => {
          const tx: L2CanonicalTransaction = { ...DEPOSIT, ...fields }
          const request = decodeNewPriorityRequest(priorityLog(tx))
          expect(request.transaction).toEqual(tx)
          expect(request.txId).toBe(tx.nonce)
          expect(request.txHash).toBe(keccak256(encodeCanonicalTransaction(tx)))
          expect(size(encodeCanonicalTransaction(tx))).toBe(
            800 + Math.ceil(size(tx.data) / 32) * 32,
          )
        },
      ),
      { numRuns: 100 },
    )
  })
})

describe('address aliasing (§9)', () => {
  it('vectors, including the wrap-around', () => {
    expect(applyL1ToL2Alias('0x702942B8205E5dEdCD3374E5f4419843adA76Eeb')).toBe(
      '0x813A42B8205E5DedCd3374e5f4419843ADa77FFC',
    )
    expect(undoL1ToL2Alias('0x813A42B8205E5DedCd3374e5f4419843ADa77FFC')).toBe(
      '0x702942B8205E5dEdCD3374E5f4419843adA76Eeb',
    )
    expect(applyL1ToL2Alias('0xffffffffffffffffffffffffffffffffffffffff')).toBe(
      '0x1111000000000000000000000000000000001110',
    )
    expect(undoL1ToL2Alias('0x1111000000000000000000000000000000001110')).toBe(
      getAddress('0xffffffffffffffffffffffffffffffffffffffff'),
    )
    // below the offset, undo wraps around the other way
    expect(undoL1ToL2Alias('0x0000000000000000000000000000000000000000')).toBe(
      getAddress('0xeeeeffffffffffffffffffffffffffffffffeeef'),
    )
    expect(applyL1ToL2Alias('0x0000000000000000000000000000000000000000')).toBe(
      '0x1111000000000000000000000000000000001111',
    )
  })

  it('property: undo ∘ apply = id, and both agree with zksync-ethers', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 20, maxLength: 20 }), (bytes) => {
        const address = getAddress(bytesToHex(bytes))
        const aliased = applyL1ToL2Alias(address)
        expect(undoL1ToL2Alias(aliased)).toBe(address)
        expect(aliased).toBe(getAddress(zkUtils.applyL1ToL2Alias(address)))
        expect(undoL1ToL2Alias(address)).toBe(getAddress(zkUtils.undoL1ToL2Alias(address)))
      }),
      { numRuns: 200 },
    )
  })
})

describe('priorityOperationsRollingHash', () => {
  it('empty batch: the seed', () => {
    expect(priorityOperationsRollingHash([])).toBe(EMPTY_STRING_KECCAK)
    expect(EMPTY_STRING_KECCAK).toBe(keccak256('0x'))
  })

  it('one and two operations', () => {
    const a = DEPOSIT_HASH
    const b = keccak256('0x02')
    const one = keccak256(concatHex([EMPTY_STRING_KECCAK, a]))
    expect(priorityOperationsRollingHash([a])).toBe(one)
    expect(priorityOperationsRollingHash([a, b])).toBe(keccak256(concatHex([one, b])))
    expect(priorityOperationsRollingHash([b, a])).not.toBe(priorityOperationsRollingHash([a, b]))
  })

  it('property: continuing from a prefix equals hashing the whole list', () => {
    const hash = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => bytesToHex(b))
    fc.assert(
      fc.property(fc.array(hash, { maxLength: 10 }), fc.array(hash, { maxLength: 10 }), (x, y) => {
        expect(priorityOperationsRollingHash(y, priorityOperationsRollingHash(x))).toBe(
          priorityOperationsRollingHash([...x, ...y]),
        )
      }),
    )
  })
})
