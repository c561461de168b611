// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "./ERC20.sol";
import {AlreadyInitialized, Unauthorized} from "./Errors.sol";
import {DataEncoding} from "./Libraries.sol";

/// @notice The token a native token vault deploys (with CREATE2, salt per origin token) for an asset
/// that is native to another chain: ETH and L1 ERC-20s on an L2, L2-native tokens on L1.
/// Devnet simplification: a plain contract instead of a BeaconProxy to an upgradeable implementation;
/// the address is still `calculateCreate2TokenAddress(originChainId, originToken)` of its vault.
contract BridgedStandardERC20 is ERC20 {
    /// @notice The vault that deployed this token; the only account allowed to mint and burn.
    address public nativeTokenVault;
    /// @notice The token's address on its origin chain (0x…01 for ETH).
    address public originToken;
    bytes32 public assetId;
    /// @notice The asset router of this chain (0x…10003 on L2s).
    address public l2Bridge;
    bool private _initialized;

    event BridgeInitialize(address indexed l1Token, string name, string symbol, uint8 decimals);
    event BridgeMint(address indexed account, uint256 amount);
    event BridgeBurn(address indexed account, uint256 amount);

    modifier onlyNTV() {
        if (msg.sender != nativeTokenVault) revert Unauthorized(msg.sender);
        _;
    }

    constructor() {
        nativeTokenVault = msg.sender;
    }

    /// @param _data Token metadata: 0x01 ‖ abi.encode(originChainId, name, symbol, decimals) or the legacy
    /// abi.encode(name, symbol, decimals), each field the raw returndata of the origin token's getter.
    function bridgeInitialize(bytes32 _assetId, address _originToken, bytes calldata _data) external onlyNTV {
        if (_initialized) revert AlreadyInitialized();
        _initialized = true;
        assetId = _assetId;
        originToken = _originToken;
        (bool ok, bytes memory router) = msg.sender.staticcall(abi.encodeWithSignature("ASSET_ROUTER()"));
        if (ok && router.length == 32) l2Bridge = abi.decode(router, (address));

        (, bytes memory nameBytes, bytes memory symbolBytes, bytes memory decimalsBytes) =
            DataEncoding.decodeTokenData(_data);
        string memory name_;
        string memory symbol_;
        uint8 decimals_ = 18;
        try this.decodeString(nameBytes) returns (string memory value) {
            name_ = value;
        } catch {}
        try this.decodeString(symbolBytes) returns (string memory value) {
            symbol_ = value;
        } catch {}
        try this.decodeUint8(decimalsBytes) returns (uint8 value) {
            decimals_ = value;
        } catch {}
        _setMetadata(name_, symbol_, decimals_);
        emit BridgeInitialize(_originToken, name_, symbol_, decimals_);
    }

    function bridgeMint(address _to, uint256 _amount) external onlyNTV {
        _mint(_to, _amount);
        emit BridgeMint(_to, _amount);
    }

    function bridgeBurn(address _from, uint256 _amount) external onlyNTV {
        _burn(_from, _amount);
        emit BridgeBurn(_from, _amount);
    }

    /// @notice Legacy name of `originToken`.
    function l1Address() external view returns (address) {
        return originToken;
    }

    function decodeString(bytes calldata _input) external pure returns (string memory) {
        return abi.decode(_input, (string));
    }

    function decodeUint8(bytes calldata _input) external pure returns (uint8) {
        return abi.decode(_input, (uint8));
    }
}
