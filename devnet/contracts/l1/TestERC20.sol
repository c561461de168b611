// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "../common/ERC20.sol";

/// @notice Devnet test token: a standard ERC-20 with a public faucet `mint`.
/// The constructor pre-mints `_amountEach` to every address in `_holders` (the dev accounts).
contract TestERC20 is ERC20 {
    constructor(
        string memory _name,
        string memory _symbol,
        uint8 _decimals,
        address[] memory _holders,
        uint256 _amountEach
    ) {
        _setMetadata(_name, _symbol, _decimals);
        for (uint256 i; i < _holders.length; ++i) {
            _mint(_holders[i], _amountEach);
        }
    }

    /// @notice Faucet: anyone may mint any amount to anyone (devnet only).
    function mint(address _to, uint256 _amount) external returns (bool) {
        _mint(_to, _amount);
        return true;
    }
}
