// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @dev The L2 -> L1 log as emitted by the real L1Messenger (field names included).
struct L2ToL1Log {
    uint8 l2ShardId;
    bool isService;
    uint16 txNumberInBlock;
    address sender;
    bytes32 key;
    bytes32 value;
}

/// @notice L1Messenger system contract at 0x…8008 (zksync-contracts.md §5.1). On a plain EVM it cannot know the
/// transaction's index in the batch: it emits `txNumberInBlock = 0` and the sequencer assigns the real index when
/// it builds the batch's L2 -> L1 logs tree from the `L1MessageSent` events.
contract L1Messenger {
    event L1MessageSent(address indexed _sender, bytes32 indexed _hash, bytes _message);
    event L2ToL1LogSent(L2ToL1Log _l2log);

    function sendToL1(bytes calldata _message) external returns (bytes32 hash) {
        hash = keccak256(_message);
        emit L2ToL1LogSent(
            L2ToL1Log({
                l2ShardId: 0,
                isService: true,
                txNumberInBlock: 0,
                sender: address(this),
                key: bytes32(uint256(uint160(msg.sender))),
                value: hash
            })
        );
        emit L1MessageSent(msg.sender, hash, _message);
    }
}
