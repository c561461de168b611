import fc from 'fast-check'
import { type Address, concatHex, encodePacked, type Hex, keccak256, pad, size } from 'viem'
import { describe, expect, it, vi } from 'vitest'
import {
  AGGREGATED_ROOT,
  BOOTLOADER_ADDRESS,
  L1_MESSENGER_ADDRESS,
  L2_L1_LOGS_TREE_DEFAULT_LEAF_HASH,
} from '../constants'
import {
  computeLogsTree,
  EMPTY_SUBTREE_HASHES,
  getLogProof,
  L2_TO_L1_LOGS_TREE_LEAVES,
  type L2ToL1Log,
  LOG_PROOF_METADATA,
  l2ToL1LogLeaf,
  serializeL2ToL1Log,
} from './logsTree'

// Counts keccak256 calls (the wrapped function is viem's own): the tree must not hash 16k leaves.
const keccakCalls = vi.hoisted(() => ({ count: 0 }))
vi.mock('viem', async (importOriginal) => {
  const viem = await importOriginal<typeof import('viem')>()
  const counted = ((...args: Parameters<typeof viem.keccak256>) => {
    keccakCalls.count++
    return viem.keccak256(...args)
  }) as typeof viem.keccak256
  return { ...viem, keccak256: counted }
})

// ---- independent reference implementations (written from the Solidity, not from logsTree.ts) ----

/** `Merkle.calculateRoot(bytes32[] path, uint256 index, bytes32 itemHash)`. */
function calculateRoot(path: readonly Hex[], index: bigint, itemHash: Hex): Hex {
  if (path.length === 0) throw new Error('MerklePathEmpty')
  if (index >= 1n << BigInt(path.length)) throw new Error('MerkleIndexOutOfBounds')
  let current = itemHash
  let i = index
  for (const sibling of path) {
    current =
      i % 2n === 0n
        ? keccak256(concatHex([current, sibling]))
        : keccak256(concatHex([sibling, current]))
    i /= 2n
  }
  return current
}

/**
 * `Mailbox._proveL2LeafInclusion` for a chain settling on L1 (final node): parses the proof
 * metadata like `MessageHashing._getProofData` and compares with the stored batch root.
 */
function proveL2LeafInclusion(storedRoot: Hex, index: number, leaf: Hex, proof: readonly Hex[]) {
  if (proof.length === 0) throw new Error('MerklePathEmpty')
  if (leaf === L2_L1_LOGS_TREE_DEFAULT_LEAF_HASH) throw new Error('HashedLogIsDefault')
  const meta = proof[0] as Hex
  let start = 0
  let logLeafLen = proof.length
  let batchLeafLen = 0
  let final = true
  // Solidity: (uint256(meta) << 32) == 0, i.e. only the top 4 bytes may be set
  if (((BigInt(meta) << 32n) & ((1n << 256n) - 1n)) === 0n) {
    const bytes = meta.slice(2)
    if (Number.parseInt(bytes.slice(0, 2), 16) !== 1)
      throw new Error('UnsupportedProofMetadataVersion')
    start = 1
    logLeafLen = Number.parseInt(bytes.slice(2, 4), 16)
    batchLeafLen = Number.parseInt(bytes.slice(4, 6), 16)
    final = Number.parseInt(bytes.slice(6, 8), 16) !== 0
  }
  if (final && batchLeafLen !== 0) throw new Error('InvalidProofLengthForFinalNode')
  if (!final) throw new Error('gateway proofs are not expected on the devnet')
  const root = calculateRoot(proof.slice(start, start + logLeafLen), BigInt(index), leaf)
  return root === storedRoot
}

/** The whole 2^14-leaf tree, level by level, no shortcuts. */
function naiveLocalRoot(logs: readonly L2ToL1Log[]): Hex {
  let level: Hex[] = Array.from({ length: L2_TO_L1_LOGS_TREE_LEAVES }, (_, i) => {
    const log = logs[i]
    return log
      ? keccak256(
          encodePacked(
            ['uint8', 'bool', 'uint16', 'address', 'bytes32', 'bytes32'],
            [log.shardId, log.isService, log.txNumberInBatch, log.sender, log.key, log.value],
          ),
        )
      : keccak256(`0x${'00'.repeat(88)}`)
  })
  while (level.length > 1) {
    const next: Hex[] = []
    for (let i = 0; i < level.length; i += 2)
      next.push(keccak256(concatHex([level[i] as Hex, level[i + 1] as Hex])))
    level = next
  }
  return level[0] as Hex
}

// ---- zksync-contracts.md §7.5 worked example ----

