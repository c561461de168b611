import { useState } from 'react'
import { UserRejectedRequestError } from 'viem'
import { ErrorMessage } from '../../components/ErrorMessage'
import { TxLink } from '../../components/TxLink'
import { AddressInput } from '../../components/ui/AddressInput'
import { Alert } from '../../components/ui/Alert'
import { AmountInput } from '../../components/ui/AmountInput'
import { Badge } from '../../components/ui/Badge'
import { Button } from '../../components/ui/Button'
import { Card } from '../../components/ui/Card'
import { Select } from '../../components/ui/Select'
import { Spinner } from '../../components/ui/Spinner'
import { Stepper } from '../../components/ui/Stepper'
import { formatAmount, formatDuration, formatTokenAmount, shortenAddress } from '../../lib/format'
import { useChainPair } from '../useChainPair'

const HASH = '0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060'

/** Every UI kit component in its states (#/ui): for development and visual review. */
export function UiKitPage() {
  const { pair } = useChainPair()
  const [amount, setAmount] = useState('1.5')
  const [address, setAddress] = useState('0x70997970C51812dc3A010C7d01b50e0d17dc79C8')
  const [token, setToken] = useState('ETH')
  return (
    <div className="space-y-6" data-testid="ui-kit">
      <Card title="Buttons" headingLevel={1}>
        <div className="flex flex-wrap gap-2">
          <Button>Primary</Button>
          <Button variant="secondary">Secondary</Button>
          <Button variant="ghost">Ghost</Button>
          <Button variant="danger">Danger</Button>
          <Button loading loadingText="Confirm in wallet…">
            Deposit
          </Button>
          <Button disabled>Disabled</Button>
          <Button size="sm">Small</Button>
        </div>
        <Button className="mt-3" size="lg" fullWidth>
          Review deposit
        </Button>
      </Card>

      <Card title="Fields" description="Presentational: value, onChange, error.">
        <div className="space-y-4">
          <Select
            label="Token"
            value={token}
            onChange={setToken}
            options={pair.tokens.map((t) => ({
              value: t.symbol,
              label: `${t.symbol} — ${t.name}`,
            }))}
          />
          <AmountInput
            value={amount}
            onChange={setAmount}
            symbol={token}
            balance={formatTokenAmount(12_345_678_900_000_000_000_000n, {
              decimals: 18,
              symbol: token,
            })}
            onMax={() => setAmount('12345.6789')}
            hint="A small part of ETH pays the L2 base cost."
          />
          <AmountInput
            label="Amount (error state)"
            value="20000"
            onChange={() => {}}
            symbol="ETH"
            balance="12,345.6789 ETH"
            onMax={() => {}}
            error="More than your balance (12,345.6789 ETH)."
          />
          <AmountInput
            label="Amount (loading balance)"
            value=""
            onChange={() => {}}
            symbol="USDC"
            balanceLoading
          />
          <AddressInput
            value={address}
            onChange={setAddress}
            onUseOwn={() => setAddress('0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266')}
            hint="Funds arrive at this address on the L2."
          />
          <AddressInput
            value="0x1234"
            onChange={() => {}}
            label="Recipient (error)"
            error="Not a valid address."
          />
        </div>
      </Card>

      <Card title="Stepper">
        <Stepper
          label="Deposit progress"
          steps={[
            {
              id: 'approve',
              label: 'Approve USDC',
              status: 'done',
              description: 'Exactly 250 USDC.',
              extra: <TxLink hash={HASH} chainId={pair.l1.id} />,
            },
            {
              id: 'deposit',
              label: `Deposit on ${pair.l1.name}`,
              status: 'done',
              link: { href: '#/ui', label: 'View on explorer' },
            },
            {
              id: 'l2',
              label: `Arrives on ${pair.l2.name}`,
              status: 'active',
              description: 'Usually within a few minutes.',
            },
            { id: 'done', label: 'Done', status: 'pending' },
          ]}
        />
        <Stepper
          className="mt-6"
          label="Failed deposit"
          steps={[
            { id: 'deposit', label: 'Deposit', status: 'done' },
            {
              id: 'l2',
              label: 'L2 transaction failed',
              status: 'failed',
              description: 'You can claim the funds back on L1.',
            },
            { id: 'claim', label: 'Claim on L1', status: 'pending' },
          ]}
        />
      </Card>

      <Card title="Alerts and errors">
        <div className="space-y-3">
          <Alert tone="info" title="Withdrawals take time">
            You can finalize on {pair.l1.name} after {pair.withdrawalDelay.text}.
          </Alert>
          <Alert tone="warn" title="Switch network">
            Your wallet is on the wrong chain.
          </Alert>
          <Alert tone="success" title="Deposit complete">
            1.5 ETH arrived on {pair.l2.name}.
          </Alert>
          <Alert tone="error" title="Transaction failed">
            The L1 transaction reverted.
          </Alert>
          <ErrorMessage
            error={new UserRejectedRequestError(new Error('User rejected the request.'))}
          />
          <ErrorMessage error={new Error('RPC request failed: HTTP 503')} onRetry={() => {}} />
        </div>
      </Card>

      <Card title="Bits">
        <div className="space-y-3 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <Badge>Testnet</Badge>
            <Badge tone="accent">3</Badge>
            <Badge tone="warn">Waiting</Badge>
            <Badge tone="success">Done</Badge>
            <Badge tone="danger">Failed</Badge>
            <Spinner size="sm" label="Loading" />
          </div>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 tabular-nums">
            <dt className="text-muted">Amount</dt>
            <dd>{formatAmount(1_234_567_891_234_567_891_234n, 18)} ETH</dd>
            <dt className="text-muted">Small</dt>
            <dd>{formatAmount(123_456_789_012n, 18)} ETH</dd>
            <dt className="text-muted">Exact</dt>
            <dd>{formatAmount(1_000_000_000_000_000_001n, 18, { exact: true })} ETH</dd>
            <dt className="text-muted">Address</dt>
            <dd className="font-mono">
              {shortenAddress('0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266')}
            </dd>
            <dt className="text-muted">Duration</dt>
            <dd>
              {formatDuration(10_800)} · {formatDuration(3_725, 'short')}
            </dd>
          </dl>
          <TxLink hash={HASH} chainId={pair.l2.id} label="L2 transaction" />
        </div>
      </Card>
    </div>
  )
}
