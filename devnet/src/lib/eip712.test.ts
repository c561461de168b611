import { ethers } from 'ethers'
import fc from 'fast-check'
import {
  type Address,
  concatHex,
  createWalletClient,
  custom,
  defineChain,
  type Hex,
  keccak256,
  numberToHex,
  parseGwei,
  serializeTransaction as serializeEvmTransaction,
  toRlp,
} from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { chainConfig, eip712WalletActions, serializeTransaction } from 'viem/zksync'
import { describe, expect, it } from 'vitest'
import { EIP712Signer, types as zkTypes, utils as zkUtils } from 'zksync-ethers'
import {
  decodeEip712Transaction,
  type Eip712ErrorReason,
  type Eip712Transaction,
  eip712Digest,
  eip712Signature,
  eip712TxHash,
  recoverEip712Sender,
  verifyEip712Transaction,
} from './eip712'

// zksync-rpc.md §7 vector (viem serializer + signTypedData, chain 270).
const VECTOR = {
  raw: '0x71f8b005808405f5e100830493e094000000000000000000000000000000000000800a8501a13b8600a451cff8d900000000000000000000000036615cf349d7f6344891b1e7ca7c72883f5dc04982010e808082010e9436615cf349d7f6344891b1e7ca7c72883f5dc04982c350c0b841ecf22e208a9be378647ddf027ae2294bfdd2b87e01e22a836a461097cb2fae586d33e43f3d2974d5b64878672ed42f185dbfffbfff2810b18bca63a2e3a15cc31cc0',
  digest: '0xa2a6707c93a729aff55b04b8ce3f06e1cf7de154388e6bc148005f0c4aa2c6e7',
  signature:
    '0xecf22e208a9be378647ddf027ae2294bfdd2b87e01e22a836a461097cb2fae586d33e43f3d2974d5b64878672ed42f185dbfffbfff2810b18bca63a2e3a15cc31c',
  hash: '0xf74e685406657f7a3d12f760f180fc054328923c2ba33461e0e1259c9c4acf02',
  keccakOfRaw: '0x465f294243a708af3dae0c61b8838dea1d5731d88d11d517fbe8ab94f730d60b',
  sender: '0x36615Cf349d7F6344891B1e7CA7C72883F5dc049',
} as const

// zksync-ethers docs (utils.parseEip712 / eip712TxHash): signature in the r/s slots, v slot = y-parity 1.
const RS_VECTOR = {
  raw: '0x71f87f8080808094a61464658afeaf65cccaafd3a512b69a83b77618830f42408001a073a20167b8d23b610b058c05368174495adf7da3a4ed4a57eb6dbdeb1fafc24aa02f87530d663a0d061f69bb564d2c6fb46ae5ae776bbd4bd2a2a4478b9cd1b42a82010e9436615cf349d7f6344891b1e7ca7c72883f5dc04982c350c080c0',
  hash: '0x8efdc7ce5f5a75ab945976c3e2b0c2a45e9f8e15ff940d05625ac5545cd9f870',
} as const

const CHAIN_ID = 270

/**
 * zksync-ethers' hash of a transaction signed in the r/s slots: `eip712TxHash(tx, ethSignature)`
 * (its parseEip712 keeps customSignature '0x', which would shadow the eth signature).
 */
function zkEthSignatureHash(raw: string, signature: ethers.Signature): string {
  const parsed = zkUtils.parseEip712(raw)
  return zkUtils.eip712TxHash(
    { ...parsed, customData: { ...parsed.customData, customSignature: undefined } },
    signature,
  )
}

function zkChain(id: number) {
  return defineChain({
    ...chainConfig,
    id,
    name: `zk ${id}`,
    nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: ['http://127.0.0.1:1'] } },
  })
}

/** A wallet client with viem's zkSync EIP-712 actions, offline (the transport only knows eth_chainId). */
function offlineWallet(privateKey: Hex, chainId: number) {
  return createWalletClient({
    account: privateKeyToAccount(privateKey),
    chain: zkChain(chainId),
    transport: custom({
      request: async ({ method }) => {
        if (method === 'eth_chainId') return numberToHex(chainId)
        throw new Error(`offline wallet: unexpected ${method}`)
      },
    }),
  }).extend(eip712WalletActions())
}

type TxFields = Omit<Eip712Transaction, 'type' | 'v' | 'r' | 's' | 'customSignature' | 'from'>