const WORKED = {
  logs: [
    {
      shardId: 0,
      isService: true,
      txNumberInBatch: 0,
      sender: BOOTLOADER_ADDRESS,
      key: `0x${'ab'.repeat(32)}`,
      value: pad('0x01'),
    },
    {
      shardId: 0,
      isService: true,
      txNumberInBatch: 1,
      sender: L1_MESSENGER_ADDRESS,
      key: pad('0x800a'),
      value: '0x63617a85294a18156762eded63283f032e1162b3b65c41cd06b710b01a1aaacf',
    },
    {
      shardId: 0,
      isService: true,
      txNumberInBatch: 2,
      sender: L1_MESSENGER_ADDRESS,
      key: pad('0x010003'),
      value: '0x5418d3220100608eda29315d5f115d3576c5e6208e95c1626088ebf3e13effa5',
    },
  ] as [L2ToL1Log, L2ToL1Log, L2ToL1Log],
  serialized: [
    `0x00010000${'0000000000000000000000000000000000008001'}${'ab'.repeat(32)}${'00'.repeat(31)}01`,
    `0x00010001${'0000000000000000000000000000000000008008'}${'00'.repeat(30)}800a63617a85294a18156762eded63283f032e1162b3b65c41cd06b710b01a1aaacf`,
    `0x00010002${'0000000000000000000000000000000000008008'}${'00'.repeat(29)}0100035418d3220100608eda29315d5f115d3576c5e6208e95c1626088ebf3e13effa5`,
  ],
  leaves: [
    '0x74c84b752e6f08fd118a1f00c4299cca46c9d5f901ac3a6e8718d6a837c075bd',
    '0xd82b089a9704142d483aad956fcd34762813d6e2475451a146f86ee6ba083510',
    '0x86859691f779f6a0f84318ca0b83c64e45e20bc6b38af9b66fb8ed54c9d6c20e',
  ],
  localRoot: '0x2e40f517b3fce27ebbda32b8522234735897e6bc086056003eb108877993f34d',
  fullRoot: '0xb1de4cbffa7f1f76b9c1ebcb0a7fa2589c74f7a8a762aebedfd4c71f7b2768aa',
  proofOfId1: [
    '0x010f000100000000000000000000000000000000000000000000000000000000',
    '0x74c84b752e6f08fd118a1f00c4299cca46c9d5f901ac3a6e8718d6a837c075bd',
    '0x49e739849cfdaf537edc751c7b4a8cb3e8d5559cdc21454564275d8bb5ad9041',
    '0xe3697c7f33c31a9b0f0aeb8542287d0d21e8c4cf82163d0c44c7a98aa11aa111',
    '0x199cc5812543ddceeddd0fc82807646a4899444240db2c0d2f20c3cceb5f51fa',
    '0xe4733f281f18ba3ea8775dd62d2fcd84011c8c938f16ea5790fd29a03bf8db89',
    '0x1798a1fd9c8fbb818c98cff190daa7cc10b6e5ac9716b4a2649f7c2ebcef2272',
    '0x66d7c5983afe44cf15ea8cf565b34c6c31ff0cb4dd744524f7842b942d08770d',
    '0xb04e5ee349086985f74b73971ce9dfe76bbed95c84906c5dffd96504e1e5396c',
    '0xac506ecb5465659b3a927143f6d724f91d8d9c4bdb2463aee111d9aa869874db',
    '0x124b05ec272cecd7538fdafe53b6628d31188ffb6f345139aac3c3c1fd2e470f',
    '0xc3be9cbd19304d84cca3d045e06b8db3acd68c304fc9cd4cbffe6d18036cb13f',
    '0xfef7bd9f889811e59e4076a0174087135f080177302763019adaf531257e3a87',
    '0xa707d1c62d8be699d34cb74804fdd7b4c568b6c1a821066f126c680d4b83e00b',
    '0xf6e093070e0389d2e529d60fadb855fdded54976ec50ac709e3a36ceaa64c291',
    '0x0000000000000000000000000000000000000000000000000000000000000000',
  ],
} as const

const EMPTY_LOCAL_ROOT = '0x375a5bf909cb02143e3695ca658e0641e739aa590f0004dba93572c44cdb9d2d'

describe('serializeL2ToL1Log', () => {
  it('packs the §7.5 logs into 88 bytes each', () => {
    WORKED.logs.forEach((log, i) => {
      const bytes = serializeL2ToL1Log(log)
      expect(size(bytes)).toBe(88)
      expect(bytes).toBe(WORKED.serialized[i])
      expect(l2ToL1LogLeaf(log)).toBe(WORKED.leaves[i])
    })
  })

  it('txNumberInBatch is big-endian uint16, isService false is 0x00, shardId a byte', () => {
    const bytes = serializeL2ToL1Log({
      shardId: 7,
      isService: false,
      txNumberInBatch: 0x1234,
      sender: L1_MESSENGER_ADDRESS,
      key: pad('0x01'),
      value: pad('0x02'),
    })
    expect(bytes.slice(0, 10)).toBe('0x07001234')
  })

  it('refuses values that do not fit their Solidity types', () => {
    const log = WORKED.logs[0]
    expect(() => serializeL2ToL1Log({ ...log, txNumberInBatch: 65_536 })).toThrow()
    expect(() => serializeL2ToL1Log({ ...log, shardId: 256 })).toThrow()
    expect(() => serializeL2ToL1Log({ ...log, key: '0x01' })).toThrow()
    expect(() => serializeL2ToL1Log({ ...log, sender: '0x1234' as Address })).toThrow()
  })
})

