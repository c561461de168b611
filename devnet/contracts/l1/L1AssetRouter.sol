// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {
    ETH_TOKEN_ADDRESS,
    L2_ASSET_ROUTER_ADDR,
    L2_NATIVE_TOKEN_VAULT_ADDR,
    L2TransactionRequestTwoBridgesInner,
    LEGACY_ENCODING_VERSION,
    NEW_ENCODING_VERSION,
    TWO_BRIDGES_MAGIC_VALUE
} from "../common/Config.sol";
import {
    AddressAlreadySet,
    AssetHandlerDoesNotExist,
    AssetIdNotSupported,
    IncorrectTokenAddressFromNTV,
    LegacyEncodingUsedForNonL1Token,
    TokensWithFeesNotSupported,
    Unauthorized,
    UnsupportedEncodingVersion,
    ZeroAddress
} from "../common/Errors.sol";
import {
    IAssetHandler,
    IBridgehubView,
    IERC20,
    IL1AssetHandler,
    IL1Nullifier,
    INativeTokenVault
} from "../common/Interfaces.sol";
import {DataEncoding, Ownable, ReentrancyGuard, SafeERC20} from "../common/Libraries.sol";

/// @notice The L1 asset router ("shared bridge", zks_getBridgeContracts().l1SharedDefaultBridge): routes deposits
/// to asset handlers (the L1 native token vault) and receives finalized withdrawals from the L1 nullifier
/// (zksync-contracts.md §3.1–§3.3, §4.3).
contract L1AssetRouter is Ownable, ReentrancyGuard {
    using SafeERC20 for IERC20;

    address public immutable BRIDGE_HUB;
    address public immutable L1_NULLIFIER;
    uint256 public immutable L1_CHAIN_ID;
    bytes32 public immutable ETH_TOKEN_ASSET_ID;

    /// @notice The L1 native token vault.
    address public nativeTokenVault;
    mapping(bytes32 assetId => address handler) public assetHandlerAddress;
    mapping(bytes32 assetId => address tracker) public assetDeploymentTracker;
    /// @notice Devnet only: deposits announce themselves with the v24–v25 events, from the nullifier (the old
    /// shared bridge address), as before the v26 upgrade; a devnet history can thus span the upgrade.
    bool public preV26Events;

    event BridgehubDepositBaseTokenInitiated(
        uint256 indexed chainId, address indexed from, bytes32 assetId, uint256 amount
    );
    event BridgehubDepositInitiated(
        uint256 indexed chainId, bytes32 indexed txDataHash, address indexed from, bytes32 assetId, bytes bridgeMintCalldata
    );
    event AssetDeploymentTrackerRegistered(
        bytes32 indexed assetId, bytes32 indexed additionalData, address assetDeploymentTracker
    );
    event AssetHandlerRegistered(bytes32 indexed assetId, address indexed _assetHandlerAddress);
    event DepositFinalizedAssetRouter(uint256 indexed chainId, bytes32 indexed assetId, bytes assetData);
    event ClaimedFailedDepositAssetRouter(uint256 indexed chainId, bytes32 indexed assetId, bytes assetData);

    modifier onlyBridgehub() {
        if (msg.sender != BRIDGE_HUB) revert Unauthorized(msg.sender);
        _;
    }

    modifier onlyNullifier() {
        if (msg.sender != L1_NULLIFIER) revert Unauthorized(msg.sender);
        _;
    }

    constructor(address _owner, address _bridgehub, address _l1Nullifier) {
        if (_bridgehub == address(0) || _l1Nullifier == address(0)) revert ZeroAddress();
        _transferOwnership(_owner);
        BRIDGE_HUB = _bridgehub;
        L1_NULLIFIER = _l1Nullifier;
        L1_CHAIN_ID = block.chainid;
        ETH_TOKEN_ASSET_ID = DataEncoding.encodeNTVAssetId(block.chainid, ETH_TOKEN_ADDRESS);
    }

    /// @notice Devnet only (see `preV26Events`).
    function setPreV26Events(bool _on) external onlyOwner {
        preV26Events = _on;
    }

    function setNativeTokenVault(address _nativeTokenVault) external onlyOwner {
        if (nativeTokenVault != address(0)) revert AddressAlreadySet(nativeTokenVault);
        if (_nativeTokenVault == address(0)) revert ZeroAddress();
        nativeTokenVault = _nativeTokenVault;
        _setAssetHandler(ETH_TOKEN_ASSET_ID, _nativeTokenVault);
    }

    /// @notice Registers `msg.sender`'s asset; called by the native token vault for every token it registers
    /// (asset id = keccak256(abi.encode(block.chainid, 0x…10004, token))).
    function setAssetHandlerAddressThisChain(bytes32 _assetRegistrationData, address _assetHandlerAddress) external {
        bool senderIsNTV = msg.sender == nativeTokenVault;
        address sender = senderIsNTV ? L2_NATIVE_TOKEN_VAULT_ADDR : msg.sender;
        bytes32 assetId = DataEncoding.encodeAssetId(block.chainid, _assetRegistrationData, sender);
        if (!senderIsNTV && msg.sender != assetDeploymentTracker[assetId]) revert Unauthorized(msg.sender);
        _setAssetHandler(assetId, _assetHandlerAddress);
        assetDeploymentTracker[assetId] = msg.sender;
        emit AssetDeploymentTrackerRegistered(assetId, _assetRegistrationData, msg.sender);
    }

    function _setAssetHandler(bytes32 _assetId, address _handler) internal {
        assetHandlerAddress[_assetId] = _handler;
        emit AssetHandlerRegistered(_assetId, _handler);
    }

    // ---------------------------------------------------------------- deposits (called by the Bridgehub)

    /// @notice Takes the base token of a request (`mintValue`): ETH as msg.value, an ERC-20 via allowance.
    function bridgehubDepositBaseToken(uint256 _chainId, bytes32 _assetId, address _originalCaller, uint256 _amount)
        external
        payable
        onlyBridgehub
    {
        address handler = assetHandlerAddress[_assetId];
        if (handler == address(0)) revert AssetHandlerDoesNotExist(_assetId);
        IAssetHandler(handler).bridgeBurn{value: msg.value}(
            _chainId, 0, _assetId, _originalCaller, DataEncoding.encodeBridgeBurnData(_amount, address(0), address(0))
        );
        if (preV26Events) {
            address token = INativeTokenVault(nativeTokenVault).tokenAddress(_assetId);
            IL1Nullifier(L1_NULLIFIER).emitPreV26BaseTokenDeposit(_chainId, _originalCaller, token, _amount);
        } else {
            emit BridgehubDepositBaseTokenInitiated(_chainId, _originalCaller, _assetId, _amount);
        }
    }

    /// @notice Second bridge of `requestL2TransactionTwoBridges`.
    /// @param _data 0x01 ‖ abi.encode(bytes32 assetId, bytes transferData) with transferData =
    /// abi.encode(amount, l2Receiver, token), or legacy abi.encode(address l1Token, uint256 amount, address l2Receiver).
    function bridgehubDeposit(uint256 _chainId, address _originalCaller, uint256 _value, bytes calldata _data)
        external
        payable
        onlyBridgehub
        returns (L2TransactionRequestTwoBridgesInner memory request)
    {
        if (_data.length == 0) revert UnsupportedEncodingVersion();
        bytes32 assetId;
        bytes memory transferData;
        bytes1 encodingVersion = _data[0];
        if (encodingVersion == NEW_ENCODING_VERSION) {
            (assetId, transferData) = abi.decode(_data[1:], (bytes32, bytes));
        } else if (encodingVersion == LEGACY_ENCODING_VERSION) {
            (assetId, transferData) = _handleLegacyData(_data);
        } else {
            revert UnsupportedEncodingVersion();
        }
        if (IBridgehubView(BRIDGE_HUB).baseTokenAssetId(_chainId) == assetId) revert AssetIdNotSupported(assetId);

        address handler = assetHandlerAddress[assetId];
        if (handler == address(0)) {
            INativeTokenVault(nativeTokenVault).tryRegisterTokenFromBurnData(transferData, assetId);
            handler = nativeTokenVault;
        }
        bytes memory bridgeMintCalldata =
            IAssetHandler(handler).bridgeBurn{value: msg.value}(_chainId, _value, assetId, _originalCaller, transferData);

        bytes32 txDataHash = _encodeTxDataHash(encodingVersion, _originalCaller, assetId, transferData);
        request = L2TransactionRequestTwoBridgesInner({
            magicValue: TWO_BRIDGES_MAGIC_VALUE,
            l2Contract: L2_ASSET_ROUTER_ADDR,
            l2Calldata: getDepositCalldata(_originalCaller, assetId, bridgeMintCalldata),
            factoryDeps: new bytes[](0),
            txDataHash: txDataHash
        });
        if (preV26Events) _emitPreV26Deposit(_chainId, txDataHash, _originalCaller, assetId, transferData);
        else emit BridgehubDepositInitiated(_chainId, txDataHash, _originalCaller, assetId, bridgeMintCalldata);
    }

    /// @dev Devnet only (see `preV26Events`): the v24–v25 two-bridges event names the receiver, token and amount.
    function _emitPreV26Deposit(
        uint256 _chainId,
        bytes32 _txDataHash,
        address _from,
        bytes32 _assetId,
        bytes memory _transferData
    ) internal {
        (uint256 amount, address receiver,) = DataEncoding.decodeBridgeBurnData(_transferData);
        address token = INativeTokenVault(nativeTokenVault).tokenAddress(_assetId);
        IL1Nullifier(L1_NULLIFIER).emitPreV26Deposit(_chainId, _txDataHash, _from, receiver, token, amount);
    }

    function bridgehubConfirmL2Transaction(uint256 _chainId, bytes32 _txDataHash, bytes32 _txHash)
        external
        onlyBridgehub
    {
        IL1Nullifier(L1_NULLIFIER).bridgehubConfirmL2TransactionForwarded(_chainId, _txDataHash, _txHash);
    }

    /// @notice The L2 calldata of a deposit: the legacy `finalizeDeposit(address,address,address,uint256,bytes)`
    /// for L1-native NTV tokens (what the SDKs decode), else `finalizeDeposit(uint256,bytes32,bytes)`.
    function getDepositCalldata(address _sender, bytes32 _assetId, bytes memory _assetData)
        public
        view
        returns (bytes memory)
    {
        INativeTokenVault ntv = INativeTokenVault(nativeTokenVault);
        if (ntv.tokenAddress(_assetId) == address(0) || ntv.originChainId(_assetId) != block.chainid) {
            return abi.encodeWithSignature("finalizeDeposit(uint256,bytes32,bytes)", block.chainid, _assetId, _assetData);
        }
        (, address receiver, address token, uint256 amount, bytes memory metadata) =
            DataEncoding.decodeBridgeMintData(_assetData);
        return abi.encodeWithSignature(
            "finalizeDeposit(address,address,address,uint256,bytes)", _sender, receiver, token, amount, metadata
        );
    }

    /// @notice Lets the vault take an ERC-20 the user approved to this router (what the SDKs approve).
    function transferFundsToNTV(bytes32 _assetId, uint256 _amount, address _originalCaller) external returns (bool) {
        address vault = nativeTokenVault;
        if (msg.sender != vault) revert Unauthorized(msg.sender);
        address token = INativeTokenVault(vault).tokenAddress(_assetId);
        if (token == address(0) || token == ETH_TOKEN_ADDRESS) return false;
        if (IERC20(token).allowance(_originalCaller, address(this)) < _amount) return false;
        if (IERC20(token).allowance(_originalCaller, vault) >= _amount) return false;
        uint256 balanceBefore = IERC20(token).balanceOf(vault);
        IERC20(token).safeTransferFrom(_originalCaller, vault, _amount);
        if (IERC20(token).balanceOf(vault) - balanceBefore != _amount) revert TokensWithFeesNotSupported();
        return true;
    }

    function _handleLegacyData(bytes calldata _data) internal returns (bytes32 assetId, bytes memory transferData) {
        (address l1Token, uint256 amount, address l2Receiver) = abi.decode(_data, (address, uint256, address));
        assetId = INativeTokenVault(nativeTokenVault).ensureTokenIsRegistered(l1Token);
        if (assetId != DataEncoding.encodeNTVAssetId(block.chainid, l1Token)) revert LegacyEncodingUsedForNonL1Token();
        if (assetId == ETH_TOKEN_ASSET_ID && amount == 0) amount = msg.value;
        transferData = DataEncoding.encodeBridgeBurnData(amount, l2Receiver, l1Token);
    }

    function _encodeTxDataHash(bytes1 _version, address _originalCaller, bytes32 _assetId, bytes memory _transferData)
        internal
        view
        returns (bytes32)
    {
        if (_version == NEW_ENCODING_VERSION) {
            return DataEncoding.encodeTxDataHashNew(_originalCaller, _assetId, _transferData);
        }
        (uint256 amount,,) = DataEncoding.decodeBridgeBurnData(_transferData);
        address token = INativeTokenVault(nativeTokenVault).tokenAddress(_assetId);
        if (_assetId != DataEncoding.encodeNTVAssetId(block.chainid, token)) {
            revert IncorrectTokenAddressFromNTV(_assetId, token);
        }
        return DataEncoding.encodeTxDataHashLegacy(_originalCaller, token, amount);
    }

    // ---------------------------------------------------------------- withdrawals and claims (via the nullifier)

    function finalizeDeposit(uint256 _chainId, bytes32 _assetId, bytes calldata _transferData)
        external
        payable
        onlyNullifier
    {
        address handler = assetHandlerAddress[_assetId];
        if (handler == address(0)) {
            handler = nativeTokenVault;
            _setAssetHandler(_assetId, handler);
        }
        IAssetHandler(handler).bridgeMint{value: msg.value}(_chainId, _assetId, _transferData);
        emit DepositFinalizedAssetRouter(_chainId, _assetId, _transferData);
    }

    function bridgeRecoverFailedTransfer(
        uint256 _chainId,
        address _depositSender,
        bytes32 _assetId,
        bytes calldata _assetData
    ) external onlyNullifier nonReentrant {
        IL1AssetHandler(assetHandlerAddress[_assetId]).bridgeRecoverFailedTransfer(
            _chainId, _assetId, _depositSender, _assetData
        );
        emit ClaimedFailedDepositAssetRouter(_chainId, _assetId, _assetData);
    }

    /// @notice Claims a failed two-bridges deposit back (what the SDKs call); forwards to the nullifier.
    function bridgeRecoverFailedTransfer(
        uint256 _chainId,
        address _depositSender,
        bytes32 _assetId,
        bytes calldata _assetData,
        bytes32 _l2TxHash,
        uint256 _l2BatchNumber,
        uint256 _l2MessageIndex,
        uint16 _l2TxNumberInBatch,
        bytes32[] calldata _merkleProof
    ) external {
        IL1Nullifier(L1_NULLIFIER).bridgeRecoverFailedTransfer(
            _chainId,
            _depositSender,
            _assetId,
            _assetData,
            _l2TxHash,
            _l2BatchNumber,
            _l2MessageIndex,
            _l2TxNumberInBatch,
            _merkleProof
        );
    }

    /// @notice Legacy claim (only matches legacy-encoded deposits); forwards to the nullifier.
    function claimFailedDeposit(
        uint256 _chainId,
        address _depositSender,
        address _l1Token,
        uint256 _amount,
        bytes32 _l2TxHash,
        uint256 _l2BatchNumber,
        uint256 _l2MessageIndex,
        uint16 _l2TxNumberInBatch,
        bytes32[] calldata _merkleProof
    ) external {
        IL1Nullifier(L1_NULLIFIER).claimFailedDeposit(
            _chainId,
            _depositSender,
            _l1Token,
            _amount,
            _l2TxHash,
            _l2BatchNumber,
            _l2MessageIndex,
            _l2TxNumberInBatch,
            _merkleProof
        );
    }

    /// @notice Legacy finalize (reverts LegacyBridgeNotSet: the devnet has no legacy L2 bridge).
    function finalizeWithdrawal(
        uint256 _chainId,
        uint256 _l2BatchNumber,
        uint256 _l2MessageIndex,
        uint16 _l2TxNumberInBatch,
        bytes calldata _message,
        bytes32[] calldata _merkleProof
    ) external {
        IL1Nullifier(L1_NULLIFIER).finalizeWithdrawal(
            _chainId, _l2BatchNumber, _l2MessageIndex, _l2TxNumberInBatch, _message, _merkleProof
        );
    }

    function isWithdrawalFinalized(uint256 _chainId, uint256 _l2BatchNumber, uint256 _l2MessageIndex)
        external
        view
        returns (bool)
    {
        return IL1Nullifier(L1_NULLIFIER).isWithdrawalFinalized(_chainId, _l2BatchNumber, _l2MessageIndex);
    }

    // ---------------------------------------------------------------- legacy views

    /// @notice No legacy L2 bridges on the devnet.
    function l2BridgeAddress(uint256) external pure returns (address) {
        return address(0);
    }

    function L1_WETH_TOKEN() external pure returns (address) {
        return address(0);
    }
}