/** Signs like viem's zkSync wallet does (typed data over the tx), returns the raw 0x71 bytes. */
async function signWithViem(privateKey: Hex, fields: TxFields): Promise<Hex> {
  const account = privateKeyToAccount(privateKey)
  const tx = {
    ...fields,
    type: 'eip712' as const,
    from: account.address,
    to: fields.to ?? undefined,
  }
  const customSignature = await account.signTypedData(chainConfig.custom.getEip712Domain(tx))
  return serializeTransaction({ ...tx, customSignature })
}

async function expectRejected(
  input: Promise<unknown> | (() => unknown),
  reason: Eip712ErrorReason,
  message: RegExp,
) {
  const promise = typeof input === 'function' ? (async () => input())() : input
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection')
    },
    (e: unknown) => e,
  )
  expect(error).toMatchObject({ name: 'Eip712TransactionError', reason })
  expect((error as Error).message).toMatch(message)
}

const baseFields: TxFields = {
  chainId: CHAIN_ID,
  nonce: 3,
  maxPriorityFeePerGas: 0n,
  maxFeePerGas: parseGwei('0.1'),
  gas: 250_000n,
  to: '0x000000000000000000000000000000000000800a',
  value: 12_345n,
  data: '0x51cff8d900000000000000000000000036615cf349d7f6344891b1e7ca7c72883f5dc049',
  gasPerPubdata: 50_000n,
  factoryDeps: [],
  paymaster: undefined,
  paymasterInput: undefined,
}
const KEY = generatePrivateKey()

describe('the zksync-rpc.md §7 vector', () => {
  it('decodes every field', () => {
    const tx = decodeEip712Transaction(VECTOR.raw)
    expect(tx).toEqual({
      type: 'eip712',
      chainId: 270,
      nonce: 5,
      maxPriorityFeePerGas: 0n,
      maxFeePerGas: 100_000_000n,
      gas: 300_000n,
      to: '0x000000000000000000000000000000000000800a',
      value: 7_000_000_000n,
      data: '0x51cff8d900000000000000000000000036615cf349d7f6344891b1e7ca7c72883f5dc049',
      from: '0x36615cf349d7f6344891b1e7ca7c72883f5dc049',
      gasPerPubdata: 50_000n,
      factoryDeps: [],
      customSignature: VECTOR.signature,
      paymaster: undefined,
      paymasterInput: undefined,
      v: 270n,
      r: '0x',
      s: '0x',
    })
  })

  it('digest, zk hash and sender', async () => {
    const tx = decodeEip712Transaction(VECTOR.raw)
    expect(eip712Digest(tx)).toBe(VECTOR.digest)
    expect(eip712TxHash(tx)).toBe(VECTOR.hash)
    expect(eip712TxHash(tx)).not.toBe(keccak256(VECTOR.raw))
    expect(keccak256(VECTOR.raw)).toBe(VECTOR.keccakOfRaw)
    expect(await recoverEip712Sender(tx)).toBe(VECTOR.sender)
  })

  it('verifies and returns the hash eth_sendRawTransaction must return', async () => {
    const verified = await verifyEip712Transaction(VECTOR.raw, 270)
    expect(verified.hash).toBe(VECTOR.hash)
    expect(verified.digest).toBe(VECTOR.digest)
    expect(verified.signature).toBe(VECTOR.signature)
    expect(verified.from).toBe('0x36615cf349d7f6344891b1e7ca7c72883f5dc049')
    expect(verified.to).toBe('0x000000000000000000000000000000000000800a')
    // the decoded object is accepted as well as the raw bytes, checksummed addresses too
    const again = await verifyEip712Transaction(
      { ...decodeEip712Transaction(VECTOR.raw), from: VECTOR.sender },
      270,
    )
    expect(again.hash).toBe(VECTOR.hash)
    expect(again.from).toBe('0x36615cf349d7f6344891b1e7ca7c72883f5dc049')
  })

  it('zksync-ethers hashes it differently: it signs maxPriorityFeePerGas 0 as maxFeePerGas', () => {
    // EIP712Signer.getSignInput uses `maxPriorityFeePerGas || maxFeePerGas`; its own transactions
    // carry that value in the RLP, so only foreign (viem) transactions with a zero tip differ.
    const tx = decodeEip712Transaction(VECTOR.raw)
    expect(zkTypes.Transaction.from(VECTOR.raw).hash).toBe(
      eip712TxHash({ ...tx, maxPriorityFeePerGas: tx.maxFeePerGas }),
    )
  })
})

