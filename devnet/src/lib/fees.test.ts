import fc from 'fast-check'
import { bytesToHex, size } from 'viem'
import { describe, expect, it } from 'vitest'
import { FEE_PARAMS } from '../constants'
import {
  deriveL2GasPrice,
  encodedCanonicalTxLength,
  l1ToL2TxOverhead,
  l2TransactionBaseCost,
  minimalPriorityTxBodyGas,
  minimumL2GasLimit,
  validateL1ToL2Transaction,
} from './fees'
import { encodeCanonicalTransaction, type L2CanonicalTransaction } from './priority'

const GWEI = 1_000_000_000n

/** Port of `baseCost` in reference/vectors/worked.mjs (an independent transcription of §10.1). */
function referenceBaseCost(gasPrice: bigint, l2GasLimit: bigint, gpp: bigint, nom = 1n, den = 1n) {
  const conv = (gasPrice * nom) / den
  const pubdata = 17n * conv
  const overhead = 1_000_000n * conv
  const fullPub = pubdata + overhead / 120_000n
  const l2gp = 250_000_000n + overhead / 80_000_000n
  const minL2 = (fullPub + gpp - 1n) / gpp
  const price = l2gp > minL2 ? l2gp : minL2
  return { price, cost: price * l2GasLimit }
}

describe('l2TransactionBaseCost (§10.1)', () => {
  it('2 gwei: l2GasPrice 275 000 000, base cost 82 500 000 000 000', () => {
    expect(deriveL2GasPrice({ gasPrice: 2n * GWEI, gasPerPubdata: 800n })).toBe(275_000_000n)
    expect(
      l2TransactionBaseCost({ gasPrice: 2n * GWEI, l2GasLimit: 300_000n, gasPerPubdata: 800n }),
    ).toBe(82_500_000_000_000n)
  })

  it('50 gwei: the pubdata price dominates, rounded up', () => {
    expect(deriveL2GasPrice({ gasPrice: 50n * GWEI, gasPerPubdata: 800n })).toBe(1_583_333_334n)
    expect(
      l2TransactionBaseCost({ gasPrice: 50n * GWEI, l2GasLimit: 300_000n, gasPerPubdata: 800n }),
    ).toBe(475_000_000_200_000n)
  })

  it('gas price 0: the minimal L2 gas price', () => {
    expect(deriveL2GasPrice({ gasPrice: 0n, gasPerPubdata: 800n })).toBe(250_000_000n)
  })

  it('Validium pays no pubdata; the base token ratio converts the L1 price', () => {
    const validium = { ...FEE_PARAMS, pubdataPricingMode: 1 }
    // 50 gwei: overhead 5e16 / 120 000 = 416 666 666 666 → ceil(/800) = 520 833 334 < 250e6 + 625e6
    expect(
      deriveL2GasPrice({ gasPrice: 50n * GWEI, gasPerPubdata: 800n, feeParams: validium }),
    ).toBe(875_000_000n)
    // a base token worth 1/1000 ETH: prices ×1000
    expect(
      deriveL2GasPrice({
        gasPrice: 2n * GWEI,
        gasPerPubdata: 800n,
        nominator: 1000n,
        denominator: 1n,
      }),
    ).toBe(referenceBaseCost(2n * GWEI, 1n, 800n, 1000n, 1n).price)
    expect(() => deriveL2GasPrice({ gasPrice: 1n, gasPerPubdata: 800n, denominator: 0n })).toThrow(
      /BaseTokenGasPriceDenominatorNotSet/,
    )
    expect(() => deriveL2GasPrice({ gasPrice: 1n, gasPerPubdata: 0n })).toThrow(/gasPerPubdata/)
  })

  it('property: equals the vectors/worked.mjs transcription', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.bigInt({ min: 0n, max: 10n ** 9n }),
        fc.bigInt({ min: 1n, max: 100_000n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        (gasPrice, l2GasLimit, gasPerPubdata, nominator, denominator) => {
          expect(
            l2TransactionBaseCost({ gasPrice, l2GasLimit, gasPerPubdata, nominator, denominator }),
          ).toBe(
            referenceBaseCost(gasPrice, l2GasLimit, gasPerPubdata, nominator, denominator).cost,
          )
        },
      ),
    )
  })

  it('property: monotonic in gas price and in gas limit', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 13n }),
        fc.bigInt({ min: 0n, max: 10n ** 13n }),
        fc.bigInt({ min: 0n, max: 10n ** 8n }),
        fc.bigInt({ min: 0n, max: 10n ** 8n }),
        (p1, p2, g1, g2) => {
          const [lowPrice, highPrice] = p1 <= p2 ? [p1, p2] : [p2, p1]
          const [lowGas, highGas] = g1 <= g2 ? [g1, g2] : [g2, g1]
          const cost = (gasPrice: bigint, l2GasLimit: bigint) =>
            l2TransactionBaseCost({ gasPrice, l2GasLimit, gasPerPubdata: 800n })
          expect(cost(lowPrice, lowGas)).toBeLessThanOrEqual(cost(highPrice, lowGas))
          expect(cost(lowPrice, lowGas)).toBeLessThanOrEqual(cost(lowPrice, highGas))
          expect(
            deriveL2GasPrice({ gasPrice: lowPrice, gasPerPubdata: 800n }),
          ).toBeGreaterThanOrEqual(FEE_PARAMS.minimalL2GasPrice)
        },
      ),
    )
  })
})

