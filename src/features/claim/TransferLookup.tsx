import type { Hash } from 'viem'
import { useAccount } from 'wagmi'
import type { DepositTransfer, WithdrawalTransfer } from '../../bridge/types'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Spinner } from '../../components/ui/Spinner'
import type { ChainPair } from '../../config/chains'
import { useClaimStatus } from '../../hooks/useClaimStatus'
import { useTransfers } from '../../hooks/useTransfers'
import { useWithdrawalStatus } from '../../hooks/useWithdrawalStatus'
import { WithdrawalStatusPanel } from '../withdraw/WithdrawalStatusPanel'
import { ClaimDepositPanel } from './ClaimDepositPanel'

const same = (a: string | undefined, b: string) => a?.toLowerCase() === b.toLowerCase()

/**
 * Whatever a pasted hash is: a withdrawal (its L2 hash) with its stages and Finalize, or a
 * deposit (its L1 or L2 hash) with whether it can be claimed back. Needs no saved record.
 */
export function TransferLookup({ pair, hash }: { pair: ChainPair; hash: Hash }) {
  const { address } = useAccount()
  const { transfers } = useTransfers({ pair, account: address })
  const withdrawal = useWithdrawalStatus({ pair, l2Hash: hash })
  const finalize = withdrawal.data?.finalize
  // Stages only a withdrawal reaches; a failed or pending L2 transaction may be either kind.
  const surelyWithdrawal =
    finalize !== undefined &&
    (finalize.ready ||
      finalize.reason === 'batch-not-executed' ||
      finalize.reason === 'proof-not-available' ||
      finalize.reason === 'already-finalized')
  const maybeWithdrawal =
    finalize !== undefined &&
    !finalize.ready &&
    (finalize.reason === 'l2-failed' || finalize.reason === 'l2-pending')
  const claim = useClaimStatus({
    pair,
    ...(withdrawal.data && !surelyWithdrawal ? { hash } : {}),
  })
  const isDeposit =
    claim.data !== undefined &&
    (claim.data.state === 'claimable' ||
      (claim.data.why !== 'not-a-deposit' && claim.data.why !== 'not-found'))
  const isWithdrawal =
    surelyWithdrawal || (maybeWithdrawal && claim.data !== undefined && !isDeposit)

  if (withdrawal.isPending)
    return (
      <div className="flex justify-center py-8">
        <Spinner label="Looking up the transaction" />
      </div>
    )
  if (withdrawal.error && !withdrawal.data)
    return (
      <ErrorMessage
        error={withdrawal.error}
        title="Could not look up the transaction"
        onRetry={() => void withdrawal.refetch()}
      />
    )
  if (isWithdrawal) {
    const saved = transfers.find(
      (t): t is WithdrawalTransfer => t.kind === 'withdrawal' && same(t.l2Hash, hash),
    )
    return (
      <WithdrawalStatusPanel pair={pair} l2Hash={hash} {...(saved ? { transfer: saved } : {})} />
    )
  }
  if (claim.error)
    return (
      <ErrorMessage
        error={claim.error}
        title="Could not look up the transaction"
        onRetry={() => void claim.refetch()}
      />
    )
  if (!claim.data)
    return (
      <div className="flex justify-center py-8">
        <Spinner label="Looking up the transaction" />
      </div>
    )
  const saved = transfers.find(
    (t): t is DepositTransfer =>
      t.kind === 'deposit' && (same(t.l1Hash, hash) || same(t.l2Hash, hash)),
  )
  return (
    <ClaimDepositPanel
      pair={pair}
      status={claim.data}
      {...(saved ? { transfer: saved } : {})}
      onClaimed={() => void claim.refetch()}
    />
  )
}