describe('signature in the r/s slots (empty customSignature)', () => {
  it('hashes with the packed r ‖ s ‖ v, v = 27 + y-parity (era; zksync-ethers eip712TxHash)', async () => {
    const tx = decodeEip712Transaction(RS_VECTOR.raw)
    expect(tx.customSignature).toBe('0x')
    expect(tx.v).toBe(1n)
    expect(eip712Signature(tx)).toBe(
      '0x73a20167b8d23b610b058c05368174495adf7da3a4ed4a57eb6dbdeb1fafc24a2f87530d663a0d061f69bb564d2c6fb46ae5ae776bbd4bd2a2a4478b9cd1b42a1c',
    )
    expect(eip712TxHash(tx)).toBe(RS_VECTOR.hash)
    // the docs' r/s were not made by `from` over this digest
    await expectRejected(
      verifyEip712Transaction(RS_VECTOR.raw, 270),
      'signer-mismatch',
      /made by 0x1E1446C8afe2a96504F837783Ba9B318f9dd7323, not by from 0x36615cf3/,
    )
    expect(zkEthSignatureHash(RS_VECTOR.raw, ethers.Signature.from(eip712Signature(tx)))).toBe(
      RS_VECTOR.hash,
    )
  })

  it('accepts v already given as 27/28 and rejects other v values', async () => {
    const tx = decodeEip712Transaction(RS_VECTOR.raw)
    expect(eip712TxHash({ ...tx, v: 28n })).toBe(RS_VECTOR.hash)
    await expectRejected(
      () => eip712Signature({ ...tx, v: 270n }),
      'invalid-signature',
      /v must be 0 or 1/,
    )
  })

  it('a transaction with neither is unsigned', async () => {
    const tx = { ...decodeEip712Transaction(RS_VECTOR.raw), r: '0x', s: '0x' } as const
    await expectRejected(() => eip712TxHash(tx), 'unsigned', /not signed/)
    await expectRejected(verifyEip712Transaction(tx, 270), 'unsigned', /not signed/)
  })
})

