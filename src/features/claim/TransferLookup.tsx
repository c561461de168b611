import type { ComponentType } from 'react'
import type { Hash } from 'viem'
import { useAccount } from 'wagmi'
import type { DepositTransfer, Transfer, WithdrawalTransfer } from '../../bridge/model/transfer'
import type { ChainPair } from '../../bridge/pair'
import { tokenDecimals, tokenSymbol } from '../../bridge/tokens'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Alert } from '../../components/ui/Alert'
import { Spinner } from '../../components/ui/Spinner'
import { useClaimStatus } from '../../hooks/useClaimStatus'
import { useTransfers } from '../../hooks/useTransfers'
import { useWithdrawalStatus } from '../../hooks/useWithdrawalStatus'
import { formatTokenAmount } from '../../lib/format'
import { ClaimDepositPanel } from './ClaimDepositPanel'
import { LookupHeading } from './LookupHeading'
import { isSurelyWithdrawal, lookupKind } from './lookupKind'

/**
 * The withdrawal's stages and Finalize (the finalize feature's panel), given by the route:
 * features never import each other.
 */
export type WithdrawalPanel = ComponentType<{
  pair: ChainPair
  l2Hash: Hash
  transfer?: WithdrawalTransfer
  what?: string
}>

const same = (a: string | undefined, b: string) => a?.toLowerCase() === b.toLowerCase()

/** "0.2 ETH" of a transfer this browser saved, if any. */
const amountOf = (t: Transfer | undefined) =>
  t
    ? formatTokenAmount(
        BigInt(t.amount),
        { symbol: tokenSymbol(t.token), decimals: tokenDecimals(t.token) },
        { exact: true },
      )
    : undefined

function Loading() {
  return (
    <div className="flex justify-center py-8">
      <Spinner label="Looking up the transaction" />
    </div>
  )
}

/**
 * Whatever a pasted hash is: a withdrawal (its L2 hash) with its stages and Finalize, or a
 * deposit (its L1 or L2 hash) with whether it can be claimed back. Needs no saved record: both
 * are read from the chains; a saved record only adds the amount.
 */
export function TransferLookup({
  pair,
  hash,
  withdrawalPanel: Panel,
}: {
  pair: ChainPair
  hash: Hash
  withdrawalPanel: WithdrawalPanel
}) {
  const { address } = useAccount()
  const { transfers } = useTransfers({ pair, account: address })
  const withdrawal = useWithdrawalStatus({ pair, l2Hash: hash })
  const claim = useClaimStatus({
    pair,
    ...(withdrawal.data && !isSurelyWithdrawal(withdrawal.data) ? { hash } : {}),
  })
  const kind = lookupKind({ withdrawal: withdrawal.data, claim: claim.data })
  const route = (from: string, to: string, amount: string | undefined) =>
    `${amount ? `${amount} · ` : ''}${from} → ${to}`

  if (withdrawal.error && !withdrawal.data)
    return (
      <ErrorMessage
        error={withdrawal.error}
        title="Could not look up the transaction"
        onRetry={() => void withdrawal.refetch()}
      />
    )
  if (claim.error && !claim.data)
    return (
      <ErrorMessage
        error={claim.error}
        title="Could not look up the transaction"
        onRetry={() => void claim.refetch()}
      />
    )
  switch (kind) {
    case 'loading':
      return <Loading />
    case 'withdrawal': {
      const saved = transfers.find(
        (t): t is WithdrawalTransfer => t.kind === 'withdrawal' && same(t.l2Hash, hash),
      )
      const amount = amountOf(saved)
      return (
        <section className="space-y-4" data-testid="lookup-result" data-kind="withdrawal">
          <LookupHeading kind="Withdrawal" route={route(pair.l2.name, pair.l1.name, amount)} />
          <Panel
            pair={pair}
            l2Hash={hash}
            {...(saved ? { transfer: saved } : {})}
            {...(amount ? { what: amount } : {})}
          />
        </section>
      )
    }
    case 'deposit': {
      const saved = transfers.find(
        (t): t is DepositTransfer =>
          t.kind === 'deposit' && (same(t.l1Hash, hash) || same(t.l2Hash, hash)),
      )
      if (!claim.data) return <Loading />
      return (
        <section className="space-y-4" data-testid="lookup-result" data-kind="deposit">
          <LookupHeading
            kind="Deposit"
            route={route(pair.l1.name, pair.l2.name, amountOf(saved))}
          />
          <ClaimDepositPanel
            pair={pair}
            status={claim.data}
            {...(saved ? { transfer: saved } : {})}
            onClaimed={() => void claim.refetch()}
          />
        </section>
      )
    }
    case 'not-found':
      return (
        <section className="space-y-4" data-testid="lookup-result" data-kind="not-found">
          <Alert tone="error" title="Transaction not found">
            No transaction with this hash on {pair.l1.name} or {pair.l2.name}. Check the hash, and
            the network selected at the top of the page.
          </Alert>
        </section>
      )
    case 'other':
      return (
        <section className="space-y-4" data-testid="lookup-result" data-kind="other">
          <Alert tone="info" title="Nothing to finalize or claim">
            This transaction is neither a withdrawal from {pair.l2.name} nor a deposit to{' '}
            {pair.l2.name}.
          </Alert>
        </section>
      )
  }
}