describe('empty subtrees and the empty tree', () => {
  it('default leaf, z1, z2, z13 and the empty local root', () => {
    expect(EMPTY_SUBTREE_HASHES).toHaveLength(15)
    expect(EMPTY_SUBTREE_HASHES[0]).toBe(keccak256(`0x${'00'.repeat(88)}`))
    expect(EMPTY_SUBTREE_HASHES[0]).toBe(
      '0x72abee45b59e344af8a6e520241c4744aff26ed411f4c4b00f8af09adada43ba',
    )
    expect(EMPTY_SUBTREE_HASHES[1]).toMatch(/^0xc3d03eeb.*c8d0$/)
    expect(EMPTY_SUBTREE_HASHES[2]).toBe(WORKED.proofOfId1[3])
    expect(EMPTY_SUBTREE_HASHES[13]).toBe(WORKED.proofOfId1[14])
    expect(EMPTY_SUBTREE_HASHES[14]).toBe(EMPTY_LOCAL_ROOT)
  })

  it('a batch without logs has the empty root', () => {
    const tree = computeLogsTree([])
    expect(tree.localRoot).toBe(EMPTY_LOCAL_ROOT)
    expect(tree.fullRoot).toBe(keccak256(concatHex([EMPTY_LOCAL_ROOT, AGGREGATED_ROOT])))
    expect(() => getLogProof([], 0)).toThrow(/log id 0 out of range: the batch has 0 L2→L1 logs/)
  })
})

describe('zksync-contracts.md §7.5 worked example', () => {
  it('localRoot and fullRoot', () => {
    expect(computeLogsTree(WORKED.logs)).toEqual({
      localRoot: WORKED.localRoot,
      fullRoot: WORKED.fullRoot,
    })
  })

  it('the proof of id 1, element by element', () => {
    const result = getLogProof(WORKED.logs, 1)
    expect(result.id).toBe(1)
    expect(result.root).toBe(WORKED.fullRoot)
    expect(result.proof).toEqual([...WORKED.proofOfId1])
    expect(result.proof[0]).toBe(LOG_PROOF_METADATA)
  })

  it('every proof of the batch verifies on the L1 port, and only for its own leaf and index', () => {
    for (let id = 0; id < 3; id++) {
      const { proof, root } = getLogProof(WORKED.logs, id)
      const leaf = WORKED.leaves[id] as Hex
      expect(proof).toHaveLength(16)
      expect(proveL2LeafInclusion(WORKED.fullRoot, id, leaf, proof)).toBe(true)
      expect(root).toBe(WORKED.fullRoot)
      expect(proveL2LeafInclusion(WORKED.fullRoot, (id + 1) % 3, leaf, proof)).toBe(false)
      expect(
        proveL2LeafInclusion(WORKED.fullRoot, id, WORKED.leaves[(id + 1) % 3] as Hex, proof),
      ).toBe(false)
    }
  })

  it('costs a few hashes per level, not 16k', () => {
    // 3 leaves + (2 + 1 + 12 × 1) inner nodes + 1 for fullRoot
    keccakCalls.count = 0
    computeLogsTree(WORKED.logs)
    expect(keccakCalls.count).toBe(19)
    keccakCalls.count = 0
    getLogProof(WORKED.logs, 2)
    expect(keccakCalls.count).toBe(19)
  })

  it('out-of-range ids are refused', () => {
    expect(() => getLogProof(WORKED.logs, 3)).toThrow(RangeError)
    expect(() => getLogProof(WORKED.logs, -1)).toThrow(RangeError)
    expect(() => getLogProof(WORKED.logs, 0.5)).toThrow(RangeError)
  })
})