describe('round trips with viem and zksync-ethers signers', () => {
  it("viem's zkSync wallet signTransaction → verify", async () => {
    const privateKey = generatePrivateKey()
    const account = privateKeyToAccount(privateKey)
    const wallet = offlineWallet(privateKey, CHAIN_ID)
    const raw = await wallet.signTransaction({
      type: 'eip712',
      to: '0x000000000000000000000000000000000000800a',
      value: 7n,
      data: '0x1234',
      nonce: 9,
      gas: 400_000n,
      maxFeePerGas: 250_000_000n,
      maxPriorityFeePerGas: 1n,
      gasPerPubdata: 50_000n,
      // viem's sendTransaction gets `from` from prepareTransactionRequest; signTransaction alone does not add it
      ...({ from: account.address } as object),
    })
    const verified = await verifyEip712Transaction(raw, CHAIN_ID)
    expect(verified.from).toBe(account.address.toLowerCase())
    expect(verified).toMatchObject({
      nonce: 9,
      value: 7n,
      data: '0x1234',
      gas: 400_000n,
      maxFeePerGas: 250_000_000n,
      maxPriorityFeePerGas: 1n,
      gasPerPubdata: 50_000n,
    })
    expect(verified.hash).toBe(zkTypes.Transaction.from(raw).hash)
    // without `from` the transaction cannot be attributed to anyone
    const anonymous = await wallet.signTransaction({ type: 'eip712', to: VECTOR.sender, gas: 1n })
    await expectRejected(
      verifyEip712Transaction(anonymous, CHAIN_ID),
      'malformed',
      /from must be a 20-byte address, got 0 bytes/,
    )
  })

  const address = fc
    .uint8Array({ minLength: 20, maxLength: 20 })
    .map((b) => ethers.hexlify(b) as Address)
  const fields: fc.Arbitrary<TxFields> = fc.record({
    chainId: fc.integer({ min: 1, max: 2 ** 40 }),
    nonce: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    // ≥ 1: zksync-ethers, the oracle below, replaces a zero tip by maxFeePerGas (see above)
    maxPriorityFeePerGas: fc.bigInt({ min: 1n, max: 2n ** 128n }),
    maxFeePerGas: fc.bigInt({ min: 0n, max: 2n ** 128n }),
    gas: fc.bigInt({ min: 0n, max: 2n ** 64n }),
    to: address,
    value: fc.bigInt({ min: 0n, max: 2n ** 256n - 1n }),
    data: fc.uint8Array({ maxLength: 300 }).map((b) => ethers.hexlify(b) as Hex),
    gasPerPubdata: fc.bigInt({ min: 1n, max: 2n ** 64n }),
    factoryDeps: fc.constant([]),
    paymaster: fc.constant(undefined),
    paymasterInput: fc.constant(undefined),
  })

  it('property: viem-signed transactions decode to their fields, verify, and hash like zksync-ethers', async () => {
    await fc.assert(
      fc.asyncProperty(fields, fc.integer({ min: 1, max: 2 ** 40 }), async (tx, otherChain) => {
        const privateKey = generatePrivateKey()
        const from = privateKeyToAccount(privateKey).address.toLowerCase()
        const raw = await signWithViem(privateKey, tx)
        const decoded = decodeEip712Transaction(raw)
        expect(decoded).toMatchObject({ ...tx, from, to: tx.to?.toLowerCase() })
        const verified = await verifyEip712Transaction(raw, tx.chainId)
        expect(verified.from).toBe(from)
        expect(verified.hash).toBe(zkTypes.Transaction.from(raw).hash)
        expect(verified.hash).toBe(eip712TxHash(decoded))
        // decoding then re-serializing gives the same bytes
        const { v: _v, r: _r, s: _s, ...rest } = decoded
        expect(serializeTransaction({ ...rest, to: rest.to ?? undefined })).toBe(raw)
        if (otherChain !== tx.chainId)
          await expectRejected(
            verifyEip712Transaction(raw, otherChain),
            'wrong-chain-id',
            /wrong chain id/,
          )
      }),
      { numRuns: 40 },
    )
  })

  it('property: zksync-ethers-signed transactions (customSignature or r/s slots) verify with its hash', async () => {
    await fc.assert(
      fc.asyncProperty(fields, fc.boolean(), async (tx, inSlots) => {
        const wallet = ethers.Wallet.createRandom()
        const request: zkTypes.TransactionLike = {
          type: 113,
          chainId: BigInt(tx.chainId),
          nonce: tx.nonce,
          from: wallet.address,
          to: tx.to,
          value: tx.value,
          data: tx.data,
          gasLimit: tx.gas,
          maxFeePerGas: tx.maxFeePerGas,
          maxPriorityFeePerGas: tx.maxPriorityFeePerGas,
          customData: { gasPerPubdata: tx.gasPerPubdata },
        }
        const signature = ethers.Signature.from(
          await new EIP712Signer(wallet, tx.chainId).sign(request),
        )
        const raw = inSlots
          ? zkUtils.serializeEip712(request, signature)
          : zkUtils.serializeEip712({
              ...request,
              customData: { ...request.customData, customSignature: signature.serialized },
            })
        const verified = await verifyEip712Transaction(raw as Hex, tx.chainId)
        expect(verified.from).toBe(wallet.address.toLowerCase())
        const expectedHash = inSlots
          ? zkEthSignatureHash(raw, signature)
          : zkTypes.Transaction.from(raw).hash
        expect(verified.hash).toBe(expectedHash)
      }),
      { numRuns: 30 },
    )
  })
})

