// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {L2_ASSET_ROUTER_ADDR} from "../common/Config.sol";
import {AlreadyInitialized, AssetIdNotSupported} from "../common/Errors.sol";
import {IERC20} from "../common/Interfaces.sol";
import {DataEncoding, SafeERC20} from "../common/Libraries.sol";
import {NativeTokenVaultBase} from "../common/NativeTokenVaultBase.sol";

/// @notice L2NativeTokenVault at 0x…10004 (zksync-contracts.md §5.4). Deploys a `BridgedStandardERC20` with EVM
/// CREATE2 (salt = the L1 token address for L1 tokens, keccak256(abi.encode(originChainId, token)) otherwise) on the
/// first deposit of a token. No chain-balance tracking on L2s. Storage only, set once by `initialize`.
contract L2NativeTokenVault is NativeTokenVaultBase {
    using SafeERC20 for IERC20;

    bool private _initialized;
    uint256 private _l1ChainId;
    bytes32 private _baseTokenAssetId;

    /// @notice One-time setup after the code is placed with anvil_setCode.
    function initialize(uint256 _l1ChainIdValue, bytes32 _baseTokenAssetIdValue) external {
        if (_initialized) revert AlreadyInitialized();
        _initialized = true;
        _l1ChainId = _l1ChainIdValue;
        _baseTokenAssetId = _baseTokenAssetIdValue;
    }

    function ASSET_ROUTER() public pure override returns (address) {
        return L2_ASSET_ROUTER_ADDR;
    }

    function L1_CHAIN_ID() public view override returns (uint256) {
        return _l1ChainId;
    }

    /// @notice keccak256(abi.encode(L1 chain id, 0x…10004, base token's L1 address)).
    function BASE_TOKEN_ASSET_ID() public view override returns (bytes32) {
        return _baseTokenAssetId;
    }

    /// @notice No legacy L2 shared bridge on the devnet.
    function L2_LEGACY_SHARED_BRIDGE() external pure returns (address) {
        return address(0);
    }

    /// @notice The L2 token of an L1 token: the deployed one, else where it will be deployed.
    /// @dev Like the real vault: zero until the token's first deposit deploys it on L2 (the address
    /// it will get is `calculateCreate2TokenAddress`).
    function l2TokenAddress(address _l1Token) public view returns (address token) {
        token = tokenAddress[DataEncoding.encodeNTVAssetId(_l1ChainId, _l1Token)];
    }

    function _handleChainBalanceIncrease(uint256, bytes32, uint256, bool) internal override {}

    function _handleChainBalanceDecrease(uint256, bytes32, uint256, bool) internal override {}

    function _withdrawFunds(bytes32 _assetId, address _to, address _token, uint256 _amount) internal override {
        if (_assetId == _baseTokenAssetId) revert AssetIdNotSupported(_assetId);
        IERC20(_token).safeTransfer(_to, _amount);
    }

    function _preDeposit(bytes32, uint256, address) internal pure override returns (bool) {
        return false;
    }

    function _getCreate2Salt(uint256 _originChainId, address _originToken) internal view override returns (bytes32) {
        return _originChainId == _l1ChainId
            ? bytes32(uint256(uint160(_originToken)))
            : keccak256(abi.encode(_originChainId, _originToken));
    }
}
