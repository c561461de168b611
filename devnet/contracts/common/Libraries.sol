// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ETH_TOKEN_ADDRESS, L2_NATIVE_TOKEN_VAULT_ADDR, LEGACY_ENCODING_VERSION, NEW_ENCODING_VERSION} from "./Config.sol";
import {
    BytecodeError,
    InvalidNTVBurnData,
    MalformedBytecode,
    MerkleIndexOutOfBounds,
    MerklePathEmpty,
    MerklePathOutOfBounds,
    Reentrancy,
    SafeERC20FailedOperation,
    Unauthorized,
    UnsupportedEncodingVersion
} from "./Errors.sol";
import {IERC20} from "./Interfaces.sol";

/// @notice L1 -> L2 address aliasing (zksync-contracts.md §9).
library AddressAliasHelper {
    uint160 private constant OFFSET = uint160(0x1111000000000000000000000000000000001111);

    function applyL1ToL2Alias(address _l1Address) internal pure returns (address l2Address) {
        unchecked {
            l2Address = address(uint160(_l1Address) + OFFSET);
        }
    }

    function undoL1ToL2Alias(address _l2Address) internal pure returns (address l1Address) {
        unchecked {
            l1Address = address(uint160(_l2Address) - OFFSET);
        }
    }

    /// @notice The L2 refund recipient: the caller (aliased when it is a contract) when none is given,
    /// the alias of a contract recipient, otherwise the recipient itself.
    function actualRefundRecipient(address _refundRecipient, address _originalCaller) internal view returns (address) {
        if (_refundRecipient == address(0)) {
            // solhint-disable-next-line avoid-tx-origin
            return _originalCaller == tx.origin ? _originalCaller : applyL1ToL2Alias(_originalCaller);
        }
        if (_refundRecipient.code.length > 0) return applyL1ToL2Alias(_refundRecipient);
        return _refundRecipient;
    }
}

/// @notice Encodings shared by the asset routers and the native token vaults (zksync-contracts.md §3.2, §5.7, §8, §11).
library DataEncoding {
    /// @dev keccak256(abi.encode(chainId, 0x…10004, token)): the L2 NTV is the deployment tracker on every chain.
    function encodeNTVAssetId(uint256 _chainId, address _token) internal pure returns (bytes32) {
        return keccak256(abi.encode(_chainId, L2_NATIVE_TOKEN_VAULT_ADDR, _token));
    }

    function encodeAssetId(uint256 _chainId, bytes32 _assetData, address _sender) internal pure returns (bytes32) {
        return keccak256(abi.encode(_chainId, _sender, _assetData));
    }

    function encodeBridgeBurnData(uint256 _amount, address _receiver, address _token) internal pure returns (bytes memory) {
        return abi.encode(_amount, _receiver, _token);
    }

    function decodeBridgeBurnData(bytes memory _data)
        internal
        pure
        returns (uint256 amount, address receiver, address maybeToken)
    {
        if (_data.length != 96) revert InvalidNTVBurnData();
        (amount, receiver, maybeToken) = abi.decode(_data, (uint256, address, address));
    }

    function encodeBridgeMintData(
        address _originalCaller,
        address _receiver,
        address _originToken,
        uint256 _amount,
        bytes memory _erc20Metadata
    ) internal pure returns (bytes memory) {
        return abi.encode(_originalCaller, _receiver, _originToken, _amount, _erc20Metadata);
    }

    function decodeBridgeMintData(bytes memory _data)
        internal
        pure
        returns (address originalCaller, address receiver, address originToken, uint256 amount, bytes memory metadata)
    {
        (originalCaller, receiver, originToken, amount, metadata) =
            abi.decode(_data, (address, address, address, uint256, bytes));
    }

    /// @dev New-format token metadata: 0x01 ‖ abi.encode(originChainId, name, symbol, decimals).
    function encodeTokenData(uint256 _chainId, bytes memory _name, bytes memory _symbol, bytes memory _decimals)
        internal
        pure
        returns (bytes memory)
    {
        return bytes.concat(NEW_ENCODING_VERSION, abi.encode(_chainId, _name, _symbol, _decimals));
    }

    /// @dev Accepts the new format and the legacy abi.encode(name, symbol, decimals) (origin chain 0 = L1).
    function decodeTokenData(bytes calldata _tokenData)
        internal
        pure
        returns (uint256 chainId, bytes memory name, bytes memory symbol, bytes memory decimals)
    {
        if (_tokenData.length == 0) revert UnsupportedEncodingVersion();
        bytes1 version = _tokenData[0];
        if (version == LEGACY_ENCODING_VERSION) {
            (name, symbol, decimals) = abi.decode(_tokenData, (bytes, bytes, bytes));
        } else if (version == NEW_ENCODING_VERSION) {
            (chainId, name, symbol, decimals) = abi.decode(_tokenData[1:], (uint256, bytes, bytes, bytes));
        } else {
            revert UnsupportedEncodingVersion();
        }
    }

    /// @dev The origin chain id of token metadata held in memory (0 for the legacy format).
    function tokenDataChainId(bytes memory _tokenData) internal pure returns (uint256 chainId) {
        if (_tokenData.length == 0) revert UnsupportedEncodingVersion();
        bytes1 version = _tokenData[0];
        if (version == LEGACY_ENCODING_VERSION) return 0;
        if (version != NEW_ENCODING_VERSION || _tokenData.length < 33) revert UnsupportedEncodingVersion();
        assembly {
            chainId := mload(add(_tokenData, 33))
        }
    }

    /// @dev txDataHash of a two-bridges deposit, new encoding: keccak256(0x01 ‖ abi.encode(caller, assetId, transferData)).
    function encodeTxDataHashNew(address _originalCaller, bytes32 _assetId, bytes memory _transferData)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(bytes.concat(NEW_ENCODING_VERSION, abi.encode(_originalCaller, _assetId, _transferData)));
    }

    /// @dev txDataHash, legacy encoding: keccak256(abi.encode(caller, l1Token, amount)).
    function encodeTxDataHashLegacy(address _originalCaller, address _l1Token, uint256 _amount)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(_originalCaller, _l1Token, _amount));
    }

    /// @dev name/symbol/decimals as raw returndata of the token's getters (empty when a getter fails).
    function getERC20Getters(address _token, uint256 _originChainId) internal view returns (bytes memory) {
        bytes memory name;
        bytes memory symbol;
        bytes memory decimals;
        if (_token == ETH_TOKEN_ADDRESS) {
            name = abi.encode("Ether");
            symbol = abi.encode("ETH");
            decimals = abi.encode(uint8(18));
        } else {
            bool ok;
            (ok, name) = _token.staticcall(abi.encodeWithSignature("name()"));
            if (!ok) name = "";
            (ok, symbol) = _token.staticcall(abi.encodeWithSignature("symbol()"));
            if (!ok) symbol = "";
            (ok, decimals) = _token.staticcall(abi.encodeWithSignature("decimals()"));
            if (!ok) decimals = "";
        }
        return encodeTokenData(_originChainId, name, symbol, decimals);
    }
}

