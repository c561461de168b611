// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {L2_BRIDGEHUB_ADDR, L2_NATIVE_TOKEN_VAULT_ADDR, L2_TO_L1_MESSENGER_ADDR} from "../common/Config.sol";
import {
    AlreadyInitialized,
    AmountMustBeGreaterThanZero,
    AssetIdNotSupported,
    InvalidCaller,
    TokenNotLegacy,
    Unauthorized
} from "../common/Errors.sol";
import {IAssetHandler, IBridgedStandardToken, IL1Messenger, INativeTokenVault} from "../common/Interfaces.sol";
import {AddressAliasHelper, DataEncoding, ReentrancyGuard} from "../common/Libraries.sol";

interface IL2NativeTokenVaultView {
    function assetId(address _token) external view returns (bytes32);
    function originChainId(bytes32 _assetId) external view returns (uint256);
    function l2TokenAddress(address _l1Token) external view returns (address);
    function calculateCreate2TokenAddress(uint256 _originChainId, address _originToken) external view returns (address);
}

/// @notice L2AssetRouter at 0x…10003 (zksync-contracts.md §5.3): the L2 end of deposits (called by the aliased
/// L1 asset router) and the start of ERC-20 withdrawals. Storage only, set once by `initialize`.
/// Like the real contract it has no `l1SharedBridge()`.
contract L2AssetRouter is ReentrancyGuard {
    bool private _initialized;
    uint256 public L1_CHAIN_ID;
    address public L1_ASSET_ROUTER;
    bytes32 public BASE_TOKEN_ASSET_ID;
    mapping(bytes32 assetId => address handler) public assetHandlerAddress;
    mapping(bytes32 assetId => address tracker) public assetDeploymentTracker;

    event WithdrawalInitiatedAssetRouter(
        uint256 chainId, address indexed l2Sender, bytes32 indexed assetId, bytes assetData
    );
    event DepositFinalizedAssetRouter(uint256 indexed chainId, bytes32 indexed assetId, bytes assetData);
    event AssetHandlerRegistered(bytes32 indexed assetId, address indexed _assetHandlerAddress);
    event AssetDeploymentTrackerRegistered(
        bytes32 indexed assetId, bytes32 indexed additionalData, address assetDeploymentTracker
    );

    /// @dev The L1 asset router, aliased (priority transactions), or this contract (legacy entry).
    modifier onlyAssetRouterCounterpartOrSelf() {
        if (msg.sender != address(this) && AddressAliasHelper.undoL1ToL2Alias(msg.sender) != L1_ASSET_ROUTER) {
            revert InvalidCaller(msg.sender);
        }
        _;
    }

    modifier onlyAssetRouterCounterpart() {
        if (AddressAliasHelper.undoL1ToL2Alias(msg.sender) != L1_ASSET_ROUTER) revert InvalidCaller(msg.sender);
        _;
    }

    /// @notice One-time setup after the code is placed with anvil_setCode.
    function initialize(uint256 _l1ChainId, address _l1AssetRouter, bytes32 _baseTokenAssetId) external {
        if (_initialized) revert AlreadyInitialized();
        _initialized = true;
        L1_CHAIN_ID = _l1ChainId;
        L1_ASSET_ROUTER = _l1AssetRouter;
        BASE_TOKEN_ASSET_ID = _baseTokenAssetId;
        _setAssetHandler(_baseTokenAssetId, L2_NATIVE_TOKEN_VAULT_ADDR);
    }

    function l1Bridge() external view returns (address) {
        return L1_ASSET_ROUTER;
    }

    function BRIDGE_HUB() external pure returns (address) {
        return L2_BRIDGEHUB_ADDR;
    }

    function L2_LEGACY_SHARED_BRIDGE() external pure returns (address) {
        return address(0);
    }

    function setAssetHandlerAddressThisChain(bytes32 _assetRegistrationData, address _assetHandlerAddress) external {
        bool senderIsNTV = msg.sender == L2_NATIVE_TOKEN_VAULT_ADDR;
        bytes32 assetId = DataEncoding.encodeAssetId(block.chainid, _assetRegistrationData, msg.sender);
        if (!senderIsNTV && msg.sender != assetDeploymentTracker[assetId]) revert Unauthorized(msg.sender);
        _setAssetHandler(assetId, _assetHandlerAddress);
        assetDeploymentTracker[assetId] = msg.sender;
        emit AssetDeploymentTrackerRegistered(assetId, _assetRegistrationData, msg.sender);
    }

    function _setAssetHandler(bytes32 _assetId, address _handler) internal {
        assetHandlerAddress[_assetId] = _handler;
        emit AssetHandlerRegistered(_assetId, _handler);
    }

    // ---------------------------------------------------------------- deposits

    /// @notice Finalizes a deposit from L1. `_transferData` = abi.encode(originalCaller, receiver, originToken,
    /// amount, erc20Metadata).
    function finalizeDeposit(uint256, bytes32 _assetId, bytes calldata _transferData)
        public
        payable
        onlyAssetRouterCounterpartOrSelf
        nonReentrant
    {
        if (_assetId == BASE_TOKEN_ASSET_ID) revert AssetIdNotSupported(_assetId);
        address handler = assetHandlerAddress[_assetId];
        if (handler == address(0)) {
            handler = L2_NATIVE_TOKEN_VAULT_ADDR;
            _setAssetHandler(_assetId, handler);
        }
        IAssetHandler(handler).bridgeMint{value: msg.value}(L1_CHAIN_ID, _assetId, _transferData);
        emit DepositFinalizedAssetRouter(L1_CHAIN_ID, _assetId, _transferData);
    }

    /// @notice Legacy deposit entry: the L2 calldata of deposits of L1-native tokens (what the SDKs decode to
    /// claim failed deposits, and the target of their gas estimation).
    function finalizeDeposit(
        address _l1Sender,
        address _l2Receiver,
        address _l1Token,
        uint256 _amount,
        bytes calldata _data
    ) external payable onlyAssetRouterCounterpart {
        bytes32 assetId = DataEncoding.encodeNTVAssetId(L1_CHAIN_ID, _l1Token);
        bytes memory data = DataEncoding.encodeBridgeMintData(_l1Sender, _l2Receiver, _l1Token, _amount, _data);
        this.finalizeDeposit{value: msg.value}(L1_CHAIN_ID, assetId, data);
    }

    // ---------------------------------------------------------------- withdrawals

    /// @notice Withdraws any NTV asset. `_assetData` = abi.encode(amount, l1Receiver, l2Token). Tokens native to
    /// this L2 are registered on their first withdrawal and locked in the vault (approve 0x…10004 first).
    function withdraw(bytes32 _assetId, bytes memory _assetData) public nonReentrant returns (bytes32) {
        return _withdrawSender(_assetId, _assetData, msg.sender);
    }

    /// @notice Withdraws a token bridged from L1 (legacy-style entry used by the SDKs).
    function withdraw(address _l1Receiver, address _l2Token, uint256 _amount) external nonReentrant {
        if (_amount == 0) revert AmountMustBeGreaterThanZero();
        address l1Token = l1TokenAddress(_l2Token);
        if (l1Token == address(0)) revert TokenNotLegacy();
        bytes32 assetId = DataEncoding.encodeNTVAssetId(L1_CHAIN_ID, l1Token);
        _withdrawSender(assetId, DataEncoding.encodeBridgeBurnData(_amount, _l1Receiver, _l2Token), msg.sender);
    }

    /// @dev Message: finalizeDeposit selector 0x9c884fd1 ‖ block.chainid ‖ assetId ‖ bridgeMintData, sent by 0x…10003.
    function _withdrawSender(bytes32 _assetId, bytes memory _assetData, address _sender) internal returns (bytes32) {
        if (_assetId == BASE_TOKEN_ASSET_ID) revert AssetIdNotSupported(_assetId);
        address handler = assetHandlerAddress[_assetId];
        if (handler == address(0)) {
            // First withdrawal of a token native to this L2: the vault registers it (and us as its router).
            INativeTokenVault(L2_NATIVE_TOKEN_VAULT_ADDR).tryRegisterTokenFromBurnData(_assetData, _assetId);
            handler = L2_NATIVE_TOKEN_VAULT_ADDR;
        }
        bytes memory bridgeMintData = IAssetHandler(handler).bridgeBurn(L1_CHAIN_ID, 0, _assetId, _sender, _assetData);
        bytes memory message = abi.encodePacked(bytes4(0x9c884fd1), block.chainid, _assetId, bridgeMintData);
        bytes32 hash = IL1Messenger(L2_TO_L1_MESSENGER_ADDR).sendToL1(message);
        emit WithdrawalInitiatedAssetRouter(L1_CHAIN_ID, _sender, _assetId, _assetData);
        return hash;
    }

    // ---------------------------------------------------------------- token addresses

    /// @notice The L1 address of a token bridged from L1; 0 otherwise (also for the base token 0x…800a).
    function l1TokenAddress(address _l2Token) public view returns (address) {
        IL2NativeTokenVaultView ntv = IL2NativeTokenVaultView(L2_NATIVE_TOKEN_VAULT_ADDR);
        bytes32 assetId = ntv.assetId(_l2Token);
        if (assetId == bytes32(0)) return address(0);
        if (ntv.originChainId(assetId) != L1_CHAIN_ID) return address(0);
        return IBridgedStandardToken(_l2Token).originToken();
    }

    /// @notice The L2 address of an L1 token, deployed or not yet.
    function l2TokenAddress(address _l1Token) public view returns (address) {
        return IL2NativeTokenVaultView(L2_NATIVE_TOKEN_VAULT_ADDR).l2TokenAddress(_l1Token);
    }
}