describe('what verifyEip712Transaction refuses', () => {
  it('non-hex, empty and non-0x71 input', async () => {
    await expectRejected(verifyEip712Transaction('0xzz' as Hex, 270), 'malformed', /hex bytes/)
    await expectRejected(verifyEip712Transaction('0x', 270), 'malformed', /empty transaction/)
    await expectRejected(verifyEip712Transaction('0x712' as Hex, 270), 'malformed', /even length/)
    const eip1559 = await privateKeyToAccount(KEY).signTransaction({
      chainId: 270,
      to: '0x000000000000000000000000000000000000800a',
      value: 1n,
      maxFeePerGas: 1n,
      maxPriorityFeePerGas: 1n,
      gas: 21_000n,
      nonce: 0,
    })
    await expectRejected(
      verifyEip712Transaction(eip1559, 270),
      'not-eip712',
      /not an EIP-712 \(type 0x71\) transaction: it starts with 0x02/,
    )
    const legacy = serializeEvmTransaction({
      chainId: 1,
      gasPrice: 1n,
      nonce: 0,
      to: VECTOR.sender,
    })
    await expectRejected(verifyEip712Transaction(legacy, 270), 'not-eip712', /starts with 0x/)
  })

  it('bad RLP: truncated, trailing bytes, wrong shape', async () => {
    await expectRejected(
      verifyEip712Transaction(VECTOR.raw.slice(0, -10) as Hex, 270),
      'malformed',
      /bad RLP/,
    )
    await expectRejected(verifyEip712Transaction(`${VECTOR.raw}00`, 270), 'malformed', /bad RLP/)
    await expectRejected(
      verifyEip712Transaction(concatHex(['0x71', toRlp('0x1234')]), 270),
      'malformed',
      /not a list/,
    )
    const fields = (n: number) => Array.from({ length: n }, () => '0x' as Hex)
    await expectRejected(
      verifyEip712Transaction(concatHex(['0x71', toRlp(fields(15))]), 270),
      'malformed',
      /expected 16 RLP fields, got 15/,
    )
    const shaped = (patch: Record<number, Hex | Hex[]>) => {
      const list: (Hex | Hex[])[] = [...fields(16)]
      list[11] = VECTOR.sender.toLowerCase() as Hex
      list[13] = []
      list[15] = []
      for (const [i, v] of Object.entries(patch)) list[Number(i)] = v
      return concatHex(['0x71', toRlp(list)])
    }
    await expectRejected(
      verifyEip712Transaction(shaped({ 0: ['0x01'] }), 270),
      'malformed',
      /nonce must be a byte string/,
    )
    await expectRejected(
      verifyEip712Transaction(shaped({ 13: '0x' }), 270),
      'malformed',
      /factoryDeps must be a list/,
    )
    await expectRejected(
      verifyEip712Transaction(shaped({ 11: '0x1234' }), 270),
      'malformed',
      /from must be a 20-byte address, got 2 bytes/,
    )
    await expectRejected(
      verifyEip712Transaction(shaped({ 4: '0x12' }), 270),
      'malformed',
      /to must be a 20-byte address/,
    )
    await expectRejected(
      verifyEip712Transaction(shaped({ 15: ['0x12'] }), 270),
      'malformed',
      /paymasterParams must be empty or \[paymaster, paymasterInput\], got 1/,
    )
    await expectRejected(
      verifyEip712Transaction(shaped({ 15: ['0x12', '0x'] }), 270),
      'malformed',
      /paymaster must be a 20-byte address/,
    )
    await expectRejected(
      verifyEip712Transaction(shaped({ 5: `0x01${'00'.repeat(32)}` }), 270),
      'malformed',
      /value is longer than 32 bytes/,
    )
    await expectRejected(
      verifyEip712Transaction(shaped({ 0: '0x0100000000000000' }), 270),
      'malformed',
      /nonce 72057594037927936 is too large/,
    )
    await expectRejected(
      verifyEip712Transaction(shaped({ 10: '0x0100000000000000' }), 270),
      'malformed',
      /chainId 72057594037927936 is too large/,
    )
    // well-formed apart from the signature: decodes, then fails as unsigned
    await expectRejected(
      verifyEip712Transaction(
        shaped({ 4: '0x000000000000000000000000000000000000800a', 10: '0x010e' }),
        270,
      ),
      'unsigned',
      /not signed/,
    )
  })

  it('wrong chain id', async () => {
    await expectRejected(
      verifyEip712Transaction(VECTOR.raw, 272),
      'wrong-chain-id',
      /wrong chain id: the transaction is signed for chain 270, this chain is 272/,
    )
  })

  it('a signature by someone else than from', async () => {
    const account = privateKeyToAccount(KEY)
    const tx = { ...baseFields, type: 'eip712' as const, from: VECTOR.sender }
    const customSignature = await account.signTypedData(chainConfig.custom.getEip712Domain(tx))
    const raw = serializeTransaction({ ...tx, customSignature })
    await expectRejected(
      verifyEip712Transaction(raw, CHAIN_ID),
      'signer-mismatch',
      new RegExp(`made by ${account.address}, not by from ${VECTOR.sender.toLowerCase()}`),
    )
    // a tampered field changes the digest: the recovered signer is someone else
    const tampered = serializeTransaction({
      ...decodeEip712Transaction(await signWithViem(KEY, baseFields)),
      to: baseFields.to ?? undefined,
      value: baseFields.value + 1n,
    })
    await expectRejected(
      verifyEip712Transaction(tampered, CHAIN_ID),
      'signer-mismatch',
      /invalid signature/,
    )
  })

  it('paymaster, factory deps, deployments', async () => {
    const paymaster = await signWithViem(KEY, {
      ...baseFields,
      paymaster: '0xa222f0c183afa73a8bc1afb48d34c88c9bf7a174',
      paymasterInput: '0x8c5a3445',
    })
    expect(decodeEip712Transaction(paymaster)).toMatchObject({
      paymaster: '0xa222f0c183afa73a8bc1afb48d34c88c9bf7a174',
      paymasterInput: '0x8c5a3445',
    })
    await expectRejected(
      verifyEip712Transaction(paymaster, CHAIN_ID),
      'paymaster-unsupported',
      /paymaster transactions are not supported on this devnet \(paymaster 0xa222f0c183afa73a8bc1afb48d34c88c9bf7a174\)/,
    )
    const bytecode = `0x${'00'.repeat(32)}` as Hex
    const deps = await signWithViem(KEY, { ...baseFields, factoryDeps: [bytecode] })
    expect(decodeEip712Transaction(deps).factoryDeps).toEqual([bytecode])
    await expectRejected(
      verifyEip712Transaction(deps, CHAIN_ID),
      'factory-deps-unsupported',
      /factory deps are not supported on this devnet .*got 1/,
    )
    const deployer = await signWithViem(KEY, {
      ...baseFields,
      to: '0x0000000000000000000000000000000000008006',
    })
    await expectRejected(
      verifyEip712Transaction(deployer, CHAIN_ID),
      'deployment-unsupported',
      /ContractDeployer/,
    )
    const noTo = await signWithViem(KEY, { ...baseFields, to: null })
    expect(decodeEip712Transaction(noTo).to).toBeNull()
    await expectRejected(
      verifyEip712Transaction(noTo, CHAIN_ID),
      'deployment-unsupported',
      /empty `to`/,
    )
  })

  it('custom (non-ECDSA) signatures, bad v, malleable s', async () => {
    const tx = { ...baseFields, type: 'eip712' as const, from: privateKeyToAccount(KEY).address }
    const multisig = serializeTransaction({
      ...tx,
      customSignature: `0x${'11'.repeat(130)}` as Hex,
    })
    await expectRejected(
      verifyEip712Transaction(multisig, CHAIN_ID),
      'custom-signature-unsupported',
      /customSignature is 130 bytes, only 65-byte ECDSA signatures/,
    )
    const signature = await privateKeyToAccount(KEY).signTypedData(
      chainConfig.custom.getEip712Domain(tx),
    )
    const badV = serializeTransaction({
      ...tx,
      customSignature: `${signature.slice(0, -2)}1d` as Hex,
    })
    await expectRejected(
      verifyEip712Transaction(badV, CHAIN_ID),
      'invalid-signature',
      /v must be 27 or 28, got 29/,
    )
    // (r, n − s, v ^ 1) is the same signature, malleated: era's DefaultAccount refuses it
    const n = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n
    const s = BigInt(`0x${signature.slice(66, 130)}`)
    const v = Number.parseInt(signature.slice(130), 16)
    const malleated = concatHex([
      signature.slice(0, 66) as Hex,
      numberToHex(n - s, { size: 32 }),
      numberToHex(v === 27 ? 28 : 27, { size: 1 }),
    ])
    expect(
      await recoverEip712Sender({
        ...decodeEip712Transaction(serializeTransaction({ ...tx, customSignature: signature })),
      }),
    ).toBe(privateKeyToAccount(KEY).address)
    const highS = serializeTransaction({ ...tx, customSignature: malleated })
    await expectRejected(
      verifyEip712Transaction(highS, CHAIN_ID),
      'invalid-signature',
      /upper half of the curve order/,
    )
    // r = 0 is no signature at all
    const zero = serializeTransaction({ ...tx, customSignature: `0x${'00'.repeat(64)}1b` as Hex })
    await expectRejected(
      verifyEip712Transaction(zero, CHAIN_ID),
      'invalid-signature',
      /no signer can be recovered/,
    )
  })
})