/// @notice ERC-20 calls that accept tokens returning nothing and revert on `false`.
library SafeERC20 {
    function safeTransfer(IERC20 _token, address _to, uint256 _amount) internal {
        _call(_token, abi.encodeCall(IERC20.transfer, (_to, _amount)));
    }

    function safeTransferFrom(IERC20 _token, address _from, address _to, uint256 _amount) internal {
        _call(_token, abi.encodeCall(IERC20.transferFrom, (_from, _to, _amount)));
    }

    function _call(IERC20 _token, bytes memory _data) private {
        if (address(_token).code.length == 0) revert SafeERC20FailedOperation(address(_token));
        (bool ok, bytes memory ret) = address(_token).call(_data);
        if (!ok) {
            assembly {
                revert(add(ret, 32), mload(ret))
            }
        }
        if (ret.length != 0 && !abi.decode(ret, (bool))) revert SafeERC20FailedOperation(address(_token));
    }
}

/// @notice Binary Merkle path verification (keccak256 of the concatenated children).
library Merkle {
    function calculateRoot(bytes32[] memory _path, uint256 _index, bytes32 _itemHash)
        internal
        pure
        returns (bytes32 currentHash)
    {
        uint256 pathLength = _path.length;
        if (pathLength == 0) revert MerklePathEmpty();
        if (pathLength >= 256) revert MerklePathOutOfBounds();
        if (_index >= (1 << pathLength)) revert MerkleIndexOutOfBounds();
        currentHash = _itemHash;
        for (uint256 i; i < pathLength; ++i) {
            currentHash = (_index % 2 == 0)
                ? keccak256(abi.encodePacked(currentHash, _path[i]))
                : keccak256(abi.encodePacked(_path[i], currentHash));
            _index /= 2;
        }
    }
}

library L2ContractHelper {
    /// @notice zkSync's versioned bytecode hash of a factory dependency (zksync-contracts.md §6.1).
    function hashL2Bytecode(bytes memory _bytecode) internal pure returns (bytes32 hashedBytecode) {
        if (_bytecode.length % 32 != 0) revert MalformedBytecode(BytecodeError.Length);
        uint256 lengthInWords = _bytecode.length / 32;
        if (lengthInWords >= 2 ** 16) revert MalformedBytecode(BytecodeError.NumberOfWords);
        if (lengthInWords % 2 == 0) revert MalformedBytecode(BytecodeError.WordsMustBeOdd);
        hashedBytecode =
            sha256(_bytecode) & 0x00000000FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF;
        hashedBytecode = hashedBytecode | bytes32(uint256(1 << 248)) | bytes32(lengthInWords << 224);
    }
}

/// @notice A one-slot reentrancy lock; the slot starts at zero so contracts placed with anvil_setCode work too.
abstract contract ReentrancyGuard {
    uint256 private _reentrancyLocked;

    modifier nonReentrant() {
        if (_reentrancyLocked != 0) revert Reentrancy();
        _reentrancyLocked = 1;
        _;
        _reentrancyLocked = 0;
    }
}

/// @notice Minimal single-step ownership.
abstract contract Ownable {
    address private _owner;

    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);

    modifier onlyOwner() {
        if (msg.sender != _owner) revert Unauthorized(msg.sender);
        _;
    }

    function owner() public view returns (address) {
        return _owner;
    }

    function transferOwnership(address _newOwner) external onlyOwner {
        _transferOwnership(_newOwner);
    }

    function _transferOwnership(address _newOwner) internal {
        emit OwnershipTransferred(_owner, _newOwner);
        _owner = _newOwner;
    }
}
