// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice L2 contract for request-execute (L1 -> L2 call) demos and tests.
contract TestTarget {
    uint256 public count;
    string public greeting;
    address public lastCaller;
    mapping(address account => uint256 amount) public deposits;
    uint256 public totalDeposits;

    event Incremented(address indexed caller, uint256 by, uint256 count);
    event GreetingChanged(address indexed caller, string greeting);
    event Deposited(address indexed caller, uint256 amount, uint256 total);

    constructor() {
        greeting = "hello from Ferry";
    }

    function increment() external {
        _increment(1);
    }

    function incrementBy(uint256 _by) external {
        _increment(_by);
    }

    function setGreeting(string calldata _greeting) external {
        greeting = _greeting;
        lastCaller = msg.sender;
        emit GreetingChanged(msg.sender, _greeting);
    }

    /// @notice Records msg.value (the L2's native coin) per sender.
    function deposit() external payable {
        deposits[msg.sender] += msg.value;
        totalDeposits += msg.value;
        lastCaller = msg.sender;
        emit Deposited(msg.sender, msg.value, deposits[msg.sender]);
    }

    /// @notice Always reverts with `_reason` (to make an L1 -> L2 request fail on purpose).
    function fail(string calldata _reason) external pure {
        revert(_reason);
    }

    function _increment(uint256 _by) private {
        count += _by;
        lastCaller = msg.sender;
        emit Incremented(msg.sender, _by, count);
    }
}
