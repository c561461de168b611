import { Link } from 'wouter'
import type { FailureReason } from '../../bridge/model/claim'
import { type DepositStatus, isSettled, type WithdrawalStatus } from '../../bridge/model/status'
import type { DepositTransfer, Transfer, WithdrawalTransfer } from '../../bridge/model/transfer'
import type { ChainPair } from '../../bridge/pair'
import { tokenDecimals, tokenSymbol } from '../../bridge/tokens'
import { TxLink } from '../../components/TxLink'
import { Badge } from '../../components/ui/Badge'
import { useClaimStatus } from '../../hooks/useClaimStatus'
import { useDepositStatus } from '../../hooks/useDepositStatus'
import { useWithdrawalStatus } from '../../hooks/useWithdrawalStatus'
import { formatRelativeTime, formatTokenAmount } from '../../lib/format'
import { describeTransfer, transferPageHash } from './describeTransfer'

type RowProps<T extends Transfer> = { pair: ChainPair; transfer: T }

/** One transfer in the list, with its live status. */
export function TransferRow({ pair, transfer }: RowProps<Transfer>) {
  return transfer.kind === 'deposit' ? (
    <DepositRow pair={pair} transfer={transfer} />
  ) : (
    <WithdrawalRow pair={pair} transfer={transfer} />
  )
}

// A row whose saved status is settled reads nothing (a 20-row page of old transfers costs no
// call); the others are read once, then as the chains move on.

function DepositRow({ pair, transfer }: RowProps<DepositTransfer>) {
  const status = useDepositStatus({
    pair,
    transfer,
    query: { enabled: !isSettled(transfer.lastStatus, 'deposit') },
  })
  // A failed deposit: why, and whether it was claimed already (maybe from another browser).
  const failed = (status.data?.status ?? transfer.lastStatus) === 'l2-failed'
  const claim = useClaimStatus({ pair, ...(failed ? { hash: transfer.l1Hash } : {}) })
  const claimed = claim.data?.state === 'not-claimable' && claim.data.why === 'already-claimed'
  return (
    <Row
      pair={pair}
      transfer={transfer}
      status={claimed ? 'claimed' : status.data?.status}
      {...(claim.data?.reason ? { failure: claim.data.reason } : {})}
    />
  )
}

function WithdrawalRow({ pair, transfer }: RowProps<WithdrawalTransfer>) {
  const status = useWithdrawalStatus({
    pair,
    l2Hash: transfer.l2Hash,
    transfer,
    query: { enabled: !isSettled(transfer.lastStatus, 'withdrawal') },
  })
  return <Row pair={pair} transfer={transfer} status={status.data?.status} />
}

const actionLabel = { claim: 'Claim', finalize: 'Finalize' } as const

function Row({
  pair,
  transfer,
  status,
  failure,
}: RowProps<Transfer> & {
  status: DepositStatus | WithdrawalStatus | undefined
  failure?: FailureReason
}) {
  const d = describeTransfer(transfer, status, failure)
  const amount = formatTokenAmount(BigInt(transfer.amount), {
    symbol: tokenSymbol(transfer.token),
    decimals: tokenDecimals(transfer.token),
  })
  const href = `/claim/${transferPageHash(transfer)}`
  const [from, to] =
    transfer.kind === 'deposit' ? [pair.l1.name, pair.l2.name] : [pair.l2.name, pair.l1.name]
  const mainHash = transfer.kind === 'deposit' ? transfer.l1Hash : transfer.l2Hash
  const mainChain = transfer.kind === 'deposit' ? pair.l1.id : pair.l2.id
  return (
    <li
      className="flex flex-col gap-2 py-3.5 sm:flex-row sm:items-center sm:justify-between"
      data-testid="transfer-row"
      data-kind={transfer.kind}
      data-status={status ?? transfer.lastStatus ?? 'unknown'}
      data-hash={mainHash.toLowerCase()}
    >
      <div className="min-w-0 space-y-1">
        <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
          <span className="font-semibold text-ink">{d.title}</span>
          <span className="font-semibold tabular-nums text-ink">{amount}</span>
          <span className="text-xs text-muted">
            {from} → {to} ·{' '}
            {transfer.createdAt > 0 ? formatRelativeTime(transfer.createdAt) : 'earlier'}
          </span>
        </p>
        <TxLink hash={mainHash} chainId={mainChain} className="text-xs" />
      </div>
      <div className="flex shrink-0 items-center gap-2">
        <Badge tone={d.tone}>{d.label}</Badge>
        <Link
          href={href}
          className={
            d.action
              ? 'rounded-lg bg-accent px-3 py-1.5 text-sm font-semibold text-accent-ink hover:bg-accent-hover'
              : 'rounded-lg px-2 py-1.5 text-sm font-medium text-accent-text hover:bg-accent-soft'
          }
        >
          {d.action ? actionLabel[d.action] : 'Details'}
        </Link>
      </div>
    </li>
  )
}
