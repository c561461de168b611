// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ETH_TOKEN_ADDRESS} from "../common/Config.sol";
import {
    AssetIdAlreadyRegistered,
    ClaimFailedDepositFailed,
    InsufficientChainBalance,
    NoFundsTransferred,
    NonEmptyMsgValue,
    OriginChainIdNotFound,
    WithdrawFailed,
    ZeroAddress
} from "../common/Errors.sol";
import {IBridgedStandardToken, IERC20, IL1AssetRouter} from "../common/Interfaces.sol";
import {DataEncoding, Ownable, SafeERC20} from "../common/Libraries.sol";
import {NativeTokenVaultBase} from "../common/NativeTokenVaultBase.sol";

/// @notice Holds all bridged ETH and L1 tokens, with per-chain balance accounting (zksync-contracts.md §4.5).
contract L1NativeTokenVault is NativeTokenVaultBase, Ownable {
    using SafeERC20 for IERC20;

    address private immutable _ASSET_ROUTER;
    address public immutable L1_NULLIFIER;
    bytes32 private immutable _ETH_TOKEN_ASSET_ID;

    /// @notice What each chain may still withdraw of each asset native to L1.
    mapping(uint256 chainId => mapping(bytes32 assetId => uint256 balance)) public chainBalance;

    /// @notice Devnet-only: L2 balances that exist without an L1 deposit (pre-funded L2 accounts) were backed.
    event DevnetChainBalanceSeeded(uint256 indexed chainId, bytes32 indexed assetId, uint256 amount);

    constructor(address _owner, address _assetRouter, address _l1Nullifier) {
        if (_assetRouter == address(0) || _l1Nullifier == address(0)) revert ZeroAddress();
        _transferOwnership(_owner);
        _ASSET_ROUTER = _assetRouter;
        L1_NULLIFIER = _l1Nullifier;
        _ETH_TOKEN_ASSET_ID = DataEncoding.encodeNTVAssetId(block.chainid, ETH_TOKEN_ADDRESS);
    }

    function ASSET_ROUTER() public view override returns (address) {
        return _ASSET_ROUTER;
    }

    function L1_CHAIN_ID() public view override returns (uint256) {
        return block.chainid;
    }

    /// @notice ETH's asset id: the base token of L1 itself.
    function BASE_TOKEN_ASSET_ID() public view override returns (bytes32) {
        return _ETH_TOKEN_ASSET_ID;
    }

    function registerEthToken() external {
        if (assetId[ETH_TOKEN_ADDRESS] != bytes32(0)) revert AssetIdAlreadyRegistered();
        _unsafeRegisterNativeToken(ETH_TOKEN_ADDRESS);
    }

    /// @notice Devnet-only (owner): backs L2 balances that were created without a deposit (the pre-funded dev
    /// accounts) so that withdrawing them does not revert `InsufficientChainBalance`. The caller must put the
    /// matching funds into this vault (anvil_setBalance for ETH, a mint for test tokens).
    function devnetSeedChainBalance(uint256 _chainId, bytes32 _assetId, uint256 _amount) external onlyOwner {
        chainBalance[_chainId][_assetId] += _amount;
        emit DevnetChainBalanceSeeded(_chainId, _assetId, _amount);
    }

    /// @notice Returns a failed deposit to its L1 sender (called through the asset router by the nullifier).
    /// @param _data abi.encode(amount, l2Receiver, token) as deposited.
    function bridgeRecoverFailedTransfer(uint256 _chainId, bytes32 _assetId, address _depositSender, bytes calldata _data)
        external
        payable
        onlyAssetRouter
    {
        if (msg.value != 0) revert NonEmptyMsgValue();
        (uint256 amount,,) = DataEncoding.decodeBridgeBurnData(_data);
        if (amount == 0) revert NoFundsTransferred();
        _handleChainBalanceDecrease(_chainId, _assetId, amount, false);
        address token = tokenAddress[_assetId];
        if (token == ETH_TOKEN_ADDRESS) {
            (bool ok,) = _depositSender.call{value: amount}("");
            if (!ok) revert ClaimFailedDepositFailed();
            return;
        }
        uint256 origin = originChainId[_assetId];
        if (origin == block.chainid) {
            IERC20(token).safeTransfer(_depositSender, amount);
        } else if (origin != 0) {
            IBridgedStandardToken(token).bridgeMint(_depositSender, amount);
        } else {
            revert OriginChainIdNotFound();
        }
    }

    // ---------------------------------------------------------------- hooks

    function _handleChainBalanceIncrease(uint256 _chainId, bytes32 _assetId, uint256 _amount, bool _isNative)
        internal
        override
    {
        // A token's origin chain can mint it, so its balance there is not tracked.
        if (!_isNative && originChainId[_assetId] == _chainId) return;
        chainBalance[_chainId][_assetId] += _amount;
    }

    function _handleChainBalanceDecrease(uint256 _chainId, bytes32 _assetId, uint256 _amount, bool _isNative)
        internal
        override
    {
        if (!_isNative && originChainId[_assetId] == _chainId) return;
        uint256 balance = chainBalance[_chainId][_assetId];
        if (balance < _amount) revert InsufficientChainBalance();
        chainBalance[_chainId][_assetId] = balance - _amount;
    }

    function _withdrawFunds(bytes32 _assetId, address _to, address _token, uint256 _amount) internal override {
        if (_assetId == _ETH_TOKEN_ASSET_ID) {
            (bool ok,) = _to.call{value: _amount}("");
            if (!ok) revert WithdrawFailed();
        } else {
            IERC20(_token).safeTransfer(_to, _amount);
        }
    }

    function _preDeposit(bytes32 _assetId, uint256 _amount, address _originalCaller) internal override returns (bool) {
        return IL1AssetRouter(_ASSET_ROUTER).transferFundsToNTV(_assetId, _amount, _originalCaller);
    }

    function _getCreate2Salt(uint256 _originChainId, address _originToken) internal pure override returns (bytes32) {
        return keccak256(abi.encode(_originChainId, _originToken));
    }
}
