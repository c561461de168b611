// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {L2_TO_L1_MESSENGER_ADDR} from "../common/Config.sol";
import {AlreadyInitialized} from "../common/Errors.sol";
import {IL1Messenger} from "../common/Interfaces.sol";

/// @notice L2BaseToken system contract at 0x…800a (zksync-contracts.md §5.2). The L2's native coin is the base
/// token; a withdrawal keeps the value at this address (= burnt) and sends the withdrawal message to L1.
contract L2BaseToken {
    bool private _initialized;
    string public name;
    string public symbol;
    uint8 public decimals;

    event Withdrawal(address indexed _l2Sender, address indexed _l1Receiver, uint256 _amount);
    event WithdrawalWithMessage(
        address indexed _l2Sender, address indexed _l1Receiver, uint256 _amount, bytes _additionalData
    );
    event Mint(address indexed account, uint256 amount);
    event Transfer(address indexed from, address indexed to, uint256 value);

    /// @notice One-time setup after the code is placed with anvil_setCode.
    function initialize(string calldata _name, string calldata _symbol, uint8 _decimals) external {
        if (_initialized) revert AlreadyInitialized();
        _initialized = true;
        name = _name;
        symbol = _symbol;
        decimals = _decimals;
    }

    /// @notice Withdraws msg.value of the base token to `_l1Receiver` on L1.
    /// Message (56 bytes): finalizeEthWithdrawal selector 0x6c0960f9 ‖ l1Receiver ‖ amount.
    function withdraw(address _l1Receiver) external payable {
        IL1Messenger(L2_TO_L1_MESSENGER_ADDR).sendToL1(abi.encodePacked(bytes4(0x6c0960f9), _l1Receiver, msg.value));
        emit Withdrawal(msg.sender, _l1Receiver, msg.value);
    }

    /// @notice Like `withdraw`, with the sender and `_additionalData` appended to the message (>= 76 bytes).
    function withdrawWithMessage(address _l1Receiver, bytes calldata _additionalData) external payable {
        IL1Messenger(L2_TO_L1_MESSENGER_ADDR).sendToL1(
            abi.encodePacked(bytes4(0x6c0960f9), _l1Receiver, msg.value, msg.sender, _additionalData)
        );
        emit WithdrawalWithMessage(msg.sender, _l1Receiver, msg.value, _additionalData);
    }

    /// @notice Native balance of an account (the real contract keys balances by uint256(address)).
    function balanceOf(uint256 _account) external view returns (uint256) {
        return address(uint160(_account)).balance;
    }
}