describe('zksync-rpc.md §5.4: one ETH withdrawal alone in its batch', () => {
  const message =
    '0x6c0960f936615cf349d7f6344891b1e7ca7c72883f5dc04900000000000000000000000000000000000000000000000000000001a13b8600'
  const log: L2ToL1Log = {
    shardId: 0,
    isService: true,
    txNumberInBatch: 3,
    sender: L1_MESSENGER_ADDRESS,
    key: pad('0x800a'),
    value: keccak256(message),
  }

  it('leaf, roots and proof', () => {
    expect(log.value).toBe('0x0bc337b42226405c56d0c4db2bd874946831bd2b0b00e51e72d0cf430165fe7f')
    expect(l2ToL1LogLeaf(log)).toBe(
      '0xc11e5d5771973fb5fc24d81e711517e70a50e7fd7ef664d7542053a72f0adc51',
    )
    const tree = computeLogsTree([log])
    expect(tree.localRoot).toBe(
      '0xaf6576642d538a934e9b8624c3cd2170844c596fc29453d3ec51ab82e247bf11',
    )
    expect(tree.fullRoot).toBe('0x96b09b4f8956bbdb2830232ea5c6bf20a38001076f2f40f899997a30154789b6')
    const { id, proof, root } = getLogProof([log], 0)
    expect(id).toBe(0)
    expect(root).toBe(tree.fullRoot)
    // siblings of the only leaf are the empty subtrees z0…z13
    expect(proof).toEqual([
      LOG_PROOF_METADATA,
      ...EMPTY_SUBTREE_HASHES.slice(0, 14),
      AGGREGATED_ROOT,
    ])
    expect(proveL2LeafInclusion(root, 0, l2ToL1LogLeaf(log), proof)).toBe(true)
  })

  it('a non-zero aggregated root lands in the proof and the root', () => {
    const aggregated = '0x46700b4d40ac5c35af2c22dda2787a91eb567b06c924a8fb8ae9a05b20c08c21'
    const tree = computeLogsTree([log], aggregated)
    expect(tree.localRoot).toBe(
      '0xaf6576642d538a934e9b8624c3cd2170844c596fc29453d3ec51ab82e247bf11',
    )
    expect(tree.fullRoot).toBe(keccak256(concatHex([tree.localRoot, aggregated])))
    const { proof, root } = getLogProof([log], 0, aggregated)
    expect(proof[15]).toBe(aggregated)
    expect(root).toBe(tree.fullRoot)
    expect(proveL2LeafInclusion(root, 0, l2ToL1LogLeaf(log), proof)).toBe(true)
  })
})

// ---- properties ----

const hex32 = fc
  .uint8Array({ minLength: 32, maxLength: 32 })
  .map((b) => Buffer.from(b).toString('hex'))
const logArb: fc.Arbitrary<L2ToL1Log> = fc.record({
  shardId: fc.integer({ min: 0, max: 255 }),
  isService: fc.boolean(),
  txNumberInBatch: fc.integer({ min: 0, max: 65_535 }),
  sender: fc.constantFrom<Address>(L1_MESSENGER_ADDRESS, BOOTLOADER_ADDRESS),
  key: hex32.map((h) => `0x${h}` as Hex),
  value: hex32.map((h) => `0x${h}` as Hex),
})

describe('properties', () => {
  it('every proof of a random batch verifies against fullRoot with the Solidity port', () => {
    fc.assert(
      fc.property(fc.array(logArb, { minLength: 1, maxLength: 70 }), (logs) => {
        const { fullRoot } = computeLogsTree(logs)
        for (let id = 0; id < logs.length; id++) {
          const { proof, root } = getLogProof(logs, id)
          expect(root).toBe(fullRoot)
          expect(proof).toHaveLength(16)
          expect(
            proveL2LeafInclusion(fullRoot, id, l2ToL1LogLeaf(logs[id] as L2ToL1Log), proof),
          ).toBe(true)
        }
      }),
      { numRuns: 60 },
    )
  })

  it('the shortcut tree equals the full 16 384-leaf tree', () => {
    fc.assert(
      fc.property(fc.array(logArb, { minLength: 0, maxLength: 40 }), (logs) => {
        expect(computeLogsTree(logs).localRoot).toBe(naiveLocalRoot(logs))
      }),
      { numRuns: 4 },
    )
  })

  it('a full batch of 16 384 logs works, one more is refused', () => {
    const logs = Array.from({ length: L2_TO_L1_LOGS_TREE_LEAVES }, (_, i) => ({
      ...WORKED.logs[1],
      txNumberInBatch: i % 65_536,
      value: pad(`0x${(i + 1).toString(16)}`),
    }))
    const { localRoot, fullRoot } = computeLogsTree(logs)
    expect(localRoot).toBe(naiveLocalRoot(logs))
    const last = getLogProof(logs, logs.length - 1)
    expect(
      proveL2LeafInclusion(
        fullRoot,
        logs.length - 1,
        l2ToL1LogLeaf(logs.at(-1) as L2ToL1Log),
        last.proof,
      ),
    ).toBe(true)
    expect(() => computeLogsTree([...logs, logs[0] as L2ToL1Log])).toThrow(
      /too many L2→L1 logs for one batch: 16385/,
    )
  })
})