describe('encoded length and minimum gas (§10.3)', () => {
  it('ETH deposit: 800 bytes, overhead 10 000, body 243 884, minimum 253 884', () => {
    const encodedLength = encodedCanonicalTxLength(0, 0)
    expect(encodedLength).toBe(800)
    expect(l1ToL2TxOverhead(encodedLength)).toBe(10_000n)
    expect(minimalPriorityTxBodyGas({ encodedLength, factoryDepsCount: 0 })).toBe(243_884n)
    expect(minimumL2GasLimit({ encodedLength, factoryDepsCount: 0 })).toBe(253_884n)
  })

  it('larger requests: memory overhead and the encoding term take over', () => {
    // 4 + 32·6 + 676 bytes of calldata → 1696 bytes encoded, overhead 16 960
    const encodedLength = encodedCanonicalTxLength(4 + 32 * 6 + 676, 0)
    expect(encodedLength).toBe(800 + 896)
    expect(l1ToL2TxOverhead(encodedLength)).toBe(16_960n)
    // 167 157 + ceil(1696·1656/544) = 167 157 + 5163 = 172 320 < 173 484 → 173 484 + 70 400
    expect(minimumL2GasLimit({ encodedLength, factoryDepsCount: 0 })).toBe(16_960n + 243_884n)
    // 2 factory deps: +64 bytes, +2·2473 gas, +2·64·800 pubdata gas
    const withDeps = encodedCanonicalTxLength(0, 2)
    expect(withDeps).toBe(864)
    expect(minimalPriorityTxBodyGas({ encodedLength: withDeps, factoryDepsCount: 2 })).toBe(
      167_157n + 2631n + 2n * 2473n + (88n + 128n) * 800n,
    )
    expect(() => encodedCanonicalTxLength(-1, 0)).toThrow(RangeError)
    expect(() => encodedCanonicalTxLength(1.5, 0)).toThrow(RangeError)
  })

  it('property: the length formula equals the real abi.encode size', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.nat({ max: 64 }), (data, deps) => {
        const tx: L2CanonicalTransaction = {
          txType: 255n,
          from: 1n,
          to: 2n,
          gasLimit: 3n,
          gasPerPubdataByteLimit: 800n,
          maxFeePerGas: 4n,
          maxPriorityFeePerGas: 0n,
          paymaster: 0n,
          nonce: 5n,
          value: 6n,
          reserved: [7n, 8n, 0n, 0n],
          data: bytesToHex(data),
          signature: '0x',
          factoryDeps: Array.from({ length: deps }, (_, i) => BigInt(i)),
          paymasterInput: '0x',
          reservedDynamic: '0x',
        }
        expect(encodedCanonicalTxLength(data.length, deps)).toBe(
          size(encodeCanonicalTransaction(tx)),
        )
      }),
      { numRuns: 100 },
    )
  })

  it('property: minimumL2GasLimit is exactly the smallest limit the validator accepts', () => {
    fc.assert(
      fc.property(fc.nat({ max: 100_000 }), fc.nat({ max: 64 }), (dataLength, deps) => {
        const request = {
          encodedLength: encodedCanonicalTxLength(dataLength, deps),
          factoryDepsCount: deps,
        }
        const minimum = minimumL2GasLimit(request)
        expect(validateL1ToL2Transaction({ ...request, l2GasLimit: minimum })).toBeNull()
        expect(validateL1ToL2Transaction({ ...request, l2GasLimit: minimum - 1n })?.error).toBe(
          'ValidateTxnNotEnoughGas',
        )
      }),
    )
  })
})

describe('validateL1ToL2Transaction', () => {
  const deposit = { encodedLength: 800, factoryDepsCount: 0 }
  it('every revert of the validator', () => {
    expect(validateL1ToL2Transaction({ ...deposit, l2GasLimit: 9_999n })).toEqual({
      error: 'TxnBodyGasLimitNotEnoughGas',
      message: 'l2GasLimit 9999 does not cover the transaction overhead 10000',
    })
    expect(validateL1ToL2Transaction({ ...deposit, l2GasLimit: 253_883n })).toEqual({
      error: 'ValidateTxnNotEnoughGas',
      message: 'l2GasLimit 253883 is below the minimum 253884 for this request',
    })
    expect(validateL1ToL2Transaction({ ...deposit, l2GasLimit: 300_000n })).toBeNull()
    // 99 000 bytes of pubdata at 800 gas each = 79 200 000 body gas: above 72M first
    expect(validateL1ToL2Transaction({ ...deposit, l2GasLimit: 72_010_001n })?.error).toBe(
      'TooMuchGas',
    )
    expect(validateL1ToL2Transaction({ ...deposit, l2GasLimit: 72_010_000n })).toBeNull()
    expect(
      validateL1ToL2Transaction({
        ...deposit,
        l2GasLimit: 10_000n + 800n * 1_001n,
        priorityTxMaxPubdata: 1_000n,
      }),
    ).toEqual({
      error: 'PubdataGreaterThanLimit',
      message: 'l2GasLimit 810800 allows 1001 bytes of pubdata, above the maximum 1000',
    })
  })
})
