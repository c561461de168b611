import { size } from 'viem'
import type { ChainPair } from '../bridge/pair'
import { useIsContract } from '../hooks/useIsContract'
import {
  type CallFormCheck,
  type CallFormValues,
  type CallMode,
  functionKey,
} from '../lib/checkCallForm'
import { AddressInput } from './ui/AddressInput'
import { Alert } from './ui/Alert'
import { ChoiceToggle } from './ui/ChoiceToggle'
import { CopyButton } from './ui/CopyButton'
import { Field } from './ui/Field'
import { Select } from './ui/Select'
import { TextArea, TextInput } from './ui/TextInput'

export type CallInputsProps = {
  pair: ChainPair
  form: CallFormValues
  check: CallFormCheck
  onChange: (patch: Partial<CallFormValues>) => void
}

const shown = (text: string, message: string | undefined) =>
  text.trim() === '' ? undefined : message

const isComposite = (type: string) => type.includes('[') || type.startsWith('tuple')

/** The L2 call: target, and either an ABI with one field per argument or raw calldata. */
export function CallInputs({ pair, form, check, onChange }: CallInputsProps) {
  const target = check.target.ok ? check.target.value : undefined
  const isContract = useIsContract({ chainId: pair.l2.id, address: target })
  const fn = check.fn
  return (
    <div className="space-y-5">
      <div className="space-y-2">
        <AddressInput
          label={`Contract on ${pair.l2.name}`}
          name="target"
          value={form.target}
          onChange={(value) => onChange({ target: value })}
          error={!check.target.ok ? shown(form.target, check.target.message) : undefined}
        />
        {isContract.data === false && (
          <Alert
            tone="warn"
            title="No contract at this address on the L2"
            data-testid="not-contract"
          >
            There is no code to run at this address on {pair.l2.name}: the call only moves the L2
            value (if any). Check that the address is right.
          </Alert>
        )}
      </div>
      <ChoiceToggle<CallMode>
        label="Call"
        value={form.mode}
        onChange={(mode) => onChange({ mode })}
        options={[
          { value: 'abi', label: 'ABI or signature' },
          { value: 'raw', label: 'Raw calldata' },
        ]}
      />
      {form.mode === 'abi' ? (
        <>
          <Field
            label="ABI or function signature"
            error={shown(form.abi, check.abiError)}
            hint="Paste a JSON ABI, or signatures such as: function setGreeting(string greeting)"
          >
            {(control) => (
              <TextArea
                {...control}
                name="abi"
                rows={3}
                spellCheck={false}
                value={form.abi}
                onChange={(event) => onChange({ abi: event.target.value, args: [] })}
                placeholder="function incrementBy(uint256 by)"
              />
            )}
          </Field>
          {check.functions.length > 1 && (
            <Select<string>
              label="Function"
              value={fn ? functionKey(fn) : ''}
              onChange={(key) => onChange({ fn: key, args: [] })}
              options={check.functions.map((f) => ({
                value: functionKey(f),
                label: functionKey(f),
              }))}
            />
          )}
          {fn && fn.inputs.length === 0 && (
            <p className="text-sm text-muted">
              <span className="font-mono text-ink">{functionKey(fn)}</span> takes no arguments.
            </p>
          )}
          {fn?.inputs.map((input, i) => (
            <Field
              key={`${functionKey(fn)}-${String(i)}`}
              label={`${input.name || `Argument ${i + 1}`} (${input.type})`}
              error={shown(form.args[i] ?? '', check.argErrors[i])}
              hint={
                isComposite(input.type)
                  ? input.type.startsWith('tuple')
                    ? 'As JSON: a list of the fields in order, or an object by field name'
                    : 'As JSON, e.g. [1, 2]'
                  : undefined
              }
            >
              {(control) => (
                <TextInput
                  {...control}
                  name={`arg-${i}`}
                  autoComplete="off"
                  spellCheck={false}
                  value={form.args[i] ?? ''}
                  onChange={(event) => {
                    const args = [...form.args]
                    args[i] = event.target.value
                    onChange({ args })
                  }}
                />
              )}
            </Field>
          ))}
          {fn && check.calldata.ok && (
            <p
              className="flex items-center gap-1 text-xs text-muted"
              data-testid="encoded-calldata"
            >
              <span className="min-w-0 truncate">
                Calldata <span className="font-mono text-ink">{check.calldata.value}</span>
              </span>
              <span className="shrink-0">({size(check.calldata.value)} bytes)</span>
              <CopyButton value={check.calldata.value} label="Copy calldata" />
            </p>
          )}
        </>
      ) : (
        <Field
          label="Calldata"
          error={!check.calldata.ok ? shown(form.calldata, check.calldata.message) : undefined}
          hint="Hex, starting with the 4-byte function selector. Empty: no call, only the L2 value."
        >
          {(control) => (
            <TextArea
              {...control}
              name="calldata"
              rows={3}
              spellCheck={false}
              value={form.calldata}
              onChange={(event) => onChange({ calldata: event.target.value.trim() })}
              placeholder="0x…"
            />
          )}
        </Field>
      )}
    </div>
  )
}
