// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {BridgedStandardERC20} from "./BridgedStandardERC20.sol";
import {
    AddressMismatch,
    AmountMustBeGreaterThanZero,
    AssetIdAlreadyRegistered,
    AssetIdMismatch,
    DeployingBridgedTokenForNativeToken,
    EmptyDeposit,
    EmptyToken,
    NonEmptyMsgValue,
    TokensWithFeesNotSupported,
    Unauthorized,
    ValueMismatch,
    ZeroAddress
} from "./Errors.sol";
import {IAssetRouterRegistry, IBridgedStandardToken, IERC20} from "./Interfaces.sol";
import {DataEncoding, SafeERC20} from "./Libraries.sol";

/// @notice Native token vault logic shared by L1 (0x…NTV) and L2 (0x…10004): it locks tokens native to its
/// chain and mints/burns `BridgedStandardERC20`s for tokens native elsewhere (zksync-contracts.md §4.5, §5.4).
/// Storage only (no immutables), so the L2 instance works when placed with anvil_setCode.
abstract contract NativeTokenVaultBase {
    using SafeERC20 for IERC20;

    mapping(bytes32 assetId => address token) public tokenAddress;
    mapping(address token => bytes32 assetId) public assetId;
    mapping(bytes32 assetId => uint256 chainId) public originChainId;

    event BridgeBurn(
        uint256 indexed chainId, bytes32 indexed assetId, address indexed sender, address receiver, uint256 amount
    );
    event BridgeMint(uint256 indexed chainId, bytes32 indexed assetId, address receiver, uint256 amount);

    modifier onlyAssetRouter() {
        if (msg.sender != ASSET_ROUTER()) revert Unauthorized(msg.sender);
        _;
    }

    // ---------------------------------------------------------------- chain-specific hooks

    function ASSET_ROUTER() public view virtual returns (address);

    function L1_CHAIN_ID() public view virtual returns (uint256);

    function BASE_TOKEN_ASSET_ID() public view virtual returns (bytes32);

    function WETH_TOKEN() external pure returns (address) {
        return address(0);
    }

    function _handleChainBalanceIncrease(uint256 _chainId, bytes32 _assetId, uint256 _amount, bool _isNative)
        internal
        virtual;

    function _handleChainBalanceDecrease(uint256 _chainId, bytes32 _assetId, uint256 _amount, bool _isNative)
        internal
        virtual;

    function _withdrawFunds(bytes32 _assetId, address _to, address _token, uint256 _amount) internal virtual;

    /// @dev Returns true when the funds were already moved into the vault by someone else (the L1 asset router).
    function _preDeposit(bytes32 _assetId, uint256 _amount, address _originalCaller) internal virtual returns (bool);

    function _getCreate2Salt(uint256 _originChainId, address _originToken) internal view virtual returns (bytes32);

    // ---------------------------------------------------------------- registration

    /// @notice Registers a token native to this chain (permissionless).
    function registerToken(address _nativeToken) external {
        _registerToken(_nativeToken);
    }

    function ensureTokenIsRegistered(address _nativeToken) public returns (bytes32 tokenAssetId) {
        tokenAssetId = assetId[_nativeToken];
        if (tokenAssetId == bytes32(0)) tokenAssetId = _registerToken(_nativeToken);
    }

    /// @notice Registers the token named in `_burnData` (abi.encode(amount, receiver, token)) on its first deposit.
    function tryRegisterTokenFromBurnData(bytes calldata _burnData, bytes32 _expectedAssetId) external {
        (,, address token) = DataEncoding.decodeBridgeBurnData(_burnData);
        if (token == address(0)) revert ZeroAddress();
        if (assetId[token] != bytes32(0)) revert AssetIdAlreadyRegistered();
        bytes32 newAssetId = _registerToken(token);
        if (newAssetId != _expectedAssetId) revert AssetIdMismatch(_expectedAssetId, newAssetId);
    }

    function getAssetId(uint256 _chainId, address _token) external pure returns (bytes32) {
        return DataEncoding.encodeNTVAssetId(_chainId, _token);
    }

    function getERC20Getters(address _token, uint256 _originChainId) public view returns (bytes memory) {
        return DataEncoding.getERC20Getters(_token, _originChainId);
    }

    /// @notice Origin chain id of token metadata (the legacy format means L1).
    function tokenDataOriginChainId(bytes calldata _erc20Data) public view returns (uint256 chainId) {
        (chainId,,,) = DataEncoding.decodeTokenData(_erc20Data);
        if (chainId == 0) chainId = L1_CHAIN_ID();
    }

    /// @notice Where this vault deploys (or deployed) the bridged token of `_originToken` from `_originChainId`.
    function calculateCreate2TokenAddress(uint256 _originChainId, address _originToken) public view returns (address) {
        bytes32 salt = _getCreate2Salt(_originChainId, _originToken);
        bytes32 initCodeHash = keccak256(type(BridgedStandardERC20).creationCode);
        return address(uint160(uint256(keccak256(abi.encodePacked(bytes1(0xff), address(this), salt, initCodeHash)))));
    }

    function _registerToken(address _nativeToken) internal returns (bytes32) {
        if (_nativeToken.code.length == 0) revert EmptyToken();
        if (assetId[_nativeToken] != bytes32(0)) revert AssetIdAlreadyRegistered();
        return _unsafeRegisterNativeToken(_nativeToken);
    }

    function _unsafeRegisterNativeToken(address _nativeToken) internal returns (bytes32 newAssetId) {
        newAssetId = DataEncoding.encodeNTVAssetId(block.chainid, _nativeToken);
        tokenAddress[newAssetId] = _nativeToken;
        assetId[_nativeToken] = newAssetId;
        originChainId[newAssetId] = block.chainid;
        IAssetRouterRegistry(ASSET_ROUTER()).setAssetHandlerAddressThisChain(
            bytes32(uint256(uint160(_nativeToken))), address(this)
        );
    }

    // ---------------------------------------------------------------- mint (funds arriving on this chain)

    /// @param _data bridgeMintData = abi.encode(originalCaller, receiver, originToken, amount, erc20Metadata)
    function bridgeMint(uint256 _chainId, bytes32 _assetId, bytes calldata _data) external payable onlyAssetRouter {
        if (msg.value != 0) revert NonEmptyMsgValue();
        address receiver;
        uint256 amount;
        if (originChainId[_assetId] == block.chainid) {
            (receiver, amount) = _bridgeMintNativeToken(_chainId, _assetId, _data);
        } else {
            (receiver, amount) = _bridgeMintBridgedToken(_chainId, _assetId, _data);
        }
        emit BridgeMint(_chainId, _assetId, receiver, amount);
    }

    function _bridgeMintNativeToken(uint256 _chainId, bytes32 _assetId, bytes calldata _data)
        internal
        returns (address receiver, uint256 amount)
    {
        (, receiver,, amount,) = DataEncoding.decodeBridgeMintData(_data);
        _handleChainBalanceDecrease(_chainId, _assetId, amount, true);
        _withdrawFunds(_assetId, receiver, tokenAddress[_assetId], amount);
    }

    function _bridgeMintBridgedToken(uint256 _chainId, bytes32 _assetId, bytes calldata _data)
        internal
        returns (address receiver, uint256 amount)
    {
        address originToken;
        bytes memory erc20Data;
        (, receiver, originToken, amount, erc20Data) = DataEncoding.decodeBridgeMintData(_data);
        address token = tokenAddress[_assetId];
        if (token == address(0)) token = _deployBridgedToken(_assetId, originToken, erc20Data);
        _handleChainBalanceDecrease(_chainId, _assetId, amount, false);
        IBridgedStandardToken(token).bridgeMint(receiver, amount);
    }

    function _deployBridgedToken(bytes32 _assetId, address _originToken, bytes memory _erc20Data)
        internal
        returns (address token)
    {
        uint256 tokenOriginChainId = DataEncoding.tokenDataChainId(_erc20Data);
        if (tokenOriginChainId == 0) tokenOriginChainId = L1_CHAIN_ID();
        bytes32 expectedAssetId = DataEncoding.encodeNTVAssetId(tokenOriginChainId, _originToken);
        if (_assetId != expectedAssetId) revert AssetIdMismatch(expectedAssetId, _assetId);
        if (tokenOriginChainId == block.chainid) revert DeployingBridgedTokenForNativeToken();
        address expectedToken = calculateCreate2TokenAddress(tokenOriginChainId, _originToken);
        token = address(new BridgedStandardERC20{salt: _getCreate2Salt(tokenOriginChainId, _originToken)}());
        if (token != expectedToken) revert AddressMismatch(expectedToken, token);
        BridgedStandardERC20(token).bridgeInitialize(_assetId, _originToken, _erc20Data);
        originChainId[_assetId] = tokenOriginChainId;
        tokenAddress[_assetId] = token;
        assetId[token] = _assetId;
    }

    // ---------------------------------------------------------------- burn (funds leaving this chain)

    /// @param _data bridgeBurnData = abi.encode(amount, receiver, token); token 0 = resolve from the asset id.
    /// @return _bridgeMintData what the counterpart vault's bridgeMint receives.
    function bridgeBurn(
        uint256 _chainId,
        uint256 _l2MsgValue,
        bytes32 _assetId,
        address _originalCaller,
        bytes calldata _data
    ) external payable onlyAssetRouter returns (bytes memory _bridgeMintData) {
        if (_l2MsgValue != 0) revert NonEmptyMsgValue();
        (uint256 amount, address receiver, address token) = DataEncoding.decodeBridgeBurnData(_data);
        if (token == address(0)) token = tokenAddress[_assetId];
        if (token == address(0)) revert ZeroAddress();
        bytes32 storedAssetId = assetId[token];
        if (storedAssetId != _assetId) revert AssetIdMismatch(storedAssetId, _assetId);

        if (originChainId[_assetId] == block.chainid) {
            _bridgeMintData = _bridgeBurnNativeToken(_chainId, _assetId, _originalCaller, amount, receiver, token);
        } else {
            _bridgeMintData = _bridgeBurnBridgedToken(_chainId, _assetId, _originalCaller, amount, receiver, token);
        }
    }

    function _bridgeBurnNativeToken(
        uint256 _chainId,
        bytes32 _assetId,
        address _originalCaller,
        uint256 _amount,
        address _receiver,
        address _token
    ) internal returns (bytes memory) {
        if (_assetId == BASE_TOKEN_ASSET_ID()) {
            if (_amount != msg.value) revert ValueMismatch(_amount, msg.value);
        } else {
            if (msg.value != 0) revert NonEmptyMsgValue();
            if (!_preDeposit(_assetId, _amount, _originalCaller)) {
                uint256 balanceBefore = IERC20(_token).balanceOf(address(this));
                IERC20(_token).safeTransferFrom(_originalCaller, address(this), _amount);
                if (IERC20(_token).balanceOf(address(this)) - balanceBefore != _amount) {
                    revert TokensWithFeesNotSupported();
                }
            }
        }
        if (_amount == 0) revert EmptyDeposit();
        _handleChainBalanceIncrease(_chainId, _assetId, _amount, true);
        emit BridgeBurn(_chainId, _assetId, _originalCaller, _receiver, _amount);
        return DataEncoding.encodeBridgeMintData(
            _originalCaller, _receiver, _token, _amount, getERC20Getters(_token, originChainId[_assetId])
        );
    }

    function _bridgeBurnBridgedToken(
        uint256 _chainId,
        bytes32 _assetId,
        address _originalCaller,
        uint256 _amount,
        address _receiver,
        address _token
    ) internal returns (bytes memory) {
        if (msg.value != 0) revert NonEmptyMsgValue();
        if (_amount == 0) revert AmountMustBeGreaterThanZero();
        IBridgedStandardToken(_token).bridgeBurn(_originalCaller, _amount);
        _handleChainBalanceIncrease(_chainId, _assetId, _amount, false);
        emit BridgeBurn(_chainId, _assetId, _originalCaller, _receiver, _amount);
        address originToken = IBridgedStandardToken(_token).originToken();
        if (originToken == address(0)) revert ZeroAddress();
        return DataEncoding.encodeBridgeMintData(
            _originalCaller, _receiver, originToken, _amount, getERC20Getters(_token, originChainId[_assetId])
        );
    }
}
