// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

// Constants and shared data structures of the Ferry devnet contracts.
// Values and layouts follow zkSync protocol v26–v29 (see shared/reference/zksync-contracts.md §2, §6, §12).

/// @dev ETH inside the contracts (asset ids, Bridgehub.baseToken, native token vaults).
address constant ETH_TOKEN_ADDRESS = address(1);

// ---- fixed L2 addresses ----
address constant L2_BOOTLOADER_ADDRESS = address(0x8001);
address constant L2_TO_L1_MESSENGER_ADDR = address(0x8008);
address constant L2_BASE_TOKEN_ADDR = address(0x800a);
address constant L2_BRIDGEHUB_ADDR = address(0x10002);
address constant L2_ASSET_ROUTER_ADDR = address(0x10003);
address constant L2_NATIVE_TOKEN_VAULT_ADDR = address(0x10004);

// ---- priority requests and fees ----
uint256 constant REQUIRED_L2_GAS_PRICE_PER_PUBDATA = 800;
uint256 constant PRIORITY_OPERATION_L2_TX_TYPE = 255;
uint256 constant PRIORITY_EXPIRATION = 0;
uint256 constant MAX_NEW_FACTORY_DEPS = 64;
uint256 constant L1_GAS_PER_PUBDATA_BYTE = 17;
uint256 constant TX_SLOT_OVERHEAD_L2_GAS = 10_000;
uint256 constant MEMORY_OVERHEAD_GAS = 10;
uint256 constant L1_TX_INTRINSIC_L2_GAS = 167_157;
uint256 constant L1_TX_INTRINSIC_PUBDATA = 88;
uint256 constant L1_TX_MIN_L2_GAS_BASE = 173_484;
uint256 constant L1_TX_DELTA_544_ENCODING_BYTES = 1656;
uint256 constant L1_TX_DELTA_FACTORY_DEPS_L2_GAS = 2473;
uint256 constant L1_TX_DELTA_FACTORY_DEPS_PUBDATA = 64;

// ---- L2 -> L1 logs ----
uint256 constant L2_TO_L1_LOG_SERIALIZE_SIZE = 88;
uint256 constant L2_LOG_ADDRESS_OFFSET = 4;
uint256 constant L2_LOG_KEY_OFFSET = 24;
uint256 constant L2_LOG_VALUE_OFFSET = 56;
uint256 constant L2_TO_L1_LOGS_TREE_ROOT_KEY = 0;
/// @dev keccak256 of 88 zero bytes: the padding leaf of the L2 -> L1 logs tree.
bytes32 constant L2_L1_LOGS_TREE_DEFAULT_LEAF_HASH = 0x72abee45b59e344af8a6e520241c4744aff26ed411f4c4b00f8af09adada43ba;
uint256 constant SUPPORTED_PROOF_METADATA_VERSION = 1;

/// @dev keccak256("")
bytes32 constant EMPTY_STRING_KECCAK = 0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470;

// ---- bridging ----
bytes32 constant TWO_BRIDGES_MAGIC_VALUE = bytes32(uint256(keccak256("TWO_BRIDGES_MAGIC_VALUE")) - 1);
address constant BRIDGEHUB_MIN_SECOND_BRIDGE_ADDRESS = address(uint160(type(uint16).max));
bytes1 constant LEGACY_ENCODING_VERSION = 0x00;
bytes1 constant NEW_ENCODING_VERSION = 0x01;
bytes1 constant SET_ASSET_HANDLER_COUNTERPART_ENCODING_VERSION = 0x02;

/// @dev Version byte of the v29 commit/prove/execute payloads.
uint8 constant SUPPORTED_BATCH_ENCODING_VERSION = 1;

enum PubdataPricingMode {
    Rollup,
    Validium
}

enum TxStatus {
    Failure,
    Success
}

struct FeeParams {
    PubdataPricingMode pubdataPricingMode;
    uint32 batchOverheadL1Gas;
    uint32 maxPubdataPerBatch;
    uint32 maxL2GasPerBatch;
    uint32 priorityTxMaxPubdata;
    uint64 minimalL2GasPrice;
}

/// @dev The L1 -> L2 transaction as the L2 sees it; its keccak256(abi.encode(..)) is the canonical L2 hash.
struct L2CanonicalTransaction {
    uint256 txType;
    uint256 from;
    uint256 to;
    uint256 gasLimit;
    uint256 gasPerPubdataByteLimit;
    uint256 maxFeePerGas;
    uint256 maxPriorityFeePerGas;
    uint256 paymaster;
    uint256 nonce;
    uint256 value;
    uint256[4] reserved;
    bytes data;
    bytes signature;
    uint256[] factoryDeps;
    bytes paymasterInput;
    bytes reservedDynamic;
}

struct BridgehubL2TransactionRequest {
    address sender;
    address contractL2;
    uint256 mintValue;
    uint256 l2Value;
    bytes l2Calldata;
    uint256 l2GasLimit;
    uint256 l2GasPerPubdataByteLimit;
    bytes[] factoryDeps;
    address refundRecipient;
}

struct L2TransactionRequestDirect {
    uint256 chainId;
    uint256 mintValue;
    address l2Contract;
    uint256 l2Value;
    bytes l2Calldata;
    uint256 l2GasLimit;
    uint256 l2GasPerPubdataByteLimit;
    bytes[] factoryDeps;
    address refundRecipient;
}

struct L2TransactionRequestTwoBridgesOuter {
    uint256 chainId;
    uint256 mintValue;
    uint256 l2Value;
    uint256 l2GasLimit;
    uint256 l2GasPerPubdataByteLimit;
    address refundRecipient;
    address secondBridgeAddress;
    uint256 secondBridgeValue;
    bytes secondBridgeCalldata;
}

struct L2TransactionRequestTwoBridgesInner {
    bytes32 magicValue;
    address l2Contract;
    bytes l2Calldata;
    bytes[] factoryDeps;
    bytes32 txDataHash;
}

struct L2Message {
    uint16 txNumberInBatch;
    address sender;
    bytes data;
}

struct L2Log {
    uint8 l2ShardId;
    bool isService;
    uint16 txNumberInBatch;
    address sender;
    bytes32 key;
    bytes32 value;
}

struct FinalizeL1DepositParams {
    uint256 chainId;
    uint256 l2BatchNumber;
    uint256 l2MessageIndex;
    address l2Sender;
    uint16 l2TxNumberInBatch;
    bytes message;
    bytes32[] merkleProof;
}

struct StoredBatchInfo {
    uint64 batchNumber;
    bytes32 batchHash;
    uint64 indexRepeatedStorageChanges;
    uint256 numberOfLayer1Txs;
    bytes32 priorityOperationsHash;
    bytes32 dependencyRootsRollingHash;
    bytes32 l2LogsTreeRoot;
    uint256 timestamp;
    bytes32 commitment;
}

struct CommitBatchInfo {
    uint64 batchNumber;
    uint64 timestamp;
    uint64 indexRepeatedStorageChanges;
    bytes32 newStateRoot;
    uint256 numberOfLayer1Txs;
    bytes32 priorityOperationsHash;
    bytes32 bootloaderHeapInitialContentsHash;
    bytes32 eventsQueueStateHash;
    bytes systemLogs;
    bytes operatorDAInput;
}

struct PriorityOpsBatchInfo {
    bytes32[] leftPath;
    bytes32[] rightPath;
    bytes32[] itemHashes;
}

struct InteropRoot {
    uint256 chainId;
    uint256 blockOrBatchNumber;
    bytes32[] sides;
}
