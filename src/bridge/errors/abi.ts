import { parseAbi } from 'viem'

/**
 * The custom errors the bridge contracts (era-contracts v26–v29, and the devnet's copies) and
 * OpenZeppelin 5 tokens revert with on the user's paths. Pass it to viem when simulating or
 * estimating (`abi: [...yourAbi, ...bridgeErrorsAbi]`) so reverts decode to these names;
 * `toUserError` also decodes raw revert data with it.
 */
export const bridgeErrorsAbi = parseAbi([
  // Mailbox / TransactionValidator (L1→L2 requests)
  'error ValidateTxnNotEnoughGas()',
  'error TxnBodyGasLimitNotEnoughGas()',
  'error TooMuchGas()',
  'error PubdataGreaterThanLimit(uint256 limit, uint256 length)',
  'error GasPerPubdataMismatch()',
  'error MsgValueTooLow(uint256 required, uint256 provided)',
  'error TooManyFactoryDeps()',
  'error BaseTokenGasPriceDenominatorNotSet()',
  // Bridgehub
  'error MsgValueMismatch(uint256 expectedMsgValue, uint256 providedMsgValue)',
  'error ChainIdNotRegistered(uint256 chainId)',
  // Asset router / native token vault / nullifier
  'error ValueMismatch(uint256 expected, uint256 actual)',
  'error AssetIdNotSupported(bytes32 assetId)',
  'error TokensWithFeesNotSupported()',
  'error EmptyDeposit()',
  'error AmountMustBeGreaterThanZero()',
  'error NoFundsTransferred()',
  'error InsufficientChainBalance()',
  'error WithdrawFailed()',
  'error ClaimFailedDepositFailed()',
  'error WithdrawalAlreadyFinalized()',
  'error InvalidProof()',
  'error BatchNotExecuted(uint256 batchNumber)',
  // log proofs (MessageVerification / MessageHashing): not settled on L1 yet, or malformed
  'error LocalRootIsZero()',
  'error LocalRootMustBeZero()',
  'error NotSettlementLayer()',
  'error HashedLogIsDefault()',
  'error MerkleIndexOutOfBounds()',
  'error UnsupportedProofMetadataVersion(uint256 metadataVersion)',
  // OpenZeppelin 5 Pausable (the nullifier, the asset router)
  'error EnforcedPause()',
  'error DepositDoesNotExist()',
  'error DepositExists()',
  'error WrongL2Sender(address providedL2Sender)',
  'error TokenNotLegacy()',
  // ERC-20 (OpenZeppelin 5, ERC-6093) and SafeERC20
  'error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)',
  'error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)',
  'error SafeERC20FailedOperation(address token)',
])

export type BridgeErrorName = Extract<(typeof bridgeErrorsAbi)[number], { type: 'error' }>['name']
